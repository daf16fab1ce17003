/**
 * The analysis slides: gap (native bar chart + table), suggestions and the workshop summary.
 * Charts and tables stay native so users can edit them in PowerPoint; everything is capped so
 * that no text leaves the slide.
 */
import type PptxGenJS from 'pptxgenjs';
import { chartChrome, contentSlide, type DeckContext, textBox } from './chrome';
import {
  BODY_BOTTOM,
  BODY_Y,
  COLOR,
  CONTENT_W,
  columnWidths,
  FONT,
  fitImage,
  fitRows,
  fitText,
  lineHeight,
  MARGIN,
  moreText,
  oneLine,
  SLIDE_W,
  textHeight,
  truncate,
} from './layout';
import type { DeckGap, DeckSuggestions, DeckSummary } from './types';

const CELL_MAX = 120;
const TABLE_PT = 11;
const TABLE_MAX_ROWS = 12;
const PAD_V = 0.04;
const PAD_H = 0.08;
const MAX_BARS = 20;

const GAP_Y = 1.95;
const GAP_H = BODY_BOTTOM - GAP_Y;
const CHART_W = 6.1;
const TABLE_X = MARGIN + CHART_W + 0.35;
const TABLE_W = SLIDE_W - MARGIN - TABLE_X;

export function addGapSlide(ctx: DeckContext, gap: DeckGap): void {
  const slide = contentSlide(ctx, gap.title);
  const score = fitText(truncate(oneLine(gap.score), 200), CONTENT_W, 0.5, 20, 14, true);
  slide.addText(
    score.text,
    textBox(ctx, { x: MARGIN, y: BODY_Y, w: CONTENT_W, h: 0.5 }, score.pt, {
      color: COLOR.accent,
      bold: true,
      valign: 'middle',
    }),
  );
  addCoverageChart(ctx, slide, gap);
  addTable(ctx, slide, gap.table, gap.moreRows, { x: TABLE_X, y: GAP_Y, w: TABLE_W, h: GAP_H });
}

function addCoverageChart(ctx: DeckContext, slide: PptxGenJS.Slide, gap: DeckGap): void {
  const n = Math.min(gap.chart.labels.length, gap.chart.values.length, MAX_BARS);
  const box = { x: MARGIN, y: GAP_Y, w: CHART_W, h: GAP_H };
  const chartTitle = truncate(oneLine(gap.chartTitle), 80);
  if (n === 0) {
    slide.addText(chartTitle, textBox(ctx, box, 14, { color: COLOR.muted }));
    return;
  }
  // A bar chart draws its first category at the bottom; reverse so the list reads top-down.
  const labels = gap.chart.labels
    .slice(0, n)
    .map((l) => truncate(oneLine(l), 40))
    .reverse();
  const values = gap.chart.values
    .slice(0, n)
    .map((v) => (Number.isFinite(v) ? Math.min(100, Math.max(0, Math.round(v))) : 0))
    .reverse();
  // Norwegian writes "60 %" with a (non-breaking) space, English "60%".
  const format = ctx.lang !== 'en-GB' ? '0"\u00A0%"' : '0"%"';
  const small = n > 12;
  slide.addChart(
    ctx.pptx.ChartType.bar,
    [{ name: truncate(oneLine(gap.chart.seriesName), 80), labels, values }],
    {
      ...box,
      barDir: 'bar',
      barGapWidthPct: 50,
      chartColors: [COLOR.accent],
      valAxisMinVal: 0,
      valAxisMaxVal: 100,
      valAxisMajorUnit: 20,
      valAxisLabelFormatCode: format,
      valAxisLabelFontSize: 10,
      valAxisLabelFontFace: FONT,
      valAxisLabelColor: COLOR.muted,
      valGridLine: { color: COLOR.rule, size: 0.5 },
      catAxisLabelFontSize: small ? 9 : 11,
      catAxisLabelFontFace: FONT,
      catAxisLabelColor: COLOR.text,
      catGridLine: { style: 'none' },
      showValue: true,
      dataLabelPosition: 'outEnd',
      dataLabelFormatCode: format,
      dataLabelFontSize: small ? 9 : 10,
      ...chartChrome(ctx, chartTitle),
    },
  );
}

/** A native table in `box`, capped to fit, with "… og {{count}} til" for the rows cut. */
export function addTable(
  ctx: DeckContext,
  slide: PptxGenJS.Slide,
  data: { header: string[]; rows: string[][] },
  moreRows: string,
  box: { x: number; y: number; w: number; h: number },
): void {
  const cols = Math.max(1, data.header.length, ...data.rows.map((r) => r.length));
  const cell = (value: string | undefined) => truncate(oneLine(value ?? ''), CELL_MAX);
  const header = Array.from({ length: cols }, (_, c) => cell(data.header[c]));
  const rows = data.rows.map((r) => Array.from({ length: cols }, (_, c) => cell(r[c])));
  const widths = columnWidths(header, rows, box.w, TABLE_PT, PAD_H);
  const fit = fitRows(header, rows, widths, TABLE_PT, PAD_V, PAD_H, box.h, TABLE_MAX_ROWS);

  const base = { fontFace: FONT, fontSize: TABLE_PT, lang: ctx.lang, valign: 'top' as const };
  const table: PptxGenJS.TableRow[] = [
    header.map((text) => ({
      text,
      options: { ...base, bold: true, color: COLOR.white, fill: { color: COLOR.accent } },
    })),
    ...fit.rows.map((row, i) =>
      row.map((text) => ({
        text,
        options: { ...base, color: COLOR.text, fill: { color: i % 2 ? COLOR.band : COLOR.white } },
      })),
    ),
  ];
  if (fit.cut > 0) {
    table.push([
      {
        text: moreText(moreRows, fit.cut),
        options: { ...base, colspan: cols, italic: true, color: COLOR.muted },
      },
    ]);
  }
  slide.addTable(table, {
    x: box.x,
    y: box.y,
    w: box.w,
    colW: widths,
    rowH: lineHeight(TABLE_PT) + 2 * PAD_V,
    margin: [PAD_V, PAD_H, PAD_V, PAD_H],
    border: { type: 'solid', pt: 0.5, color: COLOR.rule },
    autoPage: false,
  });
}

const MAX_SUGGESTIONS = 8;
/** Main text / detail sizes, tried from largest until the items fit. */
const SUGGESTION_SIZES: readonly [number, number][] = [
  [18, 14],
  [16, 12],
];
const SMALLEST_SIZES: [number, number] = [14, 11];
const ITEM_GAP_PT = 10;

export function addSuggestionsSlide(ctx: DeckContext, s: DeckSuggestions): void {
  const slide = contentSlide(ctx, s.title);
  const box = { x: MARGIN, y: BODY_Y + 0.1, w: CONTENT_W, h: BODY_BOTTOM - BODY_Y - 0.1 };
  const items = s.items.map((item) => ({
    text: truncate(oneLine(item.text), CELL_MAX),
    detail: truncate(oneLine(item.detail), CELL_MAX * 2),
  }));
  if (items.length === 0) {
    const empty = fitText(truncate(oneLine(s.empty), 300), box.w, box.h, 18, 12);
    slide.addText(empty.text, textBox(ctx, box, empty.pt, { color: COLOR.muted }));
    return;
  }
  const more = s.moreItems ? oneLine(s.moreItems) : '';
  const fits = (count: number, [main, small]: [number, number]) => {
    let h = more && count < items.length ? lineHeight(small) : 0;
    for (const [i, item] of items.slice(0, count).entries()) {
      h += textHeight(item.text, box.w, main, true) + (i > 0 ? ITEM_GAP_PT / 72 : 0);
      if (item.detail) h += textHeight(item.detail, box.w, small);
    }
    return h <= box.h;
  };
  const wanted = Math.min(items.length, MAX_SUGGESTIONS);
  const sizes = SUGGESTION_SIZES.find((sz) => fits(wanted, sz)) ?? SMALLEST_SIZES;
  let count = wanted;
  while (count > 1 && !fits(count, sizes)) count -= 1;
  const [main, small] = sizes;

  const runs: PptxGenJS.TextProps[] = [];
  for (const [i, item] of items.slice(0, count).entries()) {
    const spacing = i > 0 ? { paraSpaceBefore: ITEM_GAP_PT } : {};
    runs.push({
      text: item.text,
      options: { bold: true, fontSize: main, breakLine: true, ...spacing },
    });
    if (item.detail) {
      runs.push({
        text: item.detail,
        options: { fontSize: small, color: COLOR.muted, breakLine: true },
      });
    }
  }
  if (more && count < items.length) {
    runs.push({
      text: moreText(more, items.length - count),
      options: { fontSize: small, italic: true, color: COLOR.muted, paraSpaceBefore: ITEM_GAP_PT },
    });
  }
  const last = runs[runs.length - 1];
  if (last?.options) last.options.breakLine = false;
  slide.addText(runs, textBox(ctx, box, main));
}

const SUMMARY_IMAGE_W = 7.6;
const BULLET_IN = 0.3;
const LINE_GAP_PT = 6;

export function addSummarySlide(ctx: DeckContext, s: DeckSummary): void {
  const slide = contentSlide(ctx, s.title);
  const h = BODY_BOTTOM - BODY_Y;
  let textX = MARGIN;
  let textY = BODY_Y;
  if (s.image) {
    const area = { x: MARGIN, y: BODY_Y, w: SUMMARY_IMAGE_W, h };
    const img = fitImage(s.image.width, s.image.height, area);
    slide.addImage({ data: s.image.data, ...img, altText: truncate(oneLine(s.title), 200) });
    textX = MARGIN + SUMMARY_IMAGE_W + 0.4;
    textY = img.y;
  }
  const w = SLIDE_W - MARGIN - textX;
  const lines = s.lines.map((l) => truncate(oneLine(l), 200)).filter(Boolean);
  if (lines.length === 0) return;
  const fitted = fitLines(lines, w - BULLET_IN, BODY_BOTTOM - textY);
  const runs: PptxGenJS.TextProps[] = fitted.lines.map((text, i, all) => ({
    text,
    options: {
      bullet: { indent: BULLET_IN * 72 },
      paraSpaceAfter: LINE_GAP_PT,
      breakLine: i < all.length - 1,
    },
  }));
  slide.addText(runs, textBox(ctx, { x: textX, y: textY, w, h: BODY_BOTTOM - textY }, fitted.pt));
}

/** Bullet lines at the largest size from 20 to 12 pt that fits; else cut whole lines, end "…". */
function fitLines(lines: string[], w: number, h: number): { lines: string[]; pt: number } {
  const height = (ls: string[], pt: number) =>
    ls.reduce((a, l) => a + textHeight(l, w, pt), 0) + (ls.length * LINE_GAP_PT) / 72;
  for (let pt = 20; pt >= 12; pt -= 1) {
    if (height(lines, pt) <= h) return { lines, pt };
  }
  let count = lines.length - 1;
  while (count > 0 && height([...lines.slice(0, count), '…'], 12) > h) count -= 1;
  return { lines: [...lines.slice(0, count), '…'], pt: 12 };
}
