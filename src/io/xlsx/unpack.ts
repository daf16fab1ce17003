/**
 * An XLSX file → the parts read-excel-file needs, every one inflated once, within the limits and
 * checked, repacked as a stored (uncompressed) ZIP for the reader. So the reader never sees the
 * original archive, unzips by copying, and never starts fflate's inflate workers (blob: URLs,
 * which the app's Content-Security-Policy does not allow).
 */
import { type Zippable, zipSync } from 'fflate';
import { fail, ImportFailure } from '../import/failure';
import type { ImportFile } from '../import/types';
import { checkXmlShape } from '../text/xmlShape';
import { checkCells, checkSizes } from './limits';
import { WORKBOOK, WORKBOOK_RELS, workbookStructure } from './workbook';
import { inflateEntry, type ZipEntry, ZipError, zipEntries } from './zip';

export interface Unpacked {
  /** A stored ZIP of the checked parts. */
  zip: Uint8Array<ArrayBuffer>;
  /** Sheets that are not worksheets: the reader gives them no rows. */
  otherSheets: ReadonlySet<string>;
}

function zipProblem(file: string, e: unknown): never {
  if (!(e instanceof ZipError)) throw e;
  if (e.kind === 'encrypted') return fail({ code: 'xlsx-encrypted', file });
  // An entry without a name has nothing to quote: the archive itself is damaged.
  if (!e.entry) return fail({ code: 'invalid-xlsx', file });
  return fail({ code: 'xlsx-damaged-part', file, value: e.entry });
}

/** Parts nest 6–8 deep and Excel writes no comments; the size caps bound the element count. */
const PART_LIMITS = { maxDepth: 64, maxElements: Number.MAX_SAFE_INTEGER, maxMarkup: 10_000 };

/**
 * The reader's XML parser reports a broken part as "unclosed tag" with no part or line: the
 * shared pre-check names both.
 */
function checkWellFormed(xml: string, file: string, part: string, sheet?: string): void {
  try {
    checkXmlShape(xml, file, PART_LIMITS);
  } catch (e) {
    if (!(e instanceof ImportFailure)) throw e;
    const { line, value = e.problem.code } = e.problem;
    const where =
      sheet === undefined ? { file, value: `${part}: ${value}` } : { file, sheet, value };
    fail({ code: 'xlsx-damaged', ...where, ...(line === undefined ? {} : { line }) });
  }
}

export function unpackWorkbook(file: ImportFile): Unpacked {
  let entries: Map<string, ZipEntry>;
  try {
    entries = zipEntries(file.bytes);
  } catch (e) {
    return zipProblem(file.name, e);
  }
  const entry = (part: string) => {
    const found = entries.get(part);
    return found ?? fail({ code: 'xlsx-missing-part', file: file.name, value: part });
  };
  const inflated = new Map<string, Uint8Array>();
  const inflate = (part: ZipEntry) => {
    try {
      const bytes = inflateEntry(file.bytes, part);
      inflated.set(part.name, bytes);
      return bytes;
    } catch (e) {
      return zipProblem(file.name, e);
    }
  };
  const decoder = new TextDecoder();
  const text = (part: string) => {
    const e = entry(part);
    checkSizes(file.name, [e]);
    return decoder.decode(inflated.get(part) ?? inflate(e));
  };

  const workbookXml = text(WORKBOOK);
  const structure = workbookStructure(
    workbookXml,
    text(WORKBOOK_RELS),
    (part) => entries.has(part),
    file.name,
  );
  const parts = [...structure.parts].map(entry);
  checkSizes(file.name, parts);

  const files: Zippable = Object.create(null);
  for (const part of parts) {
    const bytes = inflated.get(part.name) ?? inflate(part);
    const xml = part.name === WORKBOOK ? workbookXml : decoder.decode(bytes);
    const sheet = structure.sheetOfPart.get(part.name);
    checkCells(xml, file.name, part.name, sheet);
    checkWellFormed(xml, file.name, part.name, sheet);
    files[part.name] = bytes;
  }
  return { zip: zipSync(files, { level: 0 }), otherSheets: structure.otherSheets };
}
