import { nameWords } from './names';
import { CUSTOM_SECTOR, CUSTOM_TYPE, type Locale, type Template, type TemplateType } from './types';

export interface TypeRef {
  sectorId: string;
  typeId: string;
}

export function findType(template: Template, typeId: string): TemplateType | undefined {
  for (const s of template.sectors) {
    const t = s.types.find((x) => x.id === typeId);
    if (t) return t;
  }
  return undefined;
}

export function sectorOfType(template: Template, typeId: string): string | undefined {
  return template.sectors.find((s) => s.types.some((t) => t.id === typeId))?.id;
}

/** Sector ids in display order, the focal sector first and the custom sector last. */
export function sectorOrder(template: Template): string[] {
  return [template.focal.sectorId, ...template.sectors.map((s) => s.id), CUSTOM_SECTOR];
}

export function sectorLabel(template: Template, sectorId: string, locale: Locale): string | null {
  if (sectorId === template.focal.sectorId) return template.focal.sectorLabels[locale];
  return template.sectors.find((s) => s.id === sectorId)?.labels[locale] ?? null;
}

export function typeLabel(template: Template, typeId: string, locale: Locale): string | null {
  if (typeId === template.focal.typeId) return template.focal.labels[locale];
  return findType(template, typeId)?.labels[locale] ?? null;
}

export function purposeLabel(template: Template, purposeId: string, locale: Locale): string {
  return template.purposes.find((p) => p.id === purposeId)?.labels[locale] ?? purposeId;
}

/** Keywords of 4 letters or fewer ("nav", "ppt") must start a word; longer ones may sit inside. */
function keywordHits(words: readonly string[], text: string, kw: string): boolean {
  if (kw.includes(' ')) return text.includes(kw);
  return kw.length <= 4 ? words.some((w) => w.startsWith(kw)) : words.some((w) => w.includes(kw));
}

/**
 * Guesses sector and type from a name by the template's keywords, so Norwegian compounds and
 * definite forms work ("Biblioteket" → library, "Krimfestivalen" → festival). The longest keyword
 * wins, and the focal type competes too, which keeps "Kulturskolen" from reading as a school.
 */
export function guessType(template: Template, name: string): TypeRef | null {
  const words = nameWords(name);
  const text = words.join(' ');
  let best: TypeRef | null = null;
  let score = 0;
  const consider = (sectorId: string, typeId: string, keywords: readonly string[]) => {
    for (const kw of keywords) {
      if (kw.length > score && keywordHits(words, text, kw)) {
        best = { sectorId, typeId };
        score = kw.length;
      }
    }
  };
  consider(template.focal.sectorId, template.focal.typeId, template.focal.keywords);
  for (const sector of template.sectors) {
    for (const type of sector.types) consider(sector.id, type.id, type.keywords);
  }
  return best;
}

export const CUSTOM_TYPE_REF: TypeRef = { sectorId: CUSTOM_SECTOR, typeId: CUSTOM_TYPE };
