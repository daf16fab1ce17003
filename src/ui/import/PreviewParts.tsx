/** Pieces of the import preview: the counts table, what matched, the warnings, the maps in a backup. */
import { useId } from 'react';
import type { Locale } from '../../domain/types';
import { formatCount, formatDate } from '../../i18n';
import { type ImportProblem, type NativeImport, quoteList } from '../../io/import';
import type { PlanSummary } from '../../io/import/preview';
import { ColumnHeads } from '../analysis/ColumnHeads';
import { problemText, type Translate } from './problems';

/** Enough to see what went wrong; a file with thousands of warnings needs fixing at its source. */
const SHOWN_WARNINGS = 100;
const SHOWN_MATCHES = 50;
/** The counts' columns, in order, after the kind of record. */
const COUNTS = ['add', 'update', 'skip'] as const;

export function CountsTable(props: { plan: PlanSummary; t: Translate; locale: Locale }) {
  const { plan, t, locale } = props;
  const kinds = ['actors', 'collaborations'] as const;
  return (
    <table className="data-table import-counts">
      <caption>{t('importer.countsCaption')}</caption>
      <ColumnHeads labels={[t('importer.what'), ...COUNTS.map((c) => t(`importer.${c}`))]} />
      <tbody>
        {kinds.map((kind) => (
          <tr key={kind} data-kind={kind}>
            <th scope="row">{t(`importer.${kind}`)}</th>
            {COUNTS.map((c) => (
              <td key={c}>{formatCount(plan.counts[kind][c], locale)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function MatchedList({ plan, t }: { plan: PlanSummary; t: Translate }) {
  const id = useId();
  if (plan.matched.length === 0) return null;
  const shown = plan.matched.slice(0, SHOWN_MATCHES);
  return (
    <section aria-labelledby={id} className="import-section">
      <h3 id={id}>{t('importer.matched', { count: plan.matched.length })}</h3>
      <ul className="import-list">
        {shown.map((m) => (
          <li key={`${m.existingId}-${m.incoming}`}>
            {t('importer.match', { incoming: m.incoming, existing: m.existing })}{' '}
            <span className="muted">({t(`importer.matchBy.${m.by}`)})</span>
          </li>
        ))}
      </ul>
      {plan.matched.length > shown.length && (
        <p className="muted">
          {t('importer.moreWarnings', { count: plan.matched.length - shown.length })}
        </p>
      )}
    </section>
  );
}

/** "3 link ends were found among the map's actors: Kulturskolen, …": a short list, the names as in the file. */
export function EndsFound(props: { plan: PlanSummary; t: Translate; locale: Locale }) {
  const { plan, t, locale } = props;
  const ends = plan.endsInMap;
  if (ends.length === 0) return null;
  const { text, more } = quoteList(ends.map((e) => e.incoming));
  const names = more
    ? t('importer.andMore', { list: text, more: formatCount(more, locale) })
    : text;
  return <p className="import-ends">{t('importer.endsFound', { count: ends.length, names })}</p>;
}

export function WarningList(props: { warnings: ImportProblem[]; t: Translate; locale: Locale }) {
  const { warnings, t, locale } = props;
  const id = useId();
  if (warnings.length === 0) return null;
  const shown = warnings.slice(0, SHOWN_WARNINGS);
  return (
    <section aria-labelledby={id} className="import-section">
      <h3 id={id}>{t('importer.warnings', { count: warnings.length })}</h3>
      <ul className="import-list import-warnings">
        {shown.map((w, i) => (
          // Warnings have no identity of their own; their order is fixed for one preview.
          // biome-ignore lint/suspicious/noArrayIndexKey: a static list
          <li key={i}>{problemText(w, t, locale)}</li>
        ))}
      </ul>
      {warnings.length > shown.length && (
        <p className="muted">
          {t('importer.moreWarnings', { count: warnings.length - shown.length })}
        </p>
      )}
    </section>
  );
}

export function NativeMaps(props: {
  parsed: NativeImport;
  stored: ReadonlySet<string>;
  t: Translate;
  locale: Locale;
}) {
  const { parsed, stored, t, locale } = props;
  const snapshots = (mapId: string) => parsed.maps.find((m) => m.doc.map.id === mapId)?.snapshots;
  return (
    <>
      <p>{t('importer.nativeIntro', { count: parsed.maps.length })}</p>
      {parsed.exportedAt && (
        <p className="muted">
          {t('importer.exportedAt', { date: formatDate(parsed.exportedAt, locale) })}
        </p>
      )}
      <ul className="import-list">
        {parsed.maps.map(({ doc }) => (
          <li key={doc.map.id}>
            {t('importer.nativeMap', {
              name: doc.map.name,
              actors: Object.keys(doc.actors).length,
              collaborations: Object.keys(doc.collaborations).length,
              snapshots: snapshots(doc.map.id)?.length ?? 0,
            })}
            {stored.has(doc.map.id) && (
              <>
                <br />
                <span className="muted">{t('importer.exists', { name: doc.map.name })}</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
