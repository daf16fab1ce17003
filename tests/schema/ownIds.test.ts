/**
 * Issue 12, defect 1: ids are looked up as own properties only. An id such as `toString` or
 * `hasOwnProperty` is an ordinary id: it is no existing actor until one has it, and then it is
 * that actor.
 */
import { describe, expect, it } from 'vitest';
import { kulturskoleTemplate } from '../../src/app/template';
import { diffDocuments } from '../../src/domain/changes';
import {
  addActivity,
  addCollaboration,
  removeItems,
  updateActor,
  updateCollaboration,
} from '../../src/domain/commands';
import { getRecord } from '../../src/domain/records';
import { mergeRemote } from '../../src/domain/remoteChanges';
import { diffSnapshots } from '../../src/domain/snapshotDiff';
import type { MapDocument } from '../../src/domain/types';
import { parseImport } from '../../src/io/import';
import { restore, toSaved } from '../../src/schema';
import { testMeta } from '../fixtures/meta';

const NOW = '2026-01-01T00:00:00.000Z';
const actor = (id: string, name: string) => ({
  id,
  mapId: 'm',
  name,
  kind: 'organisation',
  sectorId: 'culture',
  typeId: 'library',
  createdAt: NOW,
  updatedAt: NOW,
});
const link = (id: string, sourceId: string, targetId: string) => ({
  id,
  mapId: 'm',
  sourceId,
  targetId,
  strength: 2,
  status: 'active',
  createdAt: NOW,
  updatedAt: NOW,
});

/** A saved map built here: the culture school `k`, the library `b`, and a link between them. */
function savedMap(extra: { actors?: object[]; collaborations?: object[]; focal?: string } = {}) {
  return {
    format: 'samspill-map',
    version: 2,
    map: {
      id: 'm',
      name: 'Kart',
      focalActorId: extra.focal ?? 'k',
      templateId: 'kulturskole',
      createdAt: NOW,
      updatedAt: NOW,
    },
    actors: [actor('k', 'Kulturskolen'), actor('b', 'Biblioteket'), ...(extra.actors ?? [])],
    collaborations: [link('c0', 'k', 'b'), ...(extra.collaborations ?? [])],
    activities: [],
    views: [],
  };
}

const bytes = (data: unknown) => new TextEncoder().encode(JSON.stringify(data));

describe('references to Object.prototype members', () => {
  it.each(['hasOwnProperty', 'toString', 'constructor'])(
    'a backup whose collaboration targets %s is refused, naming the row',
    async (target) => {
      const backup = {
        format: 'samspill-backup',
        version: 1,
        exportedAt: NOW,
        maps: [savedMap({ collaborations: [link('c1', 'b', 'x'), link('c2', 'k', target)] })],
      };
      // "x" is missing too, but earlier: the first wrong row is the one named.
      backup.maps[0]?.collaborations.splice(1, 1);
      const result = await parseImport(
        [{ name: 'kopi.samspill.json', bytes: bytes(backup) }],
        kulturskoleTemplate,
      );
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toMatchObject({
        file: 'kopi.samspill.json',
        field: 'maps[0].collaborations[1].targetId',
        value: target === 'constructor' ? 'reserved id' : target,
      });
      // A reserved id is refused by the schema itself; the other two as missing actors.
      expect(result.error.code).toBe(
        target === 'constructor' ? 'invalid-field' : 'missing-reference',
      );
    },
  );

  it('a focal actor id toString with no such actor is refused', () => {
    const result = restore(savedMap({ focal: 'toString' }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'missing-reference', path: 'map.focalActorId' },
    });
  });

  it('a log entry on a collaboration hasOwnProperty that does not exist is refused', () => {
    const data = {
      ...savedMap(),
      activities: [
        { id: 'a', mapId: 'm', collaborationId: 'hasOwnProperty', date: '2026-01-02', title: 'x' },
      ],
    };
    expect(restore(data)).toMatchObject({
      ok: false,
      error: { code: 'missing-reference', path: 'activities[0].collaborationId' },
    });
  });
});

describe('an actor whose id is toString', () => {
  const loaded = (): MapDocument => {
    const result = restore(
      savedMap({
        actors: [actor('toString', 'Museet')],
        collaborations: [link('valueOf', 'k', 'toString')],
        focal: 'k',
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value;
  };

  it('is accepted, not taken for a duplicate, and is that actor', () => {
    const doc = loaded();
    expect(Object.hasOwn(doc.actors, 'toString')).toBe(true);
    expect(doc.actors.toString?.name).toBe('Museet');
    expect(getRecord(doc.collaborations, 'valueOf')?.targetId).toBe('toString');
    // It can also be the culture school itself.
    const focal = restore(savedMap({ actors: [actor('toString', 'Museet')], focal: 'toString' }));
    expect(focal.ok && focal.value.map.focalActorId).toBe('toString');
  });

  it('works with every command, and round-trips through the saved format', () => {
    const meta = testMeta(NOW, 'new');
    let doc = updateActor(loaded(), 'toString', { name: 'Kunstmuseet' }, meta);
    expect(doc.actors.toString?.name).toBe('Kunstmuseet');
    const linked = addCollaboration(doc, { sourceId: 'b', targetId: 'toString' }, meta);
    expect(linked).not.toBeNull();
    doc = linked?.doc ?? doc;
    doc = addActivity(
      doc,
      { collaborationId: 'valueOf', date: '2026-02-01', title: 'Omvisning', note: '' },
      meta,
    );
    expect(Object.values(doc.activities)).toHaveLength(1);
    const saved = restore(JSON.parse(JSON.stringify(toSaved(doc))));
    expect(saved.ok && saved.value).toEqual(doc);

    const removed = removeItems(doc, { actorIds: ['toString'] }, meta);
    expect(Object.hasOwn(removed.actors, 'toString')).toBe(false);
    expect(Object.values(removed.collaborations).map((c) => c.id)).toEqual(['c0']);
    expect(removed.activities).toEqual({});
    const changes = diffDocuments(doc, removed);
    expect(changes.deleteActors).toEqual(['toString']);
    expect(diffSnapshots(doc, removed).actors.removed.map((a) => a.id)).toEqual(['toString']);
  });

  it('commands do not mistake a missing id for an inherited member', () => {
    const meta = testMeta(NOW, 'new');
    const doc = restore(savedMap());
    if (!doc.ok) throw new Error('sample');
    const d = doc.value;
    expect(addCollaboration(d, { sourceId: 'k', targetId: 'hasOwnProperty' }, meta)).toBeNull();
    expect(updateActor(d, 'toString', { name: 'x' }, meta)).toBe(d);
    expect(updateCollaboration(d, 'c0', { targetId: 'constructor' }, meta)).toBe(d);
    expect(removeItems(d, { actorIds: ['toString'], collaborationIds: ['valueOf'] }, meta)).toBe(d);
    const log = { collaborationId: 'hasOwnProperty', date: '2026-02-01', title: 'x', note: '' };
    expect(addActivity(d, log, meta)).toBe(d);
  });

  it('another tab deleting it leaves no collaboration pointing at it', () => {
    const doc = loaded();
    const change = {
      ...diffDocuments(doc, doc),
      deleteActors: ['toString'],
    };
    const merged = mergeRemote(doc, doc, change);
    expect(Object.hasOwn(merged.actors, 'toString')).toBe(false);
    expect(Object.hasOwn(merged.collaborations, 'valueOf')).toBe(false);
  });
});
