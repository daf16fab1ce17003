/**
 * An XLSX workbook → raw tables, one per sheet that reads as actors or collaborations (by its
 * headers, so "Aktører", "Actors" and Kumu's "Elements" all work). The parts are unpacked and
 * checked against the limits first (./unpack); read-excel-file's universal build then reads them.
 * Both are loaded on demand; they need no DOM, so they run in a worker as well.
 */
import { tableFromRows } from '../csv/parse';
import { fail, ImportFailure } from '../import/failure';
import type { RawTable } from '../import/graph';
import type { ImportFile, ImportProblem } from '../import/types';

type Cell = string | number | boolean | Date | null | undefined;

const pad = (n: number) => String(n).padStart(2, '0');

/** Dates as YYYY-MM-DD (the cell's calendar day), everything else as text. */
function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime())
      ? ''
      : `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
  }
  return String(cell);
}

const NOT_FOUND = /^"(.+)" file not found inside/;

/** What the reader (or anything else unforeseen) threw, as a problem: never a crash in the UI. */
function readerProblem(file: string, e: unknown): ImportProblem {
  const name = e instanceof Error ? e.name : '';
  const message = e instanceof Error ? e.message.trim() : '';
  if (name === 'InvalidInputError') return { code: 'invalid-xlsx', file };
  const missing = NOT_FOUND.exec(message)?.[1];
  if (missing) return { code: 'xlsx-missing-part', file, value: missing };
  if (name === 'InvalidSpreadsheetError' && message) {
    return { code: 'xlsx-damaged', file, value: message };
  }
  return { code: 'xlsx-unreadable', file };
}

export async function xlsxTables(
  file: ImportFile,
  warn: (p: ImportProblem) => void,
): Promise<RawTable[]> {
  const [{ unpackWorkbook }, { default: readXlsxFile }] = await Promise.all([
    import('./unpack'),
    import('read-excel-file/universal'),
  ]);
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  let otherSheets: ReadonlySet<string>;
  try {
    const unpacked = unpackWorkbook(file);
    otherSheets = unpacked.otherSheets;
    sheets = await readXlsxFile(unpacked.zip.buffer, { trim: false });
  } catch (e) {
    if (e instanceof ImportFailure) throw e;
    return fail(readerProblem(file.name, e));
  }
  const tables: RawTable[] = [];
  const ignored: string[] = [];
  for (const { sheet, data } of sheets) {
    if (!Array.isArray(data)) {
      // A chart sheet has no rows; any other sheet without them lost its part to a bad relationship.
      if (!otherSheets.has(sheet)) fail({ code: 'xlsx-unreadable', file: file.name, sheet });
      warn({ code: 'ignored-sheet', file: file.name, sheet });
      continue;
    }
    const rows = (data as Cell[][]).map((r) => r.map(cellText));
    if (rows.every((r) => r.every((c) => c.trim() === ''))) continue;
    try {
      tables.push(
        tableFromRows(rows, file.name, (i) => ({ file: file.name, sheet, row: i + 1 }), sheet),
      );
    } catch (e) {
      if (!(e instanceof ImportFailure) || e.problem.code !== 'unknown-columns') throw e;
      warn({ ...e.problem, code: 'ignored-sheet' });
      if (e.problem.value) ignored.push(e.problem.value);
    }
  }
  if (tables.length === 0) {
    // Name the columns that were found, or say that every sheet is blank.
    if (ignored.length === 0) fail({ code: 'empty-file', file: file.name });
    fail({ code: 'unknown-columns', file: file.name, value: ignored.join('; ') });
  }
  return tables;
}
