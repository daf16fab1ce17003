/**
 * Whether two versions of a map differ only in where actors stand (and when that was changed).
 * Views that ignore places, like the gap analysis, keep their results across a layout settling
 * or a drag: on a 5,000-actor map the analysis took a sixth of a second each time.
 */
import type { Actor, MapDocument, PartnerMap } from './types';

const PLACE_FIELDS = new Set(['position', 'updatedAt']);

function sameBut<T extends object>(a: T, b: T, ignored: ReadonlySet<string>): boolean {
  const ka = Object.keys(a) as (keyof T & string)[];
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!ignored.has(k) && a[k] !== b[k]) return false;
  return true;
}

export function differsInPlacesOnly(a: MapDocument, b: MapDocument): boolean {
  if (a === b) return true;
  if (
    a.collaborations !== b.collaborations ||
    a.activities !== b.activities ||
    a.views !== b.views ||
    !sameBut<PartnerMap>(a.map, b.map, new Set(['updatedAt']))
  )
    return false;
  if (a.actors === b.actors) return true;
  const ids = Object.keys(a.actors);
  if (ids.length !== Object.keys(b.actors).length) return false;
  for (const id of ids) {
    const x = a.actors[id] as Actor;
    const y = b.actors[id];
    if (!y) return false;
    if (x !== y && !sameBut<Actor>(x, y, PLACE_FIELDS)) return false;
  }
  return true;
}
