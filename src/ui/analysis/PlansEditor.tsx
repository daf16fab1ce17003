import { useState } from 'react';
import { addPlan, removePlan, renamePlan } from '../../domain/mapSettings';
import type { MapDocument, MunicipalPlan } from '../../domain/types';
import { edit, undo } from '../../state/documentStore';
import { showToast } from '../../state/uiStore';
import { NameDialog } from '../common/Dialog';
import { useLocale } from '../hooks';
import { GapSection } from './GapSection';

type Naming = { kind: 'new' } | { kind: 'rename'; plan: MunicipalPlan } | null;

/** The municipality's plans that gaps can be tied to: add, rename, remove (each undoable). */
export function PlansEditor({ doc }: { doc: MapDocument }) {
  const { t } = useLocale();
  const [naming, setNaming] = useState<Naming>(null);
  const plans = doc.map.plans;
  const linked = (id: string) => doc.map.planLinks.filter((l) => l.planId === id).length;

  const remove = (plan: MunicipalPlan) => {
    if (!edit((d, meta) => removePlan(d, plan.id, meta))) return;
    showToast({
      message: t('gap.plans.removed', { name: plan.name }),
      undo,
      undoLabel: t('toast.undo'),
    });
  };
  const confirm = (name: string) => {
    if (naming?.kind === 'rename') {
      const id = naming.plan.id;
      edit((d, meta) => renamePlan(d, id, name, meta));
    } else {
      edit((d, meta) => addPlan(d, name, meta)?.doc ?? d);
    }
  };

  return (
    <GapSection title={t('gap.plans.title')} extraClass="gap-plans">
      <p className="muted small">{t('gap.plans.intro')}</p>
      {plans.length === 0 ? (
        <p className="muted small">{t('gap.plans.empty')}</p>
      ) : (
        <ul className="gap-list">
          {plans.map((plan) => (
            <li key={plan.id} className="gap-row">
              <span className="gap-row-main">
                <span className="gap-row-title">{plan.name}</span>
                {linked(plan.id) > 0 && (
                  <span className="muted small">
                    {t('gap.plans.goals', { count: linked(plan.id) })}
                  </span>
                )}
              </span>
              <button
                type="button"
                className="btn-quiet small"
                aria-label={t('gap.plans.rename', { name: plan.name })}
                onClick={() => setNaming({ kind: 'rename', plan })}
              >
                ✎
              </button>
              <button
                type="button"
                className="btn-quiet small"
                aria-label={t('gap.plans.remove', { name: plan.name })}
                onClick={() => remove(plan)}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="btn" onClick={() => setNaming({ kind: 'new' })}>
        {t('gap.plans.add')}
      </button>
      {naming && (
        <NameDialog
          title={
            naming.kind === 'new'
              ? t('gap.plans.add')
              : t('gap.plans.rename', { name: naming.plan.name })
          }
          label={t('gap.plans.nameLabel')}
          initial={naming.kind === 'new' ? '' : naming.plan.name}
          confirm={t('gap.plans.save')}
          cancel={t('gap.plans.cancel')}
          onConfirm={confirm}
          onClose={() => setNaming(null)}
        />
      )}
    </GapSection>
  );
}
