import { useLocale } from '../hooks';
import './analysis.css';
import { GapReportHost } from './GapReport';
import { HistoryChart } from './HistoryChart';
import { NowList } from './NowList';
import { PlansEditor } from './PlansEditor';
import { PurposeGaps } from './PurposeGaps';
import { ReportActions } from './ReportActions';
import { ScoreHeader } from './ScoreHeader';
import { SectorChart } from './SectorChart';
import { Stakeholders } from './Stakeholders';
import { StructureWarnings } from './StructureWarnings';
import { Suggestions } from './Suggestions';
import { TypeGaps } from './TypeGaps';
import { useGapAnalysis } from './useGapAnalysis';
import { useScoreHistory } from './useScoreHistory';

/**
 * The "Gap analysis" region: what to do now first, then what the partner network is missing,
 * its vulnerabilities, suggestions, the change over time and the plans gaps are tied to.
 */
export function GapPanel({ className }: { className?: string } = {}) {
  const { t } = useLocale();
  const ctx = useGapAnalysis();
  const history = useScoreHistory(ctx);
  return (
    <section
      className={className ? `gap-panel ${className}` : 'gap-panel'}
      aria-label={t('gap.title')}
    >
      <h2 className="gap-title">{t('gap.title')}</h2>
      {ctx ? (
        <>
          <ScoreHeader analysis={ctx.analysis} />
          <ReportActions ctx={ctx} />
          <NowList analysis={ctx.analysis} doc={ctx.doc} template={ctx.template} />
          <SectorChart analysis={ctx.analysis} template={ctx.template} />
          <TypeGaps analysis={ctx.analysis} template={ctx.template} doc={ctx.doc} />
          <PurposeGaps analysis={ctx.analysis} doc={ctx.doc} template={ctx.template} />
          <StructureWarnings analysis={ctx.analysis} doc={ctx.doc} />
          <Stakeholders analysis={ctx.analysis} doc={ctx.doc} />
          <Suggestions analysis={ctx.analysis} doc={ctx.doc} template={ctx.template} />
          {history && <HistoryChart history={history} template={ctx.template} />}
          <PlansEditor doc={ctx.doc} />
        </>
      ) : (
        <p className="muted">{t('gap.noMap')}</p>
      )}
      <GapReportHost />
    </section>
  );
}
