import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { formatDate } from '../../i18n';
import { useLocale } from '../hooks';
import { typeName } from '../labels';
import './analysis.css';
import {
  actorName,
  percentOf,
  purposeGapItems,
  sectorName,
  structureGroups,
  typeGapsBySector,
} from './findings';
import { type GapContext, useGapAnalysis } from './useGapAnalysis';

/**
 * The gap report: score, per-sector table, every type short of covered, purpose gaps, structural
 * warnings and suggestions, in the current language. Laid out for A4 by the print stylesheet.
 */
export function GapReport({ analysis, doc, template, locale }: GapContext) {
  const { t } = useLocale();
  const date = formatDate(analysis.today, locale);
  const types = typeGapsBySector(analysis, template, locale, true).flatMap((g) => g.types);
  const purposes = purposeGapItems(analysis, doc, template, locale);
  const groups = structureGroups(analysis, doc, locale, t);
  return (
    <article className="gap-report" lang={locale === 'nb' ? 'nb' : 'en'}>
      <header>
        <h1>{t('gap.report.heading', { name: doc.map.name })}</h1>
        <p>{t('gap.report.date', { date })}</p>
        <p className="gap-report-score">
          {t('gap.report.score', {
            percent: percentOf(analysis.score),
            covered: analysis.weightCovered,
            total: analysis.weightTotal,
          })}
        </p>
        <p className="gap-report-note">{t('gap.score.explanation')}</p>
        {analysis.focalActorId === null && <p>{t('gap.score.noFocal')}</p>}
      </header>

      <section>
        <h2>{t('gap.chart.title')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('gap.chart.sector')}</th>
              <th scope="col">{t('gap.chart.score')}</th>
              <th scope="col">{t('gap.chart.points')}</th>
            </tr>
          </thead>
          <tbody>
            {analysis.sectorScores.map((s) => (
              <tr key={s.sectorId}>
                <th scope="row">{sectorName(template, s.sectorId, locale)}</th>
                <td>
                  <span className="gap-report-bar" aria-hidden="true">
                    <span style={{ width: `${percentOf(s.score)}%` }} />
                  </span>
                  {t('gap.percent', { percent: percentOf(s.score) })}
                </td>
                <td>
                  {s.weightCovered} / {s.weightTotal}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section>
        <h2>{t('gap.types.title')}</h2>
        {types.length === 0 ? (
          <p>{t('gap.report.noTypes')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('gap.report.sector')}</th>
                <th scope="col">{t('gap.report.type')}</th>
                <th scope="col">{t('gap.report.expectation')}</th>
                <th scope="col">{t('gap.report.status')}</th>
                <th scope="col">{t('gap.report.actors')}</th>
              </tr>
            </thead>
            <tbody>
              {types.map((type) => (
                <tr key={type.typeId}>
                  <td>{sectorName(template, type.sectorId, locale)}</td>
                  <th scope="row">{typeName(template, type.typeId, locale, type.typeId)}</th>
                  <td>{t(`gap.expectation.${type.expectation}`)}</td>
                  <td>{t(`gap.status.${type.status}`)}</td>
                  <td>{type.actorIds.map((id) => actorName(doc, id)).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section>
        <h2>{t('gap.purposes.title')}</h2>
        {purposes.length === 0 ? (
          <p>{t('gap.purposes.none')}</p>
        ) : (
          <ul>
            {purposes.map((p) => (
              <li key={p.key}>{p.text}</li>
            ))}
          </ul>
        )}
      </section>

      <section>
        <h2>{t('gap.structure.title')}</h2>
        {groups.length === 0 && <p>{t('gap.structure.none')}</p>}
        {groups.map((g) => (
          <div key={g.id} className="gap-report-group">
            <h3>{g.title}</h3>
            {g.hint && <p className="gap-report-note">{g.hint}</p>}
            <ul>
              {g.items.map((item) => (
                <li key={item.key}>{item.text}</li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section>
        <h2>{t('gap.suggestions.title')}</h2>
        {analysis.suggestions.length === 0 ? (
          <p>{t('gap.suggestions.none')}</p>
        ) : (
          <ol>
            {analysis.suggestions.map((s) => (
              <li key={`${s.sourceId}|${s.targetId}`}>
                <strong>
                  {t('gap.pair', { a: actorName(doc, s.sourceId), b: actorName(doc, s.targetId) })}
                </strong>
                {': '}
                {s.explanation}
              </li>
            ))}
          </ol>
        )}
      </section>
      <footer className="gap-report-note">{t('gap.report.footer', { date })}</footer>
    </article>
  );
}

/** A print request: its number, so asking again prints again. */
const printStore = createStore<{ job: number | null }>(() => ({ job: null }));
let jobs = 0;

/** Prints the gap report of the open map. Needs a mounted GapReportHost (GapPanel has one). */
export function openGapReport(): void {
  printStore.setState({ job: ++jobs });
}

export const PRINT_CLASS = 'printing-report';
export const PRINT_CONTAINER_CLASS = 'gap-report-print';

function PrintJob() {
  const ctx = useGapAnalysis();
  useEffect(() => {
    const done = () => printStore.setState({ job: null });
    document.body.classList.add(PRINT_CLASS);
    window.addEventListener('afterprint', done);
    // After the report is laid out; a timer also keeps StrictMode's second mount from printing twice.
    const timer = setTimeout(() => window.print(), 0);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('afterprint', done);
      document.body.classList.remove(PRINT_CLASS);
    };
  }, []);
  if (!ctx) return null;
  return createPortal(
    <div className={PRINT_CONTAINER_CLASS}>
      <GapReport {...ctx} />
    </div>,
    document.body,
  );
}

/**
 * Renders the report into a print-only container at the end of <body> while a print runs;
 * in print media only that container shows (analysis.css).
 */
export function GapReportHost() {
  const job = useStore(printStore, (s) => s.job);
  return job === null ? null : <PrintJob key={job} />;
}
