/**
 * Start tags of given names in a workbook's XML, found so that the limits see at least every tag
 * and attribute that read-excel-file's parser (saxen) will see. Every `<name` (any prefix) counts,
 * even inside a comment, CDATA or a quoted value: the reader parses a sheet in chunks, and a quote
 * whose partner lies in the next chunk is a plain character to it, so its tags can differ from a
 * whole-file reading. A tag runs to the first `>` outside quotes, as saxen reads it, or to the next
 * such start, which then goes on. One pass, linear time. Not an XML parser.
 */

const GT = 62;
const DQ = 34;
const SQ = 39;
const COLON = 58;
/** Longer than any cell, row or relationship tag a spreadsheet program writes. */
const MAX_TAG = 4096;

const isNameChar = (c: number) =>
  (c >= 48 && c <= 58) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  c === 45 ||
  c === 46 ||
  c === 95;

export type ScanResult = 'ok' | 'tag-too-long';

/**
 * Calls `onTag` with the local name and the span of the attribute text of every start tag named
 * one of `names` (after any prefix).
 */
export function scanStartTags(
  xml: string,
  names: readonly string[],
  onTag: (name: string, from: number, to: number) => void,
): ScanResult {
  const tagStart = new RegExp(`<(?:[\\w.:-]*:)?(${names.join('|')})(?=[\\s/>])`, 'g');
  let m = tagStart.exec(xml);
  while (m) {
    const from = m.index + m[0].length;
    const next = tagStart.exec(xml);
    const stop = next ? next.index : xml.length;
    let quote = 0;
    let x = from;
    for (; x < xml.length; x++) {
      if (x - m.index > MAX_TAG) return 'tag-too-long';
      const c = xml.charCodeAt(x);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === DQ || c === SQ) {
        quote = c;
      } else if (c === GT || x === stop) {
        break;
      }
    }
    onTag(m[1] ?? '', from, x);
    m = next;
  }
  return 'ok';
}

const TOKENS = new Map<string, string>();

/**
 * Calls `onValue` with the span of every value the reader could take for the attribute `name`
 * (any prefix) in `xml[from, to)`. Generous on purpose: a candidate inside another attribute's
 * value counts too.
 */
export function forEachAttribute(
  xml: string,
  from: number,
  to: number,
  name: string,
  onValue: (start: number, stop: number) => void,
): void {
  const token = TOKENS.get(name) ?? `${name}=`;
  TOKENS.set(name, token);
  for (let at = xml.indexOf(token, from); at !== -1 && at < to; at = xml.indexOf(token, at + 1)) {
    const before = xml.charCodeAt(at - 1);
    if (before !== COLON && isNameChar(before)) continue;
    // `xmlns:r` declares a namespace; the reader ignores it as an attribute.
    if (
      before === COLON &&
      xml.startsWith('xmlns:', at - 6) &&
      (at - 6 <= from || !isNameChar(xml.charCodeAt(at - 7)))
    ) {
      continue;
    }
    const quote = xml[at + token.length];
    if (quote !== '"' && quote !== "'") continue;
    const start = at + token.length + 1;
    const stop = xml.indexOf(quote, start);
    if (stop !== -1 && stop < to) onValue(start, stop);
  }
}

/** The values of `forEachAttribute`, as strings. */
export function attributeValues(xml: string, from: number, to: number, name: string): string[] {
  const values: string[] = [];
  forEachAttribute(xml, from, to, name, (start, stop) => values.push(xml.slice(start, stop)));
  return values;
}

const ENTITIES = new Map([
  ['amp', '&'],
  ['apos', "'"],
  ['gt', '>'],
  ['lt', '<'],
  ['quot', '"'],
]);

const reference = (whole: string, decimal?: string, hex?: string, name?: string) => {
  if (decimal) return String.fromCharCode(Number(decimal));
  if (hex) return String.fromCharCode(Number.parseInt(hex, 16));
  // saxen knows the five in lower and in upper case only.
  const key = name && name === name.toUpperCase() ? name.toLowerCase() : name;
  return (key && ENTITIES.get(key)) ?? whole;
};

/** An attribute value as the reader decodes it: character references, the five XML entities, `_xHHHH_`. */
export function decodeValue(value: string): string {
  const text = value.includes('&')
    ? value.replace(/&#(\d+);|&#x([0-9a-f]+);|&(\w+);/gi, reference)
    : value;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h) =>
    String.fromCharCode(Number.parseInt(h, 16)),
  );
}
