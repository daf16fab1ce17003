/**
 * The culture school's own place, so a culture school elsewhere reads as a neighbour
 * ("Sørvik kulturskole" in the map of "Kulturskolen i Eksempel kommune").
 */
import { nameWords } from './names';
import type { MapDocument, Template } from './types';

/** Words that name what a culture school is, not where it is. */
const NOT_PLACE = new Set([
  'i',
  'og',
  'på',
  'ved',
  'for',
  'kommune',
  'kommunes',
  'kommunale',
  'kommunal',
  'kommunen',
  'interkommunale',
  'interkommunal',
  'musikk',
  'kunst',
  'kultur',
  'dans',
  'teater',
  'skole',
  'skule',
  'the',
  'of',
  'in',
  'and',
  'school',
  'culture',
  'music',
  'arts',
  'municipality',
]);

/** The words of a culture school's name that say where it is ("Sørvik"), lower case. */
export function placeWords(template: Template, name: string): string[] {
  const single = template.focal.keywords.filter((k) => !k.includes(' '));
  const inPhrase = new Set(template.focal.keywords.flatMap((k) => k.split(' ')));
  return nameWords(name).filter(
    (w) => !NOT_PLACE.has(w) && !inPhrase.has(w) && !single.some((k) => w.includes(k)),
  );
}

/** Both name a place, and no place word is shared. */
export function isElsewhere(template: Template, name: string, home: string): boolean {
  const here = new Set(placeWords(template, home));
  const there = placeWords(template, name);
  return here.size > 0 && there.length > 0 && !there.some((w) => here.has(w));
}

/**
 * The name that says where the map's culture school is: the focal actor's, else an actor of the
 * focal type, else the map's name when it names a culture school. `undefined` when none does,
 * since a new map's first culture school is the school itself, whatever the map is called.
 */
export function homeName(doc: MapDocument, template: Template): string | undefined {
  const id = doc.map.focalActorId;
  const focal = id !== null && Object.hasOwn(doc.actors, id) ? doc.actors[id] : undefined;
  if (focal) return focal.name;
  const typed = Object.values(doc.actors).find((a) => a.typeId === template.focal.typeId);
  if (typed) return typed.name;
  const mapWords = nameWords(doc.map.name).join(' ');
  return template.focal.keywords.some((k) => mapWords.includes(k)) ? doc.map.name : undefined;
}
