import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from 'zustand';
import { formatDate } from '../../i18n';
import { printDone, printStore, requestPrint } from '../../state/printStore';
import { useLocale } from '../hooks';
import './analysis.css';
import { percentOf, purposeGapItems } from './findings';
import type { ScoreHistory } from './history';
import {
  ReportHistory,
  ReportNow,
  ReportStakeholders,
  ReportStructure,
  ReportTypes,
} from './ReportSections';
import { SectorScoreTable, sectorScoreRows } from './SectorScoreTable';
import { SuggestionReport } from './SuggestionReport';
import { type GapContext, useGapAnalysis } from './useGapAnalysis';
import { useScoreHistoryState } from './useScoreHistory';

/**
 * The gap report: score, what to do now, per-sector table, every type short of covered (with its
 * plan goal), purpose gaps, vulnerabilities, Mendelow's advice, suggestions and the change over
 * time, in the current language. Laid out for A4 by the print stylesheet.
 */
export function GapReport({
  analysis,
  doc,
  template,
  locale,
  history = null,
}: GapContext & { history?: ScoreHistory | null }) {
  const { t } = useLocale();
  const date = formatDate(analysis.today, locale);
  const purposes = purposeGapItems(analysis, doc, template, locale);
  return (
    <article className="gap-report" lang={locale}>
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

      <ReportNow analysis={analysis} doc={doc} template={template} locale={locale} />

      <section>
        <h2>{t('gap.chart.title')}</h2>
        <SectorScoreTable rows={sectorScoreRows(analysis, template, locale, t)} t={t} bars />
      </section>

      <ReportTypes analysis={analysis} doc={doc} template={template} locale={locale} />

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

      <ReportStructure analysis={analysis} doc={doc} template={template} locale={locale} />

      <ReportStakeholders analysis={analysis} doc={doc} template={template} locale={locale} />
      <SuggestionReport analysis={analysis} doc={doc} template={template} locale={locale} />
      {history && <ReportHistory history={history} template={template} />}
      <footer className="gap-report-note">{t('gap.report.footer', { date })}</footer>
    </article>
  );
}

/** Prints the gap report of the open map. Needs a mounted GapReportHost (GapPanel has one). */
export function openGapReport(): void {
  requestPrint();
}

export const PRINT_CLASS = 'printing-report';
export const PRINT_CONTAINER_CLASS = 'gap-report-print';

function PrintJob() {
  const ctx = useGapAnalysis();
  const { history, ready } = useScoreHistoryState(ctx);
  useEffect(() => {
    const done = () => printDone();
    document.body.classList.add(PRINT_CLASS);
    window.addEventListener('afterprint', done);
    return () => {
      window.removeEventListener('afterprint', done);
      document.body.classList.remove(PRINT_CLASS);
    };
  }, []);
  useEffect(() => {
    // Once the saved versions are read and the report laid out; a timer also keeps StrictMode's
    // second mount from printing twice.
    if (!ready) return;
    const timer = setTimeout(() => window.print(), 0);
    return () => clearTimeout(timer);
  }, [ready]);
  if (!ctx) return null;
  return createPortal(
    <div className={PRINT_CONTAINER_CLASS}>
      <GapReport {...ctx} history={history} />
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
