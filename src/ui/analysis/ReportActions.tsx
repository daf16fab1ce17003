import { gapFindingsToCsv } from '../../io/gapCsv/serialize';
import { useLocale } from '../hooks';
import { downloadText } from './download';
import { openGapReport } from './GapReport';
import type { GapContext } from './useGapAnalysis';

export const csvFileName = (today: string) => `samspill-gapanalyse-${today}.csv`;

/** "Print report" and "Download CSV". */
export function ReportActions({ ctx }: { ctx: GapContext }) {
  const { t } = useLocale();
  const downloadCsv = () => {
    const csv = gapFindingsToCsv(ctx.analysis, ctx.doc, ctx.template, ctx.locale);
    downloadText(csvFileName(ctx.analysis.today), csv, 'text/csv;charset=utf-8');
  };
  return (
    <div className="gap-actions">
      <button type="button" className="btn" onClick={openGapReport}>
        {t('gap.actions.print')}
      </button>
      <button type="button" className="btn" onClick={downloadCsv}>
        {t('gap.actions.csv')}
      </button>
    </div>
  );
}
