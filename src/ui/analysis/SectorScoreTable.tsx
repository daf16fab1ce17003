import type { GapAnalysis } from '../../analysis/gap';
import type { Locale, Template } from '../../domain/types';
import { ColumnHeads } from './ColumnHeads';
import { percentOf, sectorName, type T } from './findings';

/** One sector's coverage as the chart, its screen-reader table and the printed report show it. */
export interface SectorScoreRow {
  sectorId: string;
  label: string;
  score: number;
  percent: number;
  value: string;
  points: string;
}

export function sectorScoreRows(
  analysis: GapAnalysis,
  template: Template,
  locale: Locale,
  t: T,
): SectorScoreRow[] {
  return analysis.sectorScores.map((s) => {
    const percent = percentOf(s.score);
    return {
      sectorId: s.sectorId,
      label: sectorName(template, s.sectorId, locale),
      score: s.score,
      percent,
      value: t('gap.percent', { percent }),
      points: `${s.weightCovered} / ${s.weightTotal}`,
    };
  });
}

/**
 * Sector, score and points per sector. The printed report adds a bar before each score; the
 * panel's copy sits beside its chart for screen readers, labelled by the chart's heading.
 */
export function SectorScoreTable({
  rows,
  t,
  bars = false,
  className,
  labelledBy,
}: {
  rows: SectorScoreRow[];
  t: T;
  bars?: boolean;
  className?: string;
  labelledBy?: string;
}) {
  return (
    <table className={className} aria-labelledby={labelledBy}>
      <ColumnHeads labels={[t('gap.chart.sector'), t('gap.chart.score'), t('gap.chart.points')]} />
      <tbody>
        {rows.map((r) => (
          <tr key={r.sectorId}>
            <th scope="row">{r.label}</th>
            <td>
              {bars && (
                <span className="gap-report-bar" aria-hidden="true">
                  <span style={{ width: `${r.percent}%` }} />
                </span>
              )}
              {r.value}
            </td>
            <td>{r.points}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
