import { useLocale } from '../hooks';
import './analysis.css';
import { GapReportHost } from './GapReport';
import { PurposeGaps } from './PurposeGaps';
import { ReportActions } from './ReportActions';
import { ScoreHeader } from './ScoreHeader';
import { SectorChart } from './SectorChart';
import { StructureWarnings } from './StructureWarnings';
import { Suggestions } from './Suggestions';
import { TypeGaps } from './TypeGaps';
import { useGapAnalysis } from './useGapAnalysis';

/** The "Gap analysis" region: what the partner network is missing, and what to build next. */
export function GapPanel({ className }: { className?: string } = {}) {
  const { t } = useLocale();
  const ctx = useGapAnalysis();
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
          <SectorChart analysis={ctx.analysis} template={ctx.template} />
          <TypeGaps analysis={ctx.analysis} template={ctx.template} />
          <PurposeGaps analysis={ctx.analysis} doc={ctx.doc} template={ctx.template} />
          <StructureWarnings analysis={ctx.analysis} doc={ctx.doc} />
          <Suggestions analysis={ctx.analysis} doc={ctx.doc} template={ctx.template} />
        </>
      ) : (
        <p className="muted">{t('gap.noMap')}</p>
      )}
      <GapReportHost />
    </section>
  );
}
