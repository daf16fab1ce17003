/**
 * Which existing actor a name in a file means. Exact: case, spacing and a leading English "the"
 * do not count. Loose: also a Norwegian definite ending on the last word ("Biblioteket" ~
 * "Bibliotek", "Kulturskolen" ~ "Kulturskole"), but never for people ("Hauge" and "Haugen" are
 * different families), never for short words, and only when exactly one actor fits.
 */
import { normalizeName } from '../../domain/names';
import type { Actor, ActorKind } from '../../domain/types';

export const matchKey = (name: string): string => normalizeName(name).replace(/^the\s+/, '');

const MIN_STEM = 4;

/** The last word without -en, -et or -e, so indefinite and definite forms meet. */
function stem(word: string): string {
  for (const ending of ['en', 'et', 'e']) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}

export function looseKey(name: string): string {
  const key = matchKey(name);
  const space = key.lastIndexOf(' ');
  const last = key.slice(space + 1);
  return /^\p{L}+$/u.test(last) ? `${key.slice(0, space + 1)}${stem(last)}` : key;
}

export type NameMatch = { id: string; by: 'name' } | { ambiguous: string[] } | null;

export interface NameIndex {
  find(name: string, kind: ActorKind | undefined): NameMatch;
}

export function nameIndex(actors: readonly Actor[]): NameIndex {
  const exact = new Map<string, string[]>();
  const loose = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, id: string) => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  for (const a of actors) {
    push(exact, matchKey(a.name), a.id);
    if (a.kind !== 'person') push(loose, looseKey(a.name), a.id);
  }
  const pick = (ids: string[] | undefined): NameMatch => {
    if (!ids || ids.length === 0) return null;
    return ids.length === 1 ? { id: ids[0] as string, by: 'name' } : { ambiguous: ids };
  };
  return {
    find(name, kind) {
      const found = pick(exact.get(matchKey(name)));
      if (found || kind === 'person') return found;
      return pick(loose.get(looseKey(name)));
    },
  };
}
