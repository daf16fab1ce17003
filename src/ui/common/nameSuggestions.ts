/**
 * Names offered while an actor's name is typed: a few that match what is typed, names that start
 * with it first, each group in Norwegian order. A list of every name (what a datalist held
 * before) cost a 5,000-actor map 5,000 DOM options on opening and helped no one.
 */
import { normalizeName } from '../../domain/names';

export interface Named {
  readonly id: string;
  readonly name: string;
}

/** How many names the search offers at most. */
export const SUGGESTIONS = 12;

const collator = new Intl.Collator('nb');
/** Records are replaced, never changed, when edited, so a key per record object stays right. */
const keys = new WeakMap<Named, string>();

function keyOf(record: Named): string {
  let key = keys.get(record);
  if (key === undefined) {
    key = normalizeName(record.name);
    keys.set(record, key);
  }
  return key;
}

/** The best matches for `query`: an exact name first, then names starting with it, then any. */
export function nameSuggestions<T extends Named>(
  records: Iterable<T>,
  query: string,
  limit = SUGGESTIONS,
): T[] {
  const q = normalizeName(query);
  if (!q) return [];
  const exact: T[] = [];
  const starts: T[] = [];
  const within: T[] = [];
  for (const r of records) {
    const key = keyOf(r);
    if (key === q) exact.push(r);
    else if (key.startsWith(q)) starts.push(r);
    else if (key.includes(q)) within.push(r);
  }
  const byName = (a: T, b: T) => collator.compare(a.name, b.name);
  return [...exact.sort(byName), ...starts.sort(byName), ...within.sort(byName)].slice(0, limit);
}
