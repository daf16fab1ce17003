import { isElsewhere } from './homePlace';
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

function sectorOfType(template: Template, typeId: string): string | undefined {
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

/** The longest of `keywords` found in the name if it is longer than `above`, else `above`. */
function longestHit(
  words: readonly string[],
  text: string,
  keywords: readonly string[],
  above: number,
): number {
  let n = above;
  for (const kw of keywords) if (kw.length > n && keywordHits(words, text, kw)) n = kw.length;
  return n;
}

/** The type a company name falls back to when no keyword says more. */
const COMPANY_TYPE = 'business';
/** The type a culture school of another place is: the map's own school is the focal actor. */
const NEIGHBOUR_TYPE = 'neighbour-municipalities';

/**
 * "&" anywhere ("Hansen & Sønn", "Berg&Co"), or the legal form AS or ASA as a word of its own in
 * capitals as registered ("Equinor ASA"), never inside a word ("Aspvik", "Vasa"). Read from the
 * name as typed, since the keyword words are lower-cased.
 */
const COMPANY_MARK = /&|(?:^|[^\p{L}\p{N}])ASA?(?![\p{L}\p{N}])/u;

/**
 * Guesses sector and type from a name by the template's keywords, so Norwegian compounds and
 * definite forms work ("Biblioteket" → library, "Krimfestivalen" → festival). The longest keyword
 * wins, and the focal type competes too, which keeps "Kulturskolen" from reading as a school.
 * Only a name no keyword matches is read as a company by its legal form or "&": a festival or
 * concert hall run as an AS keeps its type, and so does "Sparebank 1 Nord-Norge ASA".
 * `home` names the map's own culture school (see `homeName`): a culture school of another place
 * is a neighbour municipality's.
 */
export function guessType(template: Template, name: string, home?: string): TypeRef | null {
  const words = nameWords(name);
  const text = words.join(' ');
  const { focal } = template;
  let score = longestHit(words, text, focal.keywords, 0);
  let best: TypeRef | null = score > 0 ? { sectorId: focal.sectorId, typeId: focal.typeId } : null;
  for (const sector of template.sectors) {
    for (const type of sector.types) {
      const n = longestHit(words, text, type.keywords, score);
      if (n > score) {
        best = { sectorId: sector.id, typeId: type.id };
        score = n;
      }
    }
  }
  if (best?.typeId === focal.typeId && home !== undefined && isElsewhere(template, name, home)) {
    const sectorId = sectorOfType(template, NEIGHBOUR_TYPE);
    return sectorId ? { sectorId, typeId: NEIGHBOUR_TYPE } : best;
  }
  if (best || !COMPANY_MARK.test(name)) return best;
  const sectorId = sectorOfType(template, COMPANY_TYPE);
  return sectorId ? { sectorId, typeId: COMPANY_TYPE } : null;
}

export const CUSTOM_TYPE_REF: TypeRef = { sectorId: CUSTOM_SECTOR, typeId: CUSTOM_TYPE };
