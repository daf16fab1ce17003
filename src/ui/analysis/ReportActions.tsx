import { downloadText } from '../common/download';
import { useLocale } from '../hooks';
import { openGapReport } from './GapReport';
import { suggestionDetail } from './suggestionText';
import type { GapContext } from './useGapAnalysis';

export const csvFileName = (today: string) => `samspill-gapanalyse-${today}.csv`;

/** "Print report" and "Download CSV". */
export function ReportActions({ ctx }: { ctx: GapContext }) {
  const { t } = useLocale();
  // The CSV writer (papaparse) loads on first use, keeping it out of the first page load.
  const downloadCsv = async () => {
    const { gapFindingsToCsv } = await import('../../io/gapCsv/serialize');
    const csv = gapFindingsToCsv(ctx.analysis, ctx.doc, ctx.template, ctx.locale, t, (s) =>
      suggestionDetail(s, ctx.doc, ctx.template, ctx.locale, t),
    );
    downloadText(csvFileName(ctx.analysis.today), csv, 'text/csv;charset=utf-8');
  };
  return (
    <div className="gap-actions">
      <button type="button" className="btn" onClick={openGapReport}>
        {t('gap.actions.print')}
      </button>
      <button type="button" className="btn" onClick={() => void downloadCsv()}>
        {t('gap.actions.csv')}
      </button>
    </div>
  );
}
