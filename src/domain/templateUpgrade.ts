/**
 * Template version 1 → 2 for a map's actors (docs/gap-analysis.md, "Template version 2").
 * Version 1 had one "school" type for primary and lower-secondary schools; version 2 splits it,
 * since a kindergarten pairs with the first and a youth club with the second. The type is read
 * from the name; a combined school ("barne- og ungdomsskole", 1–10) counts for both, through an
 * extra role. Pure and idempotent: `restore()` runs it on every load, so files, IndexedDB rows
 * and saved versions all read as version 2.
 */
import { nameWords } from './names';
import type { Actor, MapDocument } from './types';

export const OLD_SCHOOL_TYPE = 'school';
export const PRIMARY_SCHOOL = 'primary-school';
export const LOWER_SECONDARY_SCHOOL = 'lower-secondary-school';
export const UPPER_SECONDARY_SCHOOL = 'upper-secondary';

const LOWER_SECONDARY =
  /ungdomsskole|ungdomsskule|ungdomstrinn|lower secondary|junior high|middle school/;
const PRIMARY = /barneskole|barneskule|barnetrinn|primary|elementary/;
const COMBINED = /1 10 skole|1 10 skule|oppvekstsenter|grunnskole|grunnskule|barne og ungdomssk/;
/** Version 1 read "videregående" as the music line; one set to "school" by hand is neither. */
const UPPER_SECONDARY = /videregående|vidaregåande|katedralskole|upper secondary|high school/;

/** The version-2 type (and extra roles) for an actor of the old "school" type. */
export function splitSchool(name: string): { typeId: string; extraTypeIds: string[] } {
  const text = nameWords(name).join(' ');
  const combined = COMBINED.test(text) || (PRIMARY.test(text) && LOWER_SECONDARY.test(text));
  if (UPPER_SECONDARY.test(text)) return { typeId: UPPER_SECONDARY_SCHOOL, extraTypeIds: [] };
  if (combined) return { typeId: PRIMARY_SCHOOL, extraTypeIds: [LOWER_SECONDARY_SCHOOL] };
  if (LOWER_SECONDARY.test(text)) return { typeId: LOWER_SECONDARY_SCHOOL, extraTypeIds: [] };
  return { typeId: PRIMARY_SCHOOL, extraTypeIds: [] };
}

function upgradeActor(actor: Actor): Actor {
  if (actor.typeId !== OLD_SCHOOL_TYPE) return actor;
  const split = splitSchool(actor.name);
  const extras = [...actor.extraTypeIds, ...split.extraTypeIds];
  return { ...actor, typeId: split.typeId, extraTypeIds: [...new Set(extras)] };
}

export function upgradeTemplateTypes(doc: MapDocument): MapDocument {
  if (!Object.values(doc.actors).some((a) => a.typeId === OLD_SCHOOL_TYPE)) return doc;
  const actors: Record<string, Actor> = {};
  for (const [id, actor] of Object.entries(doc.actors)) actors[id] = upgradeActor(actor);
  return { ...doc, actors };
}
