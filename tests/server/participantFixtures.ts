import * as Y from 'yjs';
import { ensureTables, fieldsOf, tableOf, tombstonesOf } from '../../src/sync/model';

/** Shared-map fixtures written as the bridge writes them (src/sync/write.ts). */
export const MAP_ID = 'map-1';
export const ALICE = 'alice-participant-id-0000001';
export const BOB = 'bob-participant-id-00000000002';
const NOW = '2026-12-06T00:00:00.000Z';

export function actor(id: string, name: string, addedBy?: string): Record<string, unknown> {
  return {
    id,
    mapId: MAP_ID,
    name,
    kind: 'organisation',
    sectorId: 'culture',
    typeId: 'library',
    ...(addedBy === undefined ? {} : { addedBy }),
    createdAt: NOW,
    updatedAt: NOW,
  };
}

export function collaboration(
  id: string,
  sourceId: string,
  targetId: string,
  addedBy?: string,
): Record<string, unknown> {
  return {
    id,
    mapId: MAP_ID,
    sourceId,
    targetId,
    strength: 2,
    status: 'active',
    ...(addedBy === undefined ? {} : { addedBy }),
    createdAt: NOW,
    updatedAt: NOW,
  };
}

export function put(doc: Y.Doc, table: string, row: Record<string, unknown>): void {
  tableOf(doc, table as 'actors').set(row.id as string, new Y.Map(Object.entries(row)));
}

export function remove(doc: Y.Doc, table: 'actors' | 'collaborations', id: string): void {
  doc.transact(() => {
    tombstonesOf(doc, table).set(id, true);
    tableOf(doc, table).delete(id);
  });
}

export function setField(doc: Y.Doc, table: 'actors', id: string, key: string, value: unknown) {
  fieldsOf(doc, table, id)?.set(key, value);
}

/**
 * The server's document: the leader's map with its actor `leader-1` and Alice's actor `alice-1`
 * and Bob's actor `bob-1`.
 */
export function serverDoc(): Y.Doc {
  const doc = new Y.Doc();
  ensureTables(doc);
  doc.transact(() => {
    tableOf(doc, 'map').set(
      MAP_ID,
      new Y.Map(
        Object.entries({
          id: MAP_ID,
          name: 'Kulturskolen',
          focalActorId: null,
          templateId: 'default',
          createdAt: NOW,
          updatedAt: NOW,
        }),
      ),
    );
    put(doc, 'actors', actor('leader-1', 'Kulturskolen'));
    put(doc, 'actors', actor('alice-1', 'Biblioteket', ALICE));
    put(doc, 'actors', actor('bob-1', 'Fritidsklubben', BOB));
  });
  return doc;
}

/** A participant's replica of `server`, changed by `edit`, and the update it would send. */
export function updateFrom(server: Y.Doc, edit: (replica: Y.Doc) => void): Uint8Array {
  const replica = new Y.Doc();
  ensureTables(replica);
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(server);
  edit(replica);
  return Y.encodeStateAsUpdate(replica, before);
}
