import * as Y from 'yjs';

/**
 * How a shared map lies in a Y.Doc (docs/sharing.md): one Y.Map per table, keyed by record id,
 * holding one Y.Map of fields per record. Field values are plain JSON (a position or a contact is
 * one value), so two people changing different fields of one record both keep their change.
 * A deleted record's id stays in the table's tombstones, so a late edit never brings it back.
 */
export type Table = 'map' | 'actors' | 'collaborations' | 'activities' | 'views';
export type RecordTable = Exclude<Table, 'map'>;

export const RECORD_TABLES: readonly RecordTable[] = [
  'actors',
  'collaborations',
  'activities',
  'views',
];
export const TABLES: readonly Table[] = ['map', ...RECORD_TABLES];

/** The origin of this device's own transactions: observers skip them. */
export const LOCAL_ORIGIN: unique symbol = Symbol('samspill-local');

/** A record as Yjs stores it: its fields. */
export type Fields = Y.Map<unknown>;

export const tableOf = (ydoc: Y.Doc, table: Table): Y.Map<unknown> => ydoc.getMap(table);
export const tombstonesOf = (ydoc: Y.Doc, table: Table): Y.Map<boolean> =>
  ydoc.getMap(`deleted:${table}`);

/** The fields of a record, or undefined when the table has none (or something that is not one). */
export function fieldsOf(ydoc: Y.Doc, table: Table, id: string): Fields | undefined {
  const value = tableOf(ydoc, table).get(id);
  return value instanceof Y.Map ? (value as Fields) : undefined;
}

/**
 * The name of each root type. A root that arrives in an update before this device asked for it is
 * a plain placeholder until `getMap` replaces it with another object, so types are matched by name.
 */
export function rootNames(ydoc: Y.Doc): Map<unknown, string> {
  const names = new Map<unknown, string>();
  for (const [name, type] of ydoc.share) names.set(type, name);
  return names;
}

const isTable = (name: string | undefined): name is Table =>
  name !== undefined && (TABLES as readonly string[]).includes(name);

/** The table a root type is, and for a record's field map, its table and id. */
export function placeOf(
  names: Map<unknown, string>,
  type: unknown,
): { table: Table; id: string | null } | null {
  const root = names.get(type);
  if (isTable(root)) return { table: root, id: null };
  const item = (type as Y.AbstractType<unknown>)._item;
  if (!item || typeof item.parentSub !== 'string') return null;
  const parent = names.get(item.parent);
  return isTable(parent) ? { table: parent, id: item.parentSub } : null;
}

/** Asks for every root type, so that none stays a placeholder (see `rootNames`). */
export function ensureTables(ydoc: Y.Doc): void {
  for (const table of TABLES) {
    tableOf(ydoc, table);
    tombstonesOf(ydoc, table);
  }
}
