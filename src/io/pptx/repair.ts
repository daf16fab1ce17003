/**
 * Post-processing of the file pptxgenjs 4.0.1 writes. Only part names and one constant
 * attribute are touched; no user text is rewritten.
 * - The table range of a chart's embedded workbook has a stray apostrophe (ref="A1:B6'");
 *   PowerPoint and LibreOffice ignore it, but Keynote and Quick Look drop the whole chart
 *   (gitbrent/PptxGenJS#1531).
 * - Chart parts are numbered by a module-wide counter, so the second deck of a session has
 *   chart2.xml and no chart1.xml; renumbered from 1 so every export has the same structure.
 */
import type JSZip from 'jszip';

const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const BAD_REF = /(<table\b[^>]*\bref="[A-Z]+\d+:[A-Z]+\d+)'"/;

async function fixWorkbook(JSZipClass: typeof JSZip, data: Uint8Array): Promise<Uint8Array | null> {
  const book = await JSZipClass.loadAsync(data);
  let changed = false;
  for (const path of Object.keys(book.files)) {
    if (!/^xl\/tables\/table\d+\.xml$/.test(path)) continue;
    const xml = await book.file(path)?.async('string');
    if (xml === undefined || !BAD_REF.test(xml)) continue;
    book.file(path, xml.replace(BAD_REF, '$1"'));
    changed = true;
  }
  return changed ? book.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) : null;
}

const CHART_FILES = [
  /^(ppt\/charts\/chart)(\d+)(\.xml)$/,
  /^(ppt\/charts\/_rels\/chart)(\d+)(\.xml\.rels)$/,
  /^(ppt\/embeddings\/Microsoft_Excel_Worksheet)(\d+)(\.xlsx)$/,
];
const CHART_REFS = [/(charts\/chart)(\d+)(\.xml)/g, /(Microsoft_Excel_Worksheet)(\d+)(\.xlsx)/g];
const REFERRING = /^(\[Content_Types\]\.xml|ppt\/(slides|charts)\/_rels\/[^/]+\.rels)$/;

async function renumberCharts(deck: JSZip): Promise<void> {
  const ids = Object.keys(deck.files)
    .map((p) => CHART_FILES[0]?.exec(p)?.[2])
    .filter((id): id is string => id !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  const next = new Map(ids.map((id, i) => [String(id), String(i + 1)]));
  if (ids.every((id, i) => id === i + 1)) return;
  const renumber = (_: string, head: string, id: string, tail: string) =>
    `${head}${next.get(id) ?? id}${tail}`;

  const moves: [string, string, Uint8Array][] = [];
  for (const path of Object.keys(deck.files)) {
    for (const pattern of CHART_FILES) {
      if (!pattern.test(path)) continue;
      const data = await deck.file(path)?.async('uint8array');
      if (data) moves.push([path, path.replace(pattern, renumber), data]);
    }
  }
  // Remove all first: a new name may equal an old one.
  for (const [from] of moves) deck.remove(from);
  for (const [, to, data] of moves) deck.file(to, data);
  for (const path of Object.keys(deck.files)) {
    if (!REFERRING.test(path)) continue;
    const xml = await deck.file(path)?.async('string');
    if (xml === undefined) continue;
    const fixed = CHART_REFS.reduce((text, ref) => text.replace(ref, renumber), xml);
    if (fixed !== xml) deck.file(path, fixed);
  }
}

/** The deck, with chart workbooks repaired, as the requested output type (compressed). */
export async function finishDeck(
  JSZipClass: typeof JSZip,
  raw: ArrayBuffer,
  output: 'blob' | 'arraybuffer',
): Promise<Blob | ArrayBuffer> {
  const deck = await JSZipClass.loadAsync(raw);
  await renumberCharts(deck);
  for (const path of Object.keys(deck.files)) {
    if (!/^ppt\/embeddings\/[^/]+\.xlsx$/.test(path)) continue;
    const data = await deck.file(path)?.async('uint8array');
    const fixed = data && (await fixWorkbook(JSZipClass, data));
    if (fixed) deck.file(path, fixed);
  }
  const options = { compression: 'DEFLATE' as const, mimeType: PPTX_MIME };
  return output === 'blob'
    ? deck.generateAsync({ ...options, type: 'blob' })
    : deck.generateAsync({ ...options, type: 'arraybuffer' });
}
