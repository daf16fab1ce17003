/**
 * The change-over-time slide: the score across saved versions as a native line chart (editable in
 * PowerPoint) with titled axes, and beside it the types whose status changed.
 */
import { chartChrome, contentSlide, type DeckContext, textBox } from './chrome';
import { BODY_BOTTOM, BODY_Y, COLOR, FONT, MARGIN, oneLine, SLIDE_W, truncate } from './layout';
import { addTable } from './sections';
import type { DeckHistory } from './types';

const MAX_POINTS = 24;
const CHART_W = 7.2;
const TABLE_X = MARGIN + CHART_W + 0.35;
const TABLE_W = SLIDE_W - MARGIN - TABLE_X;
const TOP = BODY_Y + 0.1;
const HEIGHT = BODY_BOTTOM - TOP;

export function addHistorySlide(ctx: DeckContext, h: DeckHistory): void {
  const slide = contentSlide(ctx, h.title);
  const n = Math.min(h.labels.length, h.values.length, MAX_POINTS);
  const box = { x: MARGIN, y: TOP, w: CHART_W, h: HEIGHT };
  const chartTitle = truncate(oneLine(h.chartTitle), 80);
  if (n === 0) {
    slide.addText(chartTitle, textBox(ctx, box, 14, { color: COLOR.muted }));
  } else {
    // The last points are the newest: keep them when there are more than fit.
    const labels = h.labels.slice(-n).map((l) => truncate(oneLine(l), 24));
    const values = h.values
      .slice(-n)
      .map((v) => (Number.isFinite(v) ? Math.min(100, Math.max(0, Math.round(v))) : 0));
    const format = ctx.lang !== 'en-GB' ? '0"\u00A0%"' : '0"%"';
    slide.addChart(
      ctx.pptx.ChartType.line,
      [{ name: truncate(oneLine(h.seriesName), 80), labels, values }],
      {
        ...box,
        chartColors: [COLOR.accent],
        lineSize: 3,
        lineDataSymbol: 'circle',
        lineDataSymbolSize: 9,
        valAxisMinVal: 0,
        valAxisMaxVal: 100,
        valAxisMajorUnit: 20,
        valAxisLabelFormatCode: format,
        valAxisLabelFontSize: 12,
        valAxisLabelFontFace: FONT,
        valAxisLabelColor: COLOR.muted,
        showValAxisTitle: true,
        valAxisTitle: truncate(oneLine(h.valueAxis), 40),
        valAxisTitleFontSize: 12,
        valAxisTitleColor: COLOR.text,
        valGridLine: { color: COLOR.rule, size: 0.5 },
        catAxisLabelFontSize: n > 8 ? 10 : 12,
        catAxisLabelFontFace: FONT,
        catAxisLabelColor: COLOR.text,
        showCatAxisTitle: true,
        catAxisTitle: truncate(oneLine(h.categoryAxis), 40),
        catAxisTitleFontSize: 12,
        catAxisTitleColor: COLOR.text,
        showValue: n <= 12,
        dataLabelPosition: 't',
        dataLabelFormatCode: format,
        dataLabelFontSize: 12,
        ...chartChrome(ctx, chartTitle),
      },
    );
  }
  const tableBox = { x: TABLE_X, y: TOP, w: TABLE_W, h: HEIGHT };
  if (h.table.rows.length === 0) {
    slide.addText(
      truncate(oneLine(h.emptyTable), 200),
      textBox(ctx, tableBox, 14, { color: COLOR.muted }),
    );
    return;
  }
  addTable(ctx, slide, h.table, h.moreRows, tableBox);
}
