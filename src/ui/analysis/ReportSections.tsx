/** Sections of the printed report: what to do now, types with plan goals, structure, grid, history. */
import type { Locale, Template } from '../../domain/types';
import { useLocale } from '../hooks';
import { typeName } from '../labels';
import { ColumnHeads } from './ColumnHeads';
import {
  type AnyFindingGroup,
  actorName,
  sectorName,
  stakeholderGroups,
  structureGroups,
  typeGapsBySector,
} from './findings';
import type { SectionProps } from './GapSection';
import { ScoreLine, TypeStatusTable } from './HistoryChart';
import { changedTypes, type ScoreHistory } from './history';
import { NOW_MAX, nowItems, planText } from './nowItems';

/** What a report section reads: the panel's inputs and the report's language. */
export type ReportProps = SectionProps & { locale: Locale };

export function ReportNow({ analysis, doc, template, locale }: ReportProps) {
  const { t } = useLocale();
  const items = nowItems(analysis, doc, template, locale, t, NOW_MAX);
  return (
    <section className="gap-report-now">
      <h2>{t('gap.now.title')}</h2>
      {items.length === 0 ? (
        <p>{t('gap.now.none')}</p>
      ) : (
        <ol>
          {items.map((item) => (
            <li key={item.key}>
              <strong>{item.text}</strong>
              {[item.firstStep, item.nextStep, item.plan].filter(Boolean).map((line) => (
                <span key={line} className="gap-report-line">
                  {line}
                </span>
              ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Every type short of covered, with the plan goal it is tied to; then those set aside, and the owner. */
export function ReportTypes({ analysis, doc, template, locale }: ReportProps) {
  const { t } = useLocale();
  const types = typeGapsBySector(analysis, template, locale, true).flatMap((g) => g.types);
  const notRelevant = analysis.types.filter((x) => x.notRelevant);
  const label = (id: string) => typeName(template, id, locale, id);
  return (
    <section>
      <h2>{t('gap.types.title')}</h2>
      {types.length === 0 ? (
        <p>{t('gap.report.noTypes')}</p>
      ) : (
        <table>
          <ColumnHeads
            labels={[
              t('gap.report.sector'),
              t('gap.report.type'),
              t('gap.report.expectation'),
              t('gap.report.status'),
              t('gap.report.actors'),
              t('gap.plans.column'),
            ]}
          />
          <tbody>
            {types.map((type) => (
              <tr key={type.typeId}>
                <td>{sectorName(template, type.sectorId, locale)}</td>
                <th scope="row">{label(type.typeId)}</th>
                <td>{t(`gap.expectation.${type.expectation}`)}</td>
                <td>{t(`gap.status.${type.status}`)}</td>
                <td>{type.actorIds.map((id) => actorName(doc, id)).join(', ')}</td>
                <td>{planText(doc, type.typeId, t) ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {notRelevant.length > 0 && (
        <p className="gap-report-note">
          <strong>{t('gap.types.notRelevantTitle')}: </strong>
          {notRelevant.map((x) => label(x.typeId)).join(', ')}
        </p>
      )}
      {analysis.owner.length > 0 && (
        <p className="gap-report-note">
          <strong>{t('gap.types.ownerTitle')}: </strong>
          {analysis.owner
            .map(
              (x) =>
                `${label(x.typeId)} (${t(`gap.status.${x.status}`).toLocaleLowerCase(locale)})`,
            )
            .join(', ')}
        </p>
      )}
    </section>
  );
}

/** Groups of findings as printed: heading, hint and the items as text. */
function ReportGroups({ groups }: { groups: readonly AnyFindingGroup[] }) {
  return groups.map((g) => (
    <div key={g.id} className="gap-report-group">
      <h3>{g.title}</h3>
      {g.hint && <p className="gap-report-note">{g.hint}</p>}
      <ul>
        {g.items.map((item) => (
          <li key={item.key}>{item.text}</li>
        ))}
      </ul>
    </div>
  ));
}

export function ReportStructure({ analysis, doc, locale }: ReportProps) {
  const { t } = useLocale();
  const groups = structureGroups(analysis, doc, locale, t);
  return (
    <section>
      <h2>{t('gap.structure.title')}</h2>
      {groups.length === 0 && <p>{t('gap.structure.none')}</p>}
      <ReportGroups groups={groups} />
    </section>
  );
}

export function ReportStakeholders({ analysis, doc }: ReportProps) {
  const { t } = useLocale();
  const groups = stakeholderGroups(analysis, doc, t);
  if (groups.length === 0) return null;
  return (
    <section>
      <h2>{t('gap.stakeholders.title')}</h2>
      <p className="gap-report-note">{t('gap.stakeholders.hint')}</p>
      <ReportGroups groups={groups} />
    </section>
  );
}

export function ReportHistory({
  history,
  template,
}: {
  history: ScoreHistory;
  template: Template;
}) {
  const { t } = useLocale();
  const changed = changedTypes(history);
  return (
    <section className="gap-report-history">
      <h2>{t('gap.history.title')}</h2>
      {history.points.length < 2 ? (
        <p>{t('gap.history.none')}</p>
      ) : (
        <>
          <div className="gap-report-chart">
            <ScoreLine history={history} title={t('gap.history.title')} />
          </div>
          <p className="gap-report-note">{t('gap.history.changed', { count: changed.length })}</p>
          {changed.length > 0 && (
            <TypeStatusTable history={history} types={changed} template={template} />
          )}
        </>
      )}
    </section>
  );
}
