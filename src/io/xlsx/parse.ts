/**
 * An XLSX workbook → raw tables, one per sheet that reads as actors or collaborations (by its
 * headers, so "Aktører", "Actors" and Kumu's "Elements" all work). read-excel-file's universal
 * build is loaded on demand; it needs no DOM, so it runs in a worker as well.
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

export async function xlsxTables(
  file: ImportFile,
  warn: (p: ImportProblem) => void,
): Promise<RawTable[]> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    const bytes = file.bytes;
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    sheets = await readXlsxFile(buffer as ArrayBuffer, { trim: false });
  } catch (e) {
    const code = e && typeof e === 'object' && 'code' in e ? String(e.code) : undefined;
    return fail({ code: 'invalid-xlsx', file: file.name, value: code });
  }
  const tables: RawTable[] = [];
  for (const { sheet, data } of sheets) {
    const rows = (data as Cell[][]).map((r) => r.map(cellText));
    if (rows.every((r) => r.every((c) => c.trim() === ''))) continue;
    try {
      tables.push(
        tableFromRows(rows, file.name, (i) => ({ file: file.name, sheet, row: i + 1 }), sheet),
      );
    } catch (e) {
      if (!(e instanceof ImportFailure) || e.problem.code !== 'unknown-columns') throw e;
      warn({ ...e.problem, code: 'ignored-sheet' });
    }
  }
  if (tables.length === 0) fail({ code: 'unknown-columns', file: file.name });
  return tables;
}
