import { type FormEvent, useId, useState } from 'react';
import { planLinkOf, setPlanLink } from '../../domain/mapSettings';
import type { MapDocument } from '../../domain/types';
import { edit } from '../../state/documentStore';
import { Dialog } from '../common/Dialog';
import { useLocale } from '../hooks';

/** Ties a type's gap to a goal in one of the map's plans, or unties it: one undo step each. */
export function PlanGoalDialog({
  doc,
  typeId,
  typeLabel,
  onClose,
}: {
  doc: MapDocument;
  typeId: string;
  typeLabel: string;
  onClose: () => void;
}) {
  const { t } = useLocale();
  const current = planLinkOf(doc.map, typeId);
  const plans = doc.map.plans;
  const [planId, setPlanId] = useState(current?.planId ?? plans[0]?.id ?? '');
  const [goal, setGoal] = useState(current?.goal ?? '');
  const planField = useId();
  const goalField = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!planId) return;
    edit((d, meta) => setPlanLink(d, typeId, { planId, goal }, meta));
    onClose();
  };
  const untie = () => {
    edit((d, meta) => setPlanLink(d, typeId, null, meta));
    onClose();
  };
  return (
    <Dialog title={t('gap.plans.dialogTitle', { type: typeLabel })} onClose={onClose}>
      {plans.length === 0 ? (
        <div className="dialog-form">
          <p>{t('gap.plans.noPlans')}</p>
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={onClose}>
              {t('gap.plans.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <form onSubmit={submit} className="dialog-form">
          <label htmlFor={planField}>{t('gap.plans.plan')}</label>
          <select id={planField} value={planId} onChange={(e) => setPlanId(e.target.value)}>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <label htmlFor={goalField}>{t('gap.plans.goal')}</label>
          <textarea
            id={goalField}
            value={goal}
            maxLength={300}
            rows={3}
            onChange={(e) => setGoal(e.target.value)}
          />
          <div className="dialog-actions">
            {current && (
              <button type="button" className="btn" onClick={untie}>
                {t('gap.plans.untie')}
              </button>
            )}
            <button type="button" className="btn" onClick={onClose}>
              {t('gap.plans.cancel')}
            </button>
            <button type="submit" className="btn btn-primary">
              {t('gap.plans.save')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
