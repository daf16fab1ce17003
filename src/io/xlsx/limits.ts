/**
 * What a workbook may unpack to, and where its cells may lie, checked before read-excel-file runs:
 * the reader keeps every part in memory and fills each sheet out to a dense rows × columns grid.
 */
import { fail } from '../import/failure';
import { forEachAttribute, scanStartTags } from './xmlScan';
import type { ZipEntry } from './zip';

export const MAX_UNPACKED_MB = 100;
const MAX_UNPACKED_BYTES = MAX_UNPACKED_MB * 1024 * 1024;
export const MAX_RATIO = 100;
/** Below this much XML a high ratio costs nothing (a short, repetitive sheet), so it is not judged. */
const RATIO_FLOOR = 1024 * 1024;
/** Excel's own sheet: columns A to XFD, rows 1 to 1,048,576. */
export const LAST_COLUMN = 16_384;
export const LAST_ROW = 1_048_576;
/** The grid the reader fills, rows × columns from A1 to the farthest cell; about 40 MB a copy. */
export const MAX_SHEET_CELLS = 10_000_000;

/**
 * The parts about to be inflated, by their declared sizes. The ratio is judged over them together,
 * against the compressed bytes really present in the file (declaring more does not help): one part
 * may legitimately pack very well, while the cost of reading grows with the total.
 */
export function checkSizes(file: string, parts: readonly ZipEntry[]): void {
  let size = 0;
  let packed = 0;
  for (const p of parts) {
    size += p.size;
    packed += p.available;
  }
  const most = (key: (p: ZipEntry) => number) =>
    parts.reduce((a, b) => (key(b) > key(a) ? b : a)).name;
  if (size > MAX_UNPACKED_BYTES) {
    fail({ code: 'xlsx-too-large', file, value: most((p) => p.size), limit: MAX_UNPACKED_MB });
  }
  if (size > RATIO_FLOOR && size > MAX_RATIO * packed) {
    const value = most((p) => p.size / Math.max(1, p.available));
    fail({ code: 'xlsx-compression-ratio', file, value, limit: MAX_RATIO });
  }
}

const TAGS = ['c', 'row', 'dimension'];

function columnName(n: number): string {
  let name = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) {
    name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  }
  return name;
}

/**
 * `xml[start, stop)` as a cell reference within Excel's sheet (`A1` to `XFD1048576`, as Excel
 * writes them), packed as row × 2^14 + column − 1; or -1. A row number alone when `rowOnly`.
 */
function reference(xml: string, start: number, stop: number, rowOnly: boolean): number {
  let column = 0;
  let i = start;
  for (; i < stop && !rowOnly; i++) {
    const c = xml.charCodeAt(i);
    if (c < 65 || c > 90) break;
    column = column * 26 + c - 64;
    if (column > LAST_COLUMN) return -1;
  }
  if (!rowOnly && column === 0) return -1;
  if (i === stop || xml.charCodeAt(i) === 48) return -1;
  let row = 0;
  for (; i < stop; i++) {
    const c = xml.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    row = row * 10 + c - 48;
    if (row > LAST_ROW) return -1;
  }
  return row * LAST_COLUMN + Math.max(column, 1) - 1;
}

/**
 * Every cell and row reference of one part (and its `<dimension>`), in one linear pass: each must
 * lie within Excel's sheet, and the grid up to the farthest must stay under `MAX_SHEET_CELLS`.
 * Rows without a number count one each, as the reader appends them.
 */
export function checkCells(xml: string, file: string, part: string, sheet?: string): void {
  const at = sheet === undefined ? { file } : { file, sheet };
  const refuse = (start: number, stop: number) =>
    fail({ code: 'xlsx-cell-reference', ...at, value: xml.slice(start, stop) || 'r=""' });
  let rows = 0;
  let lastRow = 0;
  let lastColumn = 0;
  let isRow = false;
  // One callback for every reference: made per tag, they would be half a million closures.
  const onReference = (start: number, stop: number) => {
    const ref = reference(xml, start, stop, isRow);
    if (ref < 0) refuse(start, stop);
    lastRow = Math.max(lastRow, Math.floor(ref / LAST_COLUMN));
    if (!isRow) lastColumn = Math.max(lastColumn, (ref % LAST_COLUMN) + 1);
  };
  const onDimension = (start: number, stop: number) => {
    const colon = xml.indexOf(':', start);
    const ends = colon !== -1 && colon < stop ? [start, colon, colon + 1, stop] : [start, stop];
    for (let k = 0; k < ends.length; k += 2) {
      if (reference(xml, ends[k] ?? 0, ends[k + 1] ?? 0, false) < 0) refuse(start, stop);
    }
  };
  const scanned = scanStartTags(xml, TAGS, (name, from, to) => {
    if (name === 'dimension') return forEachAttribute(xml, from, to, 'ref', onDimension);
    isRow = name === 'row';
    if (isRow) rows++;
    forEachAttribute(xml, from, to, 'r', onReference);
  });
  if (scanned === 'tag-too-long') fail({ code: 'xlsx-damaged-part', ...at, value: part });
  const height = Math.max(rows, lastRow);
  if (height > LAST_ROW || height * lastColumn > MAX_SHEET_CELLS) {
    fail({
      code: 'xlsx-too-many-cells',
      ...at,
      value: `${columnName(Math.max(1, lastColumn))}${height}`,
      limit: MAX_SHEET_CELLS,
    });
  }
}
