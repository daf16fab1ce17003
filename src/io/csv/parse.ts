/**
 * A CSV file → a raw table, parsed by papaparse. The delimiter (`,` `;` or tab) is read from the
 * header line; `|` is never one, since it separates values inside a cell. Encoding per
 * src/io/text/decode.
 */
import Papa from 'papaparse';
import { fail } from '../import/failure';
import type { RawTable } from '../import/graph';
import { quoteList } from '../import/quote';
import type { ImportFile, ImportProblem } from '../import/types';
import { unescapeCell } from '../text/cells';
import { decodeText } from '../text/decode';
import { tableKindOf } from './columns';

/**
 * The delimiter is the one of `,` `;` tab that occurs most in the header line, outside quotes.
 * Headers rarely hold a delimiter, while data cells often do, which misleads papaparse's guess.
 */
export function delimiterOf(text: string): string {
  const counts = new Map([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  // Read in place from the first non-blank line: the text may be 50 MB, and is not copied.
  let start = 0;
  while (start < text.length && /\s/.test(text.charAt(start))) start++;
  while (start > 0 && text.charAt(start - 1) !== '\n' && text.charAt(start - 1) !== '\r') start--;
  for (let i = start; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

export function csvTable(file: ImportFile, warn: (p: ImportProblem) => void): RawTable {
  const { text, encoding } = decodeText(file.bytes);
  if (encoding === 'windows-1252') {
    warn({ code: 'encoding-fallback', file: file.name, value: encoding });
  }
  if (text.trim() === '') fail({ code: 'empty-file', file: file.name });
  const parsed = Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    skipEmptyLines: false,
  });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) {
    // papaparse counts data rows from 0; people count spreadsheet rows from 1.
    fail({ code: 'parse-error', file: file.name, row: (broken.row ?? 0) + 1, value: broken.code });
  }
  return tableFromRows(parsed.data, file.name, (i) => ({ file: file.name, row: i + 1 }));
}

/** Rows of cells (header first, blank rows anywhere) → a classified table. */
export function tableFromRows(
  rows: readonly string[][],
  file: string,
  originOf: (index: number) => RawTable['origin'],
  sheet?: string,
): RawTable {
  const headerIndex = rows.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) fail({ code: 'empty-file', file, sheet });
  const headers = (rows[headerIndex] ?? []).map((h) => unescapeCell(h.trim()));
  const kind = tableKindOf(headers);
  if (!kind) {
    // A few names only: a header line can be millions of characters long.
    const { text, more } = quoteList(headers);
    fail({ code: 'unknown-columns', file, sheet, value: text, ...(more ? { more } : {}) });
  }
  const body: RawTable['rows'] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if (!isBlank(cells)) body.push({ cells: cells.map(unescapeCell), origin: originOf(i) });
  }
  const origin = sheet === undefined ? { file } : { file, sheet };
  return { kind: kind as RawTable['kind'], origin, headers, rows: body };
}
