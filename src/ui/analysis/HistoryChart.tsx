import { useState } from 'react';
import type { Locale, Template } from '../../domain/types';
import { formatDate } from '../../i18n';
import { useLocale } from '../hooks';
import { typeName } from '../labels';
import { ChartSvg } from './ChartSvg';
import { percentOf, type T } from './findings';
import { GapSection } from './GapSection';
import {
  changedTypes,
  columnIndices,
  type HistoryPoint,
  type HistoryStatus,
  type ScoreHistory,
  type TypeHistory,
} from './history';

/** Drawing units of the score chart's viewBox; the SVG scales to its box. */
const W = 320;
const H = 200;
const LEFT = 40;
const RIGHT = 16;
const TOP = 30;
const BOTTOM = 46;
const TICKS = [0, 0.25, 0.5, 0.75, 1];
/** Dates closer than this (in drawing units) are not all written. */
const DATE_SPACING = 74;

/** The panel's table shows this many versions (first, between, now); the report shows all. */
const PANEL_COLUMNS = 3;

/** The status names the chart and its tables use; 'none' for a type not yet in the template. */
export const historyStatusKey = (s: HistoryStatus) => (s === null ? 'none' : s);

export function pointLabel(p: HistoryPoint, locale: Locale, t: T, short = false): string {
  if (p.now) return t('gap.history.now');
  const date = formatDate(p.date, locale);
  // "15.06.25": a narrow column still reads the whole date.
  return short ? date.replace(/(\d{2})(\d{2})$/, '$2') : date;
}

/** x positions of the points, evenly spaced: versions are events, not a calendar. */
function xs(count: number): number[] {
  const span = W - LEFT - RIGHT;
  if (count === 1) return [LEFT + span / 2];
  return Array.from({ length: count }, (_, i) => LEFT + (span * i) / (count - 1));
}

const y = (score: number) => TOP + (1 - Math.min(1, Math.max(0, score))) * (H - TOP - BOTTOM);

/** Which dates to write: the last, then from the right every point far enough from the last one written. */
function writtenDates(x: number[]): Set<number> {
  const out = new Set<number>();
  let last = Number.POSITIVE_INFINITY;
  for (let i = x.length - 1; i >= 0; i--) {
    const at = x[i] as number;
    if (last - at >= DATE_SPACING) {
      out.add(i);
      last = at;
    }
  }
  return out;
}

/** The score across versions as a line with labelled axes. */
export function ScoreLine({ history, title }: { history: ScoreHistory; title: string }) {
  const { t, locale } = useLocale();
  const points = history.points;
  const x = xs(points.length);
  const dates = writtenDates(x);
  const valueEvery = points.length <= 6 ? 1 : Math.ceil(points.length / 6);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x[i]},${y(p.score)}`).join(' ');
  const summary = points
    .map((p) => `${pointLabel(p, locale, t)} ${t('gap.percent', { percent: percentOf(p.score) })}`)
    .join(', ');
  return (
    <ChartSvg
      label={t('gap.history.label', { summary })}
      title={title}
      width={W}
      height={H}
      className="gap-history-svg"
    >
      <text className="gap-history-axis-title" x={0} y={14}>
        {t('gap.history.axisScore')}
      </text>
      {TICKS.map((v) => (
        <g key={v}>
          <line className="gap-history-grid" x1={LEFT} x2={W - RIGHT} y1={y(v)} y2={y(v)} />
          <text className="gap-history-tick" x={LEFT - 5} y={y(v) + 4} textAnchor="end">
            {t('gap.percent', { percent: percentOf(v) })}
          </text>
        </g>
      ))}
      <path className="gap-history-line" d={path} />
      {points.map((p, i) => (
        <g key={p.date} className="gap-history-point">
          <circle cx={x[i]} cy={y(p.score)} r={p.now ? 4.5 : 3.5} />
          {(p.now || i % valueEvery === 0) && (
            <text
              className="gap-history-value"
              x={x[i]}
              y={y(p.score) - 8}
              textAnchor={i === 0 && points.length > 1 ? 'start' : p.now ? 'end' : 'middle'}
            >
              {t('gap.percent', { percent: percentOf(p.score) })}
            </text>
          )}
          {dates.has(i) && (
            <text
              className="gap-history-tick"
              x={x[i]}
              y={H - BOTTOM + 18}
              textAnchor={p.now && points.length > 1 ? 'end' : 'middle'}
            >
              {pointLabel(p, locale, t)}
            </text>
          )}
        </g>
      ))}
      <text
        className="gap-history-axis-title"
        x={(LEFT + W - RIGHT) / 2}
        y={H - 4}
        textAnchor="middle"
      >
        {t('gap.history.axisVersions')}
      </text>
    </ChartSvg>
  );
}

/** Each followed type's status per version, as a table of coloured cells with the words in them. */
export function TypeStatusTable({
  history,
  types,
  template,
  maxColumns = Number.POSITIVE_INFINITY,
  shortDates = false,
}: {
  history: ScoreHistory;
  types: TypeHistory[];
  template: Template;
  /** At most this many versions: the first, the last and evenly between. */
  maxColumns?: number;
  /** Two-digit years in the header, for the narrow panel. */
  shortDates?: boolean;
}) {
  const { t, locale } = useLocale();
  const columns = columnIndices(history.points.length, maxColumns);
  return (
    <table className="gap-history-table">
      <caption>{t('gap.history.typesTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('gap.report.type')}</th>
          {columns.map((i) => {
            const p = history.points[i] as HistoryPoint;
            return (
              <th scope="col" key={p.date}>
                {pointLabel(p, locale, t, shortDates)}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {types.map((type) => (
          <tr key={type.typeId}>
            <th scope="row">{typeName(template, type.typeId, locale, type.typeId)}</th>
            {columns.map((i) => {
              const s = type.statuses[i] ?? null;
              return (
                <td key={i} className={`gap-status gap-status-${historyStatusKey(s)}`}>
                  {t(`gap.history.status.${historyStatusKey(s)}`)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Utvikling over tid": the score line and the types whose status changed. */
export function HistoryChart({ history, template }: { history: ScoreHistory; template: Template }) {
  const { t } = useLocale();
  const [all, setAll] = useState(false);
  const changed = changedTypes(history);
  const types = all ? history.types : changed;
  return (
    <GapSection title={t('gap.history.title')} extraClass="gap-history">
      {history.points.length < 2 ? (
        <p className="muted">{t('gap.history.none')}</p>
      ) : (
        <>
          <ScoreLine history={history} title={t('gap.history.title')} />
          <div className="gap-section-head">
            <p className="muted small">{t('gap.history.changed', { count: changed.length })}</p>
            <label className="check small">
              <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
              {t('gap.history.showAll')}
            </label>
          </div>
          {types.length > 0 && (
            <div className="gap-history-scroll">
              <TypeStatusTable
                history={history}
                types={types}
                template={template}
                maxColumns={PANEL_COLUMNS}
                shortDates
              />
            </div>
          )}
        </>
      )}
    </GapSection>
  );
}
