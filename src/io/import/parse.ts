/**
 * Stage 1 of an import: files → a validated `ParsedImport`, or the one structural error that
 * rejects them all. Nothing here touches the database or the DOM.
 */
import type { Template } from '../../domain/types';
import { csvTable } from '../csv/parse';
import { gexfTables } from '../gexf/parse';
import { graphmlTables } from '../graphml/parse';
import { parseNativeJson } from '../json/backup';
import { decodeText } from '../text/decode';
import { isEncryptedWorkbook } from '../xlsx/encrypted';
import { xlsxTables } from '../xlsx/parse';
import { detectFormat } from './detect';
import { fail, ImportFailure } from './failure';
import { buildGraph, type RawTable } from './graph';
import { bounded } from './quote';
import type {
  ImportFile,
  ImportProblem,
  ImportResult,
  IncomingGraph,
  NativeImport,
  ParsedImport,
  ParseOptions,
} from './types';

/** Largest file read, in bytes: well above any real partner map, well below a browser's memory. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export async function parseImport(
  files: readonly ImportFile[],
  template: Template,
  opts: ParseOptions = {},
): Promise<ImportResult<ParsedImport>> {
  try {
    return { ok: true, value: await parseAll(files, template, opts) };
  } catch (e) {
    if (e instanceof ImportFailure) return { ok: false, error: e.problem };
    throw e;
  }
}

async function parseAll(
  files: readonly ImportFile[],
  template: Template,
  { signal, onProgress, map }: ParseOptions,
): Promise<ParsedImport> {
  if (files.length === 0) fail({ code: 'no-files', file: '' });
  const checkAbort = (file: string) => signal?.aborted && fail({ code: 'aborted', file });
  const formats = files.map((f) => {
    if (f.bytes.length > MAX_FILE_BYTES) {
      fail({ code: 'file-too-large', file: f.name, limit: MAX_FILE_BYTES });
    }
    if (f.bytes.length === 0) fail({ code: 'empty-file', file: f.name });
    const format = detectFormat(f);
    if (format === 'xls') {
      // A password-protected .xlsx is an OLE file like .xls: the advice differs.
      const code = isEncryptedWorkbook(f.bytes) ? 'xlsx-encrypted' : 'xls-not-supported';
      fail({ code, file: f.name });
    }
    if (!format) fail({ code: 'unknown-format', file: f.name });
    return format as Exclude<typeof format, 'xls' | null>;
  });
  const first = formats[0];
  const isTable = (f: typeof first) => f === 'csv' || f === 'xlsx';
  // JSON files go together, CSV and XLSX tables go together, a graph file comes alone.
  const mixed =
    first === 'samspill-json'
      ? formats.findIndex((f) => f !== first)
      : isTable(first)
        ? formats.findIndex((f) => !isTable(f))
        : files.length > 1
          ? 1
          : -1;
  if (mixed >= 0) fail({ code: 'mixed-formats', file: files[mixed]?.name ?? '' });

  const warnings: ImportProblem[] = [];
  const warn = (p: ImportProblem) => warnings.push(bounded(p));
  const progress = (done: number) => onProgress?.(Math.min(1, done / (files.length + 1)));
  progress(0);

  if (first === 'samspill-json') {
    const parts: NativeImport[] = [];
    for (const [i, f] of files.entries()) {
      checkAbort(f.name);
      parts.push(parseNativeJson(decodeText(f.bytes).text, f.name));
      progress(i + 1);
    }
    const native = mergeNative(parts);
    onProgress?.(1);
    return native;
  }

  const tables: RawTable[] = [];
  for (const [i, f] of files.entries()) {
    checkAbort(f.name);
    const format = formats[i];
    if (format === 'csv') tables.push(csvTable(f, warn));
    else if (format === 'xlsx') tables.push(...(await xlsxTables(f, warn)));
    else {
      const { text } = decodeText(f.bytes);
      if (text.trim() === '') fail({ code: 'empty-file', file: f.name });
      tables.push(...(await (format === 'gexf' ? gexfTables : graphmlTables)(text, f.name)));
    }
    progress(i + 1);
  }
  checkAbort(files[0]?.name ?? '');
  const graph = buildGraph({
    format: first as IncomingGraph['format'],
    files: files.map((f) => f.name),
    tables,
    warnings,
    template,
    signal,
    ...(map ? { map } : {}),
  });
  onProgress?.(1);
  return graph;
}

/** Several JSON files dropped together: their maps side by side; a map id may come only once. */
function mergeNative(parts: NativeImport[]): NativeImport {
  const [head, ...rest] = parts as [NativeImport, ...NativeImport[]];
  const seen = new Set(head.maps.map((m) => m.doc.map.id));
  for (const part of rest) {
    for (const m of part.maps) {
      if (seen.has(m.doc.map.id)) {
        fail({
          code: 'duplicate-id',
          file: part.files[0] ?? '',
          field: 'map.id',
          value: m.doc.map.id,
        });
      }
      seen.add(m.doc.map.id);
    }
  }
  return {
    ...head,
    format: parts.some((p) => p.format === 'samspill-backup') ? 'samspill-backup' : head.format,
    files: parts.flatMap((p) => p.files),
    maps: parts.flatMap((p) => p.maps),
    templates: parts.flatMap((p) => p.templates),
    warnings: parts.flatMap((p) => p.warnings),
  };
}
