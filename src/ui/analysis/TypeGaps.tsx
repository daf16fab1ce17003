import { useState } from 'react';
import type { GapAnalysis, TypeCoverage } from '../../analysis/gap';
import { setTypeNotRelevant } from '../../domain/mapSettings';
import { findType } from '../../domain/template';
import type { MapDocument, Template } from '../../domain/types';
import { edit } from '../../state/documentStore';
import { useLocale } from '../hooks';
import { typeName } from '../labels';
import { AddTypeButton } from './AddTypeButton';
import { useShowOnMap } from './actions';
import { typeGapsBySector } from './findings';
import { GapGroup, GapSection, type SectionProps } from './GapSection';
import { planText } from './nowItems';
import { PlanGoalDialog } from './PlanGoalDialog';

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

/** "Ikke aktuelt her" for one type: a checkbox whose name says which type. */
function NotRelevantToggle({ type, label }: { type: TypeCoverage; label: string }) {
  const { t } = useLocale();
  return (
    <label className="check small gap-not-relevant">
      <input
        type="checkbox"
        checked={type.notRelevant}
        aria-label={t('gap.types.notRelevantLabel', { type: label })}
        onChange={(e) => {
          const value = e.target.checked;
          edit((d, meta) => setTypeNotRelevant(d, type.typeId, value, meta));
        }}
      />
      {t('gap.types.notRelevant')}
    </label>
  );
}

function TypeGapRow({
  type,
  template,
  doc,
}: {
  type: TypeCoverage;
  template: Template;
  doc: MapDocument;
}) {
  const { t, locale } = useLocale();
  const showOnMap = useShowOnMap();
  const [planOpen, setPlanOpen] = useState(false);
  const label = typeName(template, type.typeId, locale, type.typeId);
  const step = findType(template, type.typeId)?.firstStep?.[locale]?.trim();
  const plan = planText(doc, type.typeId, t);

  const main =
    type.status === 'missing' ? (
      <span className="gap-row-main">
        <span className="gap-row-title">{label}</span>
        <StatusChips type={type} />
      </span>
    ) : (
      <button type="button" className="gap-item" onClick={() => showOnMap(type.actorIds)}>
        <span className="gap-row-title">{label}</span>
        <StatusChips type={type} />
        <span className="muted small">
          {t('gap.types.actors', { count: type.actorIds.length })}
          {type.weakBecause ? ` · ${t(`gap.types.weakBecause.${type.weakBecause}`)}` : ''}
        </span>
      </button>
    );
  return (
    <li className="gap-type">
      <div className="gap-row">
        {main}
        {type.status === 'missing' && (
          <AddTypeButton
            label={label}
            sectorId={type.sectorId}
            typeId={type.typeId}
            className="btn gap-add"
          />
        )}
      </div>
      {step && <p className="gap-type-step">{t('gap.types.firstStep', { step })}</p>}
      {plan && <p className="gap-type-plan">{plan}</p>}
      <div className="gap-type-controls">
        <button
          type="button"
          className="btn-quiet small"
          aria-label={t('gap.plans.goalLabel', { type: label })}
          onClick={() => setPlanOpen(true)}
        >
          {t('gap.plans.goalButton')}
        </button>
        <NotRelevantToggle type={type} label={label} />
      </div>
      {planOpen && (
        <PlanGoalDialog
          doc={doc}
          typeId={type.typeId}
          typeLabel={label}
          onClose={() => setPlanOpen(false)}
        />
      )}
    </li>
  );
}

/** Types the leader said do not apply here, each with its toggle to count it again. */
function NotRelevantTypes({ analysis, template }: { analysis: GapAnalysis; template: Template }) {
  const { t, locale } = useLocale();
  const types = analysis.types.filter((x) => x.notRelevant);
  if (types.length === 0) return null;
  return (
    <GapGroup title={t('gap.types.notRelevantTitle')} hint={t('gap.types.notRelevantHint')}>
      {types.map((type) => {
        const label = typeName(template, type.typeId, locale, type.typeId);
        return (
          <li key={type.typeId} className="gap-row gap-row-quiet">
            <span className="gap-row-main">
              <span className="gap-row-title">{label}</span>
            </span>
            <NotRelevantToggle type={type} label={label} />
          </li>
        );
      })}
    </GapGroup>
  );
}

/** The owner (the municipal administration): its link shown, never scored. */
function OwnerTypes({ analysis, template }: { analysis: GapAnalysis; template: Template }) {
  const { t, locale } = useLocale();
  const showOnMap = useShowOnMap();
  if (analysis.owner.length === 0) return null;
  return (
    <GapGroup title={t('gap.types.ownerTitle')} hint={t('gap.types.ownerHint')}>
      {analysis.owner.map((type) => (
        <li key={type.typeId} className="gap-row">
          <button type="button" className="gap-item" onClick={() => showOnMap(type.actorIds)}>
            <span className="gap-row-title">
              {typeName(template, type.typeId, locale, type.typeId)}
            </span>
            <span className={`gap-status gap-status-${type.status}`}>
              {t(`gap.status.${type.status}`)}
            </span>
          </button>
        </li>
      ))}
    </GapGroup>
  );
}

/**
 * Missing, unconnected and weak types by sector ("kan ha" behind a toggle), each with its first
 * step, its plan goal and "not relevant here"; then the types set aside and the owner.
 */
export function TypeGaps({ analysis, template, doc }: SectionProps) {
  const { t, locale } = useLocale();
  const [showOptional, setShowOptional] = useState(false);
  const groups = typeGapsBySector(analysis, template, locale, showOptional);
  const optionalToggle = (
    <label className="check small">
      <input
        type="checkbox"
        checked={showOptional}
        onChange={(e) => setShowOptional(e.target.checked)}
      />
      {t('gap.types.showOptional')}
    </label>
  );
  return (
    <GapSection title={t('gap.types.title')} aside={optionalToggle}>
      {groups.length === 0 ? (
        <p className="muted">{showOptional ? t('gap.types.noneAll') : t('gap.types.none')}</p>
      ) : (
        groups.map((g) => (
          <GapGroup key={g.sectorId} title={g.label}>
            {g.types.map((type) => (
              <TypeGapRow key={type.typeId} type={type} template={template} doc={doc} />
            ))}
          </GapGroup>
        ))
      )}
      <NotRelevantTypes analysis={analysis} template={template} />
      <OwnerTypes analysis={analysis} template={template} />
    </GapSection>
  );
}
