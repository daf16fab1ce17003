/**
 * write-excel-file 4.1 indexes its shared strings in a plain object, so a cell whose text is a
 * name `{}` already has (`toString`, `constructor`, `__proto__`, …) is written as the built-in's
 * source text and the workbook no longer reads. Such cells are written as unique placeholders and
 * put back into xl/sharedStrings.xml afterwards. Rare, so the common export is not re-zipped.
 */
import type { Zippable } from 'fflate';

const BUILT_IN = {} as Record<string, unknown>;

export const collides = (text: string) => text in BUILT_IN;

export interface Placeholders {
  /** The cell text to hand to the writer. */
  stand(text: string): string;
  /** The written workbook with every placeholder replaced by its text. */
  restore(workbook: Blob): Promise<Blob>;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `taken` is every text of the export: a placeholder must not be one of them. */
export function placeholders(taken: (text: string) => boolean): Placeholders {
  const texts = new Map<string, string>();
  let prefix = '\uE000samspill-';
  while (taken(prefix)) prefix += '\uE000';
  return {
    stand(text) {
      if (!collides(text)) return text;
      const key = `${prefix}${texts.size}\uE001`;
      texts.set(key, text);
      return key;
    },
    async restore(workbook) {
      if (texts.size === 0) return workbook;
      const { strFromU8, strToU8, unzipSync, zipSync } = await import('fflate');
      const parts: Zippable = unzipSync(new Uint8Array(await workbook.arrayBuffer()));
      const name = 'xl/sharedStrings.xml';
      const shared = parts[name];
      if (!(shared instanceof Uint8Array)) throw new Error(`${name} is missing`);
      let xml = strFromU8(shared);
      for (const [key, text] of texts) xml = xml.split(key).join(escapeXml(text));
      parts[name] = strToU8(xml);
      return new Blob([zipSync(parts) as BlobPart], { type: workbook.type });
    },
  };
}
