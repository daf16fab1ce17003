/** Read a built deck back: every XML part as text, nested chart workbooks included. */
import JSZip from 'jszip';
import { buildDeck } from '../../../src/io/pptx/deck';
import type { DeckInput } from '../../../src/io/pptx/types';

export interface Unzipped {
  zip: JSZip;
  /** path → text of every .xml and .rels part; workbook parts as "<xlsx path>!<inner path>". */
  xml: Map<string, string>;
}

async function xmlParts(zip: JSZip, prefix: string, into: Map<string, string>): Promise<void> {
  for (const [path, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    if (/\.(xml|rels)$/.test(path)) into.set(prefix + path, await file.async('string'));
    if (path.endsWith('.xlsx')) {
      const inner = await JSZip.loadAsync(await file.async('uint8array'));
      await xmlParts(inner, `${prefix}${path}!`, into);
    }
  }
}

export async function unzipDeck(input: DeckInput): Promise<Unzipped> {
  const buffer = (await buildDeck(input, 'arraybuffer')) as ArrayBuffer;
  const zip = await JSZip.loadAsync(buffer);
  const xml = new Map<string, string>();
  await xmlParts(zip, '', xml);
  return { zip, xml };
}

export function part(deck: Unzipped, path: string): string {
  const text = deck.xml.get(path);
  if (text === undefined) throw new Error(`missing part ${path}`);
  return text;
}

export const slidePaths = (deck: Unzipped) =>
  [...deck.xml.keys()].filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p));

/** Text of all <a:t> runs of a part, unescaped, joined by newlines. */
export function runs(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}
