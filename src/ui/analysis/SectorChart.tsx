import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { useEffect, useId, useMemo, useRef } from 'react';
import type { GapAnalysis } from '../../analysis/gap';
import type { Locale, Template } from '../../domain/types';
import { sectorColour } from '../../render/palette';
import { useLocale } from '../hooks';
import { percentOf, sectorName } from './findings';

/** Drawing units of the viewBox; the SVG scales to the panel's width. */
const WIDTH = 320;
const ROW = 38;
const LABEL_Y = 13;
const BAR_Y = 19;
const BAR_H = 12;
const VALUE_W = 52;

interface Bar {
  sectorId: string;
  label: string;
  colour: string;
  score: number;
  value: string;
  points: string;
}

function bars(
  analysis: GapAnalysis,
  template: Template,
  locale: Locale,
  t: ReturnType<typeof useLocale>['t'],
): Bar[] {
  const ids = template.sectors.map((s) => s.id);
  return analysis.sectorScores.map((s) => ({
    sectorId: s.sectorId,
    label: sectorName(template, s.sectorId, locale),
    colour: sectorColour(ids, s.sectorId),
    score: s.score,
    value: t('gap.percent', { percent: percentOf(s.score) }),
    points: `${s.weightCovered} / ${s.weightTotal}`,
  }));
}

/**
 * Coverage per sector as horizontal bars. React owns the <svg> and its <title>; d3 draws the
 * bars into one <g>. The same numbers sit in a visually hidden table for screen readers.
 */
export function SectorChart({ analysis, template }: { analysis: GapAnalysis; template: Template }) {
  const { t, locale } = useLocale();
  const titleId = useId();
  const layer = useRef<SVGGElement>(null);
  const data = useMemo(() => bars(analysis, template, locale, t), [analysis, template, locale, t]);
  const height = Math.max(ROW, data.length * ROW);

  useEffect(() => {
    if (!layer.current) return;
    const x = scaleLinear()
      .domain([0, 1])
      .range([0, WIDTH - VALUE_W])
      .clamp(true);
    const rows = select(layer.current)
      .selectAll<SVGGElement, Bar>('g.gap-bar-row')
      .data(data, (d) => d.sectorId)
      .join((enter) => {
        const row = enter.append('g').attr('class', 'gap-bar-row');
        row.append('text').attr('class', 'gap-bar-label');
        row.append('rect').attr('class', 'gap-bar-track');
        row.append('rect').attr('class', 'gap-bar');
        row.append('text').attr('class', 'gap-bar-value');
        return row;
      })
      .attr('transform', (_, i) => `translate(0,${i * ROW})`)
      .attr('data-sector', (d) => d.sectorId);
    rows
      .select('text.gap-bar-label')
      .attr('x', 0)
      .attr('y', LABEL_Y)
      .text((d) => d.label);
    rows
      .select('rect.gap-bar-track')
      .attr('x', 0)
      .attr('y', BAR_Y)
      .attr('width', x(1))
      .attr('height', BAR_H)
      .attr('rx', 3);
    rows
      .select('rect.gap-bar')
      .attr('x', 0)
      .attr('y', BAR_Y)
      .attr('width', (d) => x(d.score))
      .attr('height', BAR_H)
      .attr('rx', 3)
      .attr('fill', (d) => d.colour);
    rows
      .select('text.gap-bar-value')
      .attr('x', WIDTH)
      .attr('y', BAR_Y + BAR_H - 1)
      .attr('text-anchor', 'end')
      .text((d) => d.value);
  }, [data]);

  const summary = data.map((d) => `${d.label} ${d.value}`).join(', ');
  return (
    <div className="gap-chart">
      <h3 id={titleId}>{t('gap.chart.title')}</h3>
      <svg
        role="img"
        aria-label={t('gap.chart.label', { summary })}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
        className="gap-chart-svg"
      >
        <title>{t('gap.chart.title')}</title>
        <g ref={layer} />
      </svg>
      <table className="visually-hidden" aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="col">{t('gap.chart.sector')}</th>
            <th scope="col">{t('gap.chart.score')}</th>
            <th scope="col">{t('gap.chart.points')}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.sectorId}>
              <th scope="row">{d.label}</th>
              <td>{d.value}</td>
              <td>{d.points}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
