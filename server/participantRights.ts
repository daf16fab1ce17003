import * as Y from 'yjs';
import { actorSchema, collaborationSchema } from '../src/schema/schemas';
import {
  fieldsOf,
  placeOf,
  rootNames,
  TABLES,
  type Table,
  tableOf,
  tombstonesOf,
} from '../src/sync/model';
import { dropShadow, shadowOf } from './shadowDocs';

/**
 * What a participant (a phone in a workshop, issue 17) may do to a shared map: add actors and
 * collaborations that carry its owner value (`ownerOf` its id, server/token.ts) in `addedBy`, and
 * change or remove only those. Everything
 * else is refused, and the update is then not applied at all.
 */
export type ParticipantTable = 'actors' | 'collaborations';

const SCHEMAS = { actors: actorSchema, collaborations: collaborationSchema } as const;
const OWNER_FIELD = 'addedBy';
/** A phone adds names, not essays: far below the document limits, above any honest entry. */
export const MAX_PARTICIPANT_RECORD_BYTES = 8 * 1024;

export type RightsVerdict =
  | {
      ok: true /** Records added, changed or removed: what the entry rate counts. */;
      entries: number;
    }
  | { ok: false; problem: string };

const refuse = (problem: string): RightsVerdict => ({ ok: false, problem });

const isParticipantTable = (table: Table): table is ParticipantTable =>
  table === 'actors' || table === 'collaborations';

/** Root names the update may write under: a record table or its tombstones. */
function placeOfRoot(name: string): { table: Table; tombstone: boolean } | null {
  const tombstone = name.startsWith('deleted:');
  const table = (tombstone ? name.slice('deleted:'.length) : name) as Table;
  return TABLES.includes(table) ? { table, tombstone } : null;
}

function recordJson(doc: Y.Doc, table: Table, id: string): Record<string, unknown> | undefined {
  return fieldsOf(doc, table, id)?.toJSON() as Record<string, unknown> | undefined;
}

function checkRecord(
  table: ParticipantTable,
  id: string,
  raw: Record<string, unknown>,
  context: { mapId: string; owner: string; after: Y.Doc },
): string | undefined {
  const where = `${table}/${id}`;
  const schema = SCHEMAS[table];
  // Yjs would keep fields the schema strips: a record must hold nothing but known fields.
  const unknown = Object.keys(raw).find((key) => !Object.hasOwn(schema.shape, key));
  if (unknown !== undefined) return `${where}: unknown field "${unknown}"`;
  if (JSON.stringify(raw).length > MAX_PARTICIPANT_RECORD_BYTES) return `${where}: too large`;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return `${where}: invalid ${parsed.error.issues[0]?.path.join('.') || 'record'}`;
  }
  if (parsed.data.id !== id) return `${where}: id does not match its key`;
  if (parsed.data.mapId !== context.mapId) return `${where}: belongs to another map`;
  if (raw[OWNER_FIELD] !== context.owner) return `${where}: ${OWNER_FIELD} is not yours`;
  if (table === 'collaborations') {
    const { sourceId, targetId } = parsed.data as { sourceId: string; targetId: string };
    for (const end of [sourceId, targetId]) {
      if (!fieldsOf(context.after, 'actors', end)) return `${where}: no actor ${end}`;
    }
  }
  return undefined;
}

/**
 * Decides one update from a participant connection. The update is applied to a copy of `doc`
 * (never to `doc`), and every record it touches is compared before and after:
 * - a new id (never seen, not deleted) must become a whole valid record owned by `owner`;
 * - an existing record must be owned by `owner` before, and stay owned or be removed;
 * - a tombstone may only be set, for an own record or an id that never existed;
 * - anything in the map record, activities, views, other roots or nested types is refused, and
 *   so is an update that leaves Yjs waiting for missing history (it could complete later,
 *   unchecked).
 */
export function checkParticipantUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  /** The connection's `addedBy` value: `ownerOf` its participant id. */
  owner: string,
): RightsVerdict {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return refuse('not a Yjs update');
  }
  if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) {
    return { ok: true, entries: 0 };
  }

  const mapIds = [...tableOf(doc, 'map').keys()];
  const mapId = mapIds.length === 1 ? mapIds[0] : undefined;
  if (mapId === undefined) return refuse('the shared map has no map record yet');

  const after = shadowOf(doc);
  const verdict = tryUpdate(doc, after, update, { mapId, owner });
  if (!verdict.ok) dropShadow(doc);
  return verdict;
}

/** Applies the update to `after` (the document's shadow) and compares what it touched. */
function tryUpdate(
  doc: Y.Doc,
  after: Y.Doc,
  update: Uint8Array,
  { mapId, owner }: { mapId: string; owner: string },
): RightsVerdict {
  const touched = new Map<string, { table: ParticipantTable; id: string }>();
  const problems: string[] = [];
  const tombstoned: Array<{ table: Table; id: string; value: unknown }> = [];
  const observe = (tr: Y.Transaction) => {
    const names = rootNames(after);
    for (const [type, keys] of tr.changed) {
      const rootName = names.get(type);
      const root = rootName === undefined ? null : placeOfRoot(rootName);
      if (rootName !== undefined && !root) {
        problems.push(`root "${rootName}" is not part of a shared map`);
        continue;
      }
      if (root?.tombstone) {
        for (const key of keys) {
          if (key === null) problems.push(`deleted:${root.table}: not a map`);
          else {
            const value = tombstonesOf(after, root.table).get(key);
            tombstoned.push({ table: root.table, id: key, value });
          }
        }
        continue;
      }
      const place = placeOf(names, type);
      if (!place) {
        problems.push('a nested or unknown type');
        continue;
      }
      if (!isParticipantTable(place.table)) {
        problems.push(`${place.table}: not open to participants`);
        continue;
      }
      const table = place.table;
      const ids = place.id !== null ? [place.id] : [...keys];
      for (const id of ids) {
        if (id === null) problems.push(`${table}: not a map`);
        else touched.set(`${table}\0${id}`, { table, id });
      }
    }
  };
  after.on('afterTransaction', observe);
  try {
    Y.applyUpdate(after, update);
  } catch {
    return refuse('not a Yjs update');
  } finally {
    after.off('afterTransaction', observe);
  }
  if (after.store.pendingStructs !== null || after.store.pendingDs !== null) {
    return refuse('the update depends on history the server does not have');
  }
  if (problems.length > 0) return refuse(problems[0] ?? 'refused');

  for (const { table, id, value } of tombstoned) {
    if (!isParticipantTable(table)) return refuse(`deleted:${table}: not open to participants`);
    if (value !== true) return refuse(`deleted:${table}/${id}: a deletion cannot be undone here`);
    if (tombstonesOf(doc, table).has(id)) continue;
    const before = recordJson(doc, table, id);
    if (before && before[OWNER_FIELD] !== owner) {
      return refuse(`${table}/${id}: not yours to delete`);
    }
    touched.set(`${table}\0${id}`, { table, id });
  }

  const context = { mapId, owner, after };
  for (const { table, id } of touched.values()) {
    const before = recordJson(doc, table, id);
    const now = recordJson(after, table, id);
    if (before) {
      if (before[OWNER_FIELD] !== owner) return refuse(`${table}/${id}: not yours`);
    } else if (tombstonesOf(doc, table).has(id) && now) {
      return refuse(`${table}/${id}: was deleted`);
    } else if (tableOf(doc, table).has(id)) {
      return refuse(`${table}/${id}: not a record`);
    }
    if (now) {
      const problem = checkRecord(table, id, now, context);
      if (problem) return refuse(problem);
    } else if (tableOf(after, table).has(id)) {
      return refuse(`${table}/${id}: not a record`);
    }
  }
  return { ok: true, entries: touched.size };
}
