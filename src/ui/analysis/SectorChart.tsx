import { useId, useMemo } from 'react';
import type { GapAnalysis } from '../../analysis/gap';
import type { Template } from '../../domain/types';
import { sectorColour } from '../../render/palette';
import { useLocale } from '../hooks';
import { ChartSvg } from './ChartSvg';
import { SectorScoreTable, sectorScoreRows } from './SectorScoreTable';

/**
 * Drawing units of the viewBox; the SVG scales to the panel's width. Each row holds a label, then
 * a bar on its track with the value right of it.
 */
const WIDTH = 320;
const ROW = { height: 38, labelY: 13, barY: 19, barHeight: 12 };
const TRACK_W = WIDTH - 52;

const barWidth = (score: number) => Math.min(1, Math.max(0, score)) * TRACK_W;

/**
 * Coverage per sector as horizontal bars, drawn by React as plain SVG. The same numbers sit in a
 * visually hidden table for screen readers.
 */
export function SectorChart({ analysis, template }: { analysis: GapAnalysis; template: Template }) {
  const { t, locale } = useLocale();
  const titleId = useId();
  const rows = useMemo(
    () => sectorScoreRows(analysis, template, locale, t),
    [analysis, template, locale, t],
  );
  const sectorIds = template.sectors.map((s) => s.id);
  const height = Math.max(ROW.height, rows.length * ROW.height);
  const summary = rows.map((d) => `${d.label} ${d.value}`).join(', ');
  return (
    <div className="gap-chart">
      <h3 id={titleId}>{t('gap.chart.title')}</h3>
      <ChartSvg
        label={t('gap.chart.label', { summary })}
        title={t('gap.chart.title')}
        width={WIDTH}
        height={height}
        className="gap-chart-svg"
      >
        <g>
          {rows.map((d, i) => (
            <g
              key={d.sectorId}
              className="gap-bar-row"
              transform={`translate(0,${i * ROW.height})`}
              data-sector={d.sectorId}
            >
              <text className="gap-bar-label" x={0} y={ROW.labelY}>
                {d.label}
              </text>
              <rect
                className="gap-bar-track"
                x={0}
                y={ROW.barY}
                width={TRACK_W}
                height={ROW.barHeight}
                rx={3}
              />
              <rect
                className="gap-bar"
                x={0}
                y={ROW.barY}
                width={barWidth(d.score)}
                height={ROW.barHeight}
                rx={3}
                fill={sectorColour(sectorIds, d.sectorId)}
              />
              <text
                className="gap-bar-value"
                x={WIDTH}
                y={ROW.barY + ROW.barHeight - 1}
                textAnchor="end"
              >
                {d.value}
              </text>
            </g>
          ))}
        </g>
      </ChartSvg>
      <SectorScoreTable rows={rows} t={t} className="visually-hidden" labelledBy={titleId} />
    </div>
  );
}
