import { useId, useState } from 'react';
import type { GapAnalysis, TypeCoverage } from '../../analysis/gap';
import type { Template } from '../../domain/types';
import { undo } from '../../state/documentStore';
import { select, showToast } from '../../state/uiStore';
import { useLocale } from '../hooks';
import { typeName } from '../labels';
import { addActorOfType, showOnMap } from './actions';
import { typeGapsBySector } from './findings';

function StatusChips({ type }: { type: TypeCoverage }) {
  const { t } = useLocale();
  return (
    <span className="gap-chips">
      <span className={`gap-status gap-status-${type.status}`}>
        {t(`gap.status.${type.status}`)}
      </span>
      <span className="gap-expectation">{t(`gap.expectation.${type.expectation}`)}</span>
    </span>
  );
}

function TypeGapRow({ type, template }: { type: TypeCoverage; template: Template }) {
  const { t, locale } = useLocale();
  const label = typeName(template, type.typeId, locale, type.typeId);

  if (type.status === 'missing') {
    const add = () => {
      const id = addActorOfType(label, type.sectorId, type.typeId);
      if (!id) return;
      select({ kind: 'actor', id });
      showToast({
        message: t('gap.types.added', { name: label }),
        undo: () => {
          undo();
          select(null);
        },
        undoLabel: t('toast.undo'),
      });
    };
    return (
      <li className="gap-row">
        <span className="gap-row-main">
          <span className="gap-row-title">{label}</span>
          <StatusChips type={type} />
        </span>
        <button
          type="button"
          className="btn gap-add"
          aria-label={t('gap.types.addLabel', { type: label })}
          onClick={add}
        >
          {t('gap.types.add')}
        </button>
      </li>
    );
  }
  return (
    <li className="gap-row">
      <button type="button" className="gap-item" onClick={() => showOnMap(type.actorIds)}>
        <span className="gap-row-title">{label}</span>
        <StatusChips type={type} />
        <span className="muted small">
          {t('gap.types.actors', { count: type.actorIds.length })}
        </span>
      </button>
    </li>
  );
}

/** Missing, unconnected and weak types by sector; optional types behind a toggle. */
export function TypeGaps({ analysis, template }: { analysis: GapAnalysis; template: Template }) {
  const { t, locale } = useLocale();
  const [showOptional, setShowOptional] = useState(false);
  const headingId = useId();
  const groups = typeGapsBySector(analysis, template, locale, showOptional);
  return (
    <section className="gap-section" aria-labelledby={headingId}>
      <div className="gap-section-head">
        <h3 id={headingId}>{t('gap.types.title')}</h3>
        <label className="check small">
          <input
            type="checkbox"
            checked={showOptional}
            onChange={(e) => setShowOptional(e.target.checked)}
          />
          {t('gap.types.showOptional')}
        </label>
      </div>
      {groups.length === 0 ? (
        <p className="muted">{showOptional ? t('gap.types.noneAll') : t('gap.types.none')}</p>
      ) : (
        groups.map((g) => (
          <div key={g.sectorId} className="gap-group">
            <h4>{g.label}</h4>
            <ul className="gap-list">
              {g.types.map((type) => (
                <TypeGapRow key={type.typeId} type={type} template={template} />
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
