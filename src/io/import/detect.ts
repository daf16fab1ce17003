/**
 * Which format a file is, from its bytes (the extension is only a tie-breaker): a ZIP is XLSX,
 * `{` is JSON, XML is GEXF or GraphML by its root element, and other text is CSV.
 */
import type { ImportFile, ImportFormat } from './types';

const SNIFF_BYTES = 64 * 1024;

export type Detected = ImportFormat | 'xls' | null;

export function detectFormat(file: ImportFile): Detected {
  const b = file.bytes;
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'xlsx';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'xls';
  const utf16 = (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
  const head = b.subarray(0, SNIFF_BYTES);
  if (!utf16 && head.includes(0)) return null;
  const decoder = new TextDecoder(utf16 ? (b[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8');
  const text = decoder
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return 'samspill-json';
  if (text.startsWith('<')) {
    const root = /<(?!\?|!)([\w.-]+:)?([\w.-]+)/.exec(text)?.[2]?.toLowerCase();
    if (root === 'gexf') return 'gexf';
    if (root === 'graphml') return 'graphml';
    return null;
  }
  if (/\.json$/i.test(file.name)) return 'samspill-json';
  return 'csv';
}
