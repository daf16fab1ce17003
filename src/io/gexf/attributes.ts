/**
 * The attributes Samspill writes for each actor and collaboration in GEXF and GraphML. Names are
 * column aliases (src/io/csv/columns), so importing reads them back like spreadsheet columns.
 * Template ids, not labels: graph tools colour by them, and they do not depend on a language.
 */
import type { Actor, Collaboration } from '../../domain/types';
import { customHeader } from '../csv/columns';
import { joinValues, xmlSafe } from '../text/cells';

export type AttributeValue = string | number | boolean;

/** Null-prototype records: a custom field called "toString" must not meet Object.prototype. */
function record(entries: [string, AttributeValue | null | undefined][]) {
  const out: Record<string, AttributeValue> = Object.create(null);
  for (const [k, v] of entries) {
    if (v === null || v === undefined || v === '') continue;
    out[k] = typeof v === 'string' ? xmlSafe(v) : v;
  }
  return out;
}

const customEntries = (custom: Record<string, string>, kind: 'actors' | 'collaborations') =>
  Object.entries(custom).map(([k, v]): [string, string] => [xmlSafe(customHeader(k, kind)), v]);

export function actorAttributes(a: Actor): Record<string, AttributeValue> {
  return record([
    ['kind', a.kind],
    ['sector', a.sectorId],
    ['type', a.typeId],
    ['description', a.description],
    ['tags', a.tags.length ? joinValues(a.tags) : ''],
    ['power', a.power],
    ['interest', a.interest],
    ['contact', a.contact.name],
    ['role', a.contact.role],
    ['email', a.contact.email],
    ['phone', a.contact.phone],
    ['pinned', a.position ? a.position.pinned : null],
    ['ageGroups', a.ageGroups.length ? joinValues(a.ageGroups) : ''],
    ['extraRoles', a.extraTypeIds.length ? joinValues(a.extraTypeIds) : ''],
    ...customEntries(a.custom, 'actors'),
  ]);
}

export function collaborationAttributes(c: Collaboration): Record<string, AttributeValue> {
  return record([
    ['strength', c.strength],
    ['status', c.status],
    ['purposes', c.purposeIds.length ? joinValues(c.purposeIds) : ''],
    ['frequency', c.frequency],
    ['start', c.startDate],
    ['end', c.endDate],
    ['responsible', c.responsible],
    ['notes', c.notes],
    ['nextStep', c.nextStep],
    ['nextStepDate', c.nextStepDate],
    ...customEntries(c.custom, 'collaborations'),
  ]);
}

/** Screen y grows downwards, Gephi's upwards. `0 - y` also keeps 0 from turning into -0. */
export const flipY = (y: number): number => 0 - y;
