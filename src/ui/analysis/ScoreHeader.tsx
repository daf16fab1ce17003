import type { GapAnalysis } from '../../analysis/gap';
import { useLocale } from '../hooks';
import { percentOf } from './findings';

/** The weighted coverage score as a big percentage, with what it means. */
export function ScoreHeader({ analysis }: { analysis: GapAnalysis }) {
  const { t } = useLocale();
  return (
    <div className="gap-score">
      <p className="gap-score-line">
        <span className="gap-score-number">
          {t('gap.percent', { percent: percentOf(analysis.score) })}
        </span>
        <span className="gap-score-label">
          {t('gap.score.label')}
          <span className="muted small">
            {t('gap.score.points', {
              covered: analysis.weightCovered,
              total: analysis.weightTotal,
            })}
          </span>
        </span>
      </p>
      <p className="muted small gap-score-explanation">{t('gap.score.explanation')}</p>
      {analysis.focalActorId === null && <p className="gap-note">{t('gap.score.noFocal')}</p>}
    </div>
  );
}
