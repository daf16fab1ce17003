/**
 * Cell-level conventions shared by CSV, XLSX, GEXF and GraphML: formula escaping, `|`-separated
 * lists, XML-safe text and names that must never become object keys.
 */

const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;

/**
 * A cell a spreadsheet would read as a formula gets a leading apostrophe (docs/architecture.md). Cells that
 * already start with apostrophes before such a character get one more, so `unescapeCell` can undo
 * exactly one and every value round-trips.
 */
export const escapeCell = (value: string): string =>
  FORMULA_START.test(value) ? `'${value}` : value;

export const unescapeCell = (value: string): string =>
  ESCAPED_FORMULA.test(value) ? value.slice(1) : value;

/**
 * Multiple values in one cell are separated by `|` (Kumu's convention). A `|` or `\` inside a value
 * is written `\|` or `\\`; any other backslash is kept as typed, so `C:\data` survives.
 */
export function joinValues(values: readonly string[]): string {
  return values.map((v) => v.replace(/[\\|]/g, (c) => `\\${c}`)).join('|');
}

/** Splits a `|` list; pieces are trimmed and empty ones dropped. */
export function splitValues(cell: string): string[] {
  const out: string[] = [];
  let piece = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    const next = cell[i + 1];
    if (c === '\\' && (next === '|' || next === '\\')) {
      piece += next;
      i++;
    } else if (c === '|') {
      out.push(piece);
      piece = '';
    } else {
      piece += c;
    }
  }
  out.push(piece);
  return out.map((p) => p.trim()).filter(Boolean);
}

/** Characters XML 1.0 cannot hold (C0 controls but tab and line ends, U+FFFE/F, lone surrogates). */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what XML forbids.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text safe to put in an XML file (GEXF, GraphML, the sheets inside XLSX). */
export const xmlSafe = (value: string): string => value.replace(NOT_XML, '');

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** Names that would touch an object's prototype if used as a key; a file never gets to use them. */
export const isReservedKey = (key: string): boolean => RESERVED.has(key);
