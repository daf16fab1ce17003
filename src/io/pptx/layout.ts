/**
 * Geometry and text fitting for the deck, in inches and points. Pure, so the caps can be tested
 * without building a file. Autofit ('shrink') is not honoured by LibreOffice or Google Slides,
 * so sizes are chosen here from an estimate of how the text wraps.
 */

export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
export const MARGIN = 0.5;
export const CONTENT_W = SLIDE_W - 2 * MARGIN;
/** Content slides: title band at the top, footer line at the bottom. */
export const TITLE_Y = 0.3;
export const TITLE_H = 0.85;
export const BODY_Y = 1.3;
export const FOOTER_Y = 7.05;
export const FOOTER_H = 0.3;
export const BODY_BOTTOM = 6.95;

/** Arial: installed nearly everywhere and metric-compatible with LibreOffice's Liberation Sans. */
export const FONT = 'Arial';
export const COLOR = {
  text: '1B1B1F',
  accent: '332288',
  muted: '5F5F6B',
  band: 'F3F2F8',
  rule: 'D9D8E3',
  white: 'FFFFFF',
} as const;

/** The XML 1.0 Char production: anything else (control characters, lone surrogates) makes
 * PowerPoint refuse the whole file, and pptxgenjs passes it through. */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    cp >= 0x10000
  );
}

export function clean(text: unknown): string {
  const kept: string[] = [];
  // for…of walks code points, so a lone surrogate arrives alone and is dropped.
  for (const ch of String(text ?? '')) {
    if (isXmlChar(ch.codePointAt(0) ?? 0)) kept.push(ch);
  }
  return kept.join('');
}

/** For titles and cells: line breaks and runs of spaces become one space. */
export function oneLine(text: unknown): string {
  return clean(text).replace(/\s+/g, ' ').trim();
}

/** Cut to at most `max` code points (never inside a surrogate pair), ending with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}

/** Mean advance of Arial/Liberation Sans text as a share of the font size (mixed case, with
 * slack); bold runs about 10 % wider. */
const CHAR_EM = 0.5;
const BOLD = 1.1;
const LINE_FACTOR = 1.2;

export function lineHeight(pt: number): number {
  return (pt * LINE_FACTOR) / 72;
}

export function charWidth(pt: number, bold = false): number {
  return (pt * CHAR_EM * (bold ? BOLD : 1)) / 72;
}

export function charsPerLine(widthIn: number, pt: number, bold = false): number {
  return Math.max(1, Math.floor(widthIn / charWidth(pt, bold)));
}

/** Lines after greedy word wrap; words longer than a line are broken, as PowerPoint does. */
export function estimateLines(text: string, widthIn: number, pt: number, bold = false): number {
  const perLine = charsPerLine(widthIn, pt, bold);
  let total = 0;
  for (const paragraph of text.split('\n')) {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let len = Array.from(word).length;
      const needed = used === 0 ? len : used + 1 + len;
      if (needed <= perLine) {
        used = needed;
        continue;
      }
      if (used > 0) lines += 1;
      while (len > perLine) {
        lines += 1;
        len -= perLine;
      }
      used = len;
    }
    total += lines;
  }
  return total;
}

export function textHeight(text: string, widthIn: number, pt: number, bold = false): number {
  return estimateLines(text, widthIn, pt, bold) * lineHeight(pt);
}

/**
 * The largest size from maxPt down to minPt at which the text fits the box; if none does, the
 * text is cut so that it fits at minPt.
 */
export function fitText(
  text: string,
  widthIn: number,
  heightIn: number,
  maxPt: number,
  minPt: number,
  bold = false,
): { text: string; pt: number } {
  for (let pt = maxPt; pt >= minPt; pt -= 1) {
    if (textHeight(text, widthIn, pt, bold) <= heightIn) return { text, pt };
  }
  const lines = Math.max(1, Math.floor(heightIn / lineHeight(minPt)));
  // Word wrap wastes part of each line; start from 80 % of the raw capacity, then verify.
  let max = Math.floor(lines * charsPerLine(widthIn, minPt, bold) * 0.8);
  let cut = truncate(text, max);
  while (max > 1 && textHeight(cut, widthIn, minPt, bold) > heightIn) {
    max -= Math.max(1, Math.floor(max / 10));
    cut = truncate(text, max);
  }
  return { text: cut, pt: minPt };
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The largest box of the image's aspect ratio inside `area`, centred. */
export function fitImage(width: number, height: number, area: Box): Box {
  const ok = Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0;
  const ratio = ok ? width / height : area.w / area.h;
  const w = Math.min(area.w, area.h * ratio);
  const h = w / ratio;
  return { x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, w, h };
}

const longestWord = (text: string) =>
  Math.max(0, ...text.split(/\s+/).map((w) => Array.from(w).length));

/**
 * Column widths summing to `total`: shared by typical text length, but each at least wide
 * enough for its longest word (up to 16 characters), so "Mangler" never breaks mid-word.
 */
export function columnWidths(
  header: string[],
  rows: string[][],
  total: number,
  pt: number,
  padH: number,
): number[] {
  const n = Math.max(1, header.length);
  const sample = rows.slice(0, 50);
  const cols = Array.from({ length: n }, (_, c) => {
    const head = header[c] ?? '';
    const cells = sample.map((r) => r[c] ?? '');
    const typical = Math.max(0, ...cells.map((t) => Array.from(t).length));
    const word = Math.max(
      longestWord(head) * BOLD,
      ...cells.map((t) => Math.min(16, longestWord(t))),
    );
    return {
      weight: Math.min(40, Math.max(6, typical, Array.from(head).length)),
      min: Math.min(total * 0.45, word * charWidth(pt) + 2 * padH + 0.05),
    };
  });
  const sum = cols.reduce((a, c) => a + c.weight, 0);
  const widths = cols.map((c) => Math.max(c.min, (c.weight / sum) * total));
  // Take any excess back from the columns that are above their minimum.
  const excess = widths.reduce((a, b) => a + b, 0) - total;
  const slack = widths.reduce((a, w, c) => a + (w - (cols[c]?.min ?? 0)), 0);
  if (excess <= 0 || slack <= 0) return widths.map((w) => (w * total) / (total + excess));
  const k = Math.min(1, excess / slack);
  return widths.map((w, c) => w - (w - (cols[c]?.min ?? 0)) * k);
}

export interface RowFit {
  /** Rows that fit, in order. */
  rows: string[][];
  /** How many were left out. */
  cut: number;
}

/**
 * The leading rows that fit into `heightIn` under a header row, at most `maxRows`. When rows are
 * cut, room is kept for one more single-line row (the "… and N more" line).
 */
export function fitRows(
  header: string[],
  rows: string[][],
  widths: number[],
  pt: number,
  padV: number,
  padH: number,
  heightIn: number,
  maxRows: number,
): RowFit {
  const rowHeight = (row: string[], bold = false) =>
    Math.max(
      1,
      ...widths.map((w, c) => estimateLines(row[c] ?? '', Math.max(0.2, w - 2 * padH), pt, bold)),
    ) *
      lineHeight(pt) +
    2 * padV;
  const budget = heightIn - rowHeight(header, true);
  const take = (limit: number, room: number) => {
    let used = 0;
    let count = 0;
    for (const row of rows) {
      if (count >= limit) break;
      const h = rowHeight(row);
      if (used + h > room) break;
      used += h;
      count += 1;
    }
    return count;
  };
  const all = take(maxRows, budget);
  if (all === rows.length) return { rows, cut: 0 };
  const count = take(maxRows, budget - rowHeight(['x']));
  return { rows: rows.slice(0, count), cut: rows.length - count };
}

/** Replace {{count}} in a localised "… and N more" line. */
export function moreText(template: string, count: number): string {
  return oneLine(template).replace(/\{\{\s*count\s*\}\}/g, String(count));
}
