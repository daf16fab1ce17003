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

export type NameMatch = { id: string; by: 'name' | 'focal' } | { ambiguous: string[] } | null;

export interface NameIndex {
  find(name: string, kind: ActorKind | undefined): NameMatch;
}

/** Enough of an actor to match a name against it. */
export type Named = Pick<Actor, 'id' | 'name' | 'kind'>;

/**
 * The culture school's short name: the first words of its name ("Kulturskolen" for
 * "Kulturskolen i Eksempel kommune"), the last of them in either form ("Kulturskole"), as quick-add
 * accepts it. Only when no other actor's name begins the same way.
 */
function shortNameMatcher(actors: readonly Named[], focalId: string | null) {
  const focal = focalId === null ? undefined : actors.find((a) => a.id === focalId);
  if (!focal || focal.kind === 'person') return () => false;
  const words = matchKey(focal.name).split(' ');
  const begins = (full: string, key: string, count: number) => {
    const head = full.split(' ', count + 1);
    return head.length > count && looseKey(head.slice(0, count).join(' ')) === key;
  };
  const cache = new Map<string, boolean>();
  return (name: string): boolean => {
    const key = looseKey(name);
    const count = key ? key.split(' ').length : 0;
    if (count === 0 || count >= words.length) return false;
    if (looseKey(words.slice(0, count).join(' ')) !== key) return false;
    let found = cache.get(key);
    if (found === undefined) {
      found = !actors.some((a) => a.id !== focal.id && begins(matchKey(a.name), key, count));
      cache.set(key, found);
    }
    return found;
  };
}

export function nameIndex(actors: readonly Named[], focalId: string | null = null): NameIndex {
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
  const isShort = shortNameMatcher(actors, focalId);
  return {
    find(name, kind) {
      const found = pick(exact.get(matchKey(name)));
      if (found || kind === 'person') return found;
      const loosely = pick(loose.get(looseKey(name)));
      if (loosely || focalId === null || !isShort(name)) return loosely;
      return { id: focalId, by: 'focal' };
    },
  };
}
