import { describe, expect, it } from 'vitest';
import { addActor, addCollaboration } from '../../src/domain/commands';
import { makeMap } from '../../src/domain/factory';
import type { ActorKind, MapDocument } from '../../src/domain/types';
import { likelyDuplicates, pairKey, roomEntries } from '../../src/ui/workshop/participation';
import { testMeta } from '../fixtures/meta';

const meta = testMeta();

function start(): MapDocument {
  const doc = makeMap(
    {
      name: 'Testby',
      focalName: 'Kulturskolen',
      templateId: 'kulturskole',
      focalSectorId: 'focal',
      focalTypeId: 'culture-school',
    },
    meta,
  );
  return add(doc, 'Biblioteket').doc;
}

let clock = 0;
function add(doc: MapDocument, name: string, by?: string, nick?: string, kind?: ActorKind) {
  clock += 1;
  const at = testMeta(`2026-01-01T10:00:${String(clock).padStart(2, '0')}.000Z`, `a${clock}`);
  const added = addActor(doc, { name, sectorId: 'culture', typeId: 'library', kind }, at);
  const actor = {
    ...added.actor,
    ...(by ? { addedBy: by } : {}),
    ...(nick ? { addedByName: nick } : {}),
  };
  return { doc: { ...added.doc, actors: { ...added.doc.actors, [actor.id]: actor } }, actor };
}

describe('roomEntries', () => {
  it('counts what each phone added since the start; only unnamed people are numbered', () => {
    const before = start();
    let doc = before;
    const a = add(doc, 'NAV', 'phone-a', 'Kari');
    doc = add(a.doc, 'PPT', 'phone-b').doc;
    const c = add(doc, 'Fritidsklubben', 'phone-a', 'Kari');
    doc = add(c.doc, 'Leader typed this').doc;
    const link = addCollaboration(
      doc,
      { sourceId: a.actor.id, targetId: c.actor.id, label: '', status: 'active', strength: 2 },
      testMeta('2026-01-01T11:00:00.000Z', 'link'),
    );
    if (!link) throw new Error('no link');
    const col = { ...link.collaboration, addedBy: 'phone-b' };
    doc = { ...link.doc, collaborations: { ...link.doc.collaborations, [col.id]: col } };
    const room = roomEntries(doc, before);
    expect(room.entries).toBe(4);
    expect(room.participants).toEqual([
      { owner: 'phone-a', nickname: 'Kari', entries: 2, number: null },
      { owner: 'phone-b', nickname: null, entries: 2, number: 1 },
    ]);
  });

  it('does not count what the map had before the workshop', () => {
    const before = add(start(), 'NAV', 'phone-a').doc;
    expect(roomEntries(before, before)).toEqual({ entries: 0, participants: [] });
  });
});

describe('likelyDuplicates', () => {
  it('flags "Bibliotek" from a phone against the "Biblioteket" the map had', () => {
    const before = start();
    const { doc, actor } = add(before, 'bibliotek ', 'phone-a');
    const found = likelyDuplicates(doc, before);
    expect(found).toHaveLength(1);
    expect(found[0]?.keep.name).toBe('Biblioteket');
    expect(found[0]?.drop.id).toBe(actor.id);
  });

  it('flags two phones’ entries, keeping the first typed', () => {
    const before = start();
    const first = add(before, 'Fritidsklubben', 'phone-a');
    const second = add(first.doc, 'fritidsklubb', 'phone-b');
    const found = likelyDuplicates(second.doc, before);
    expect(found.map((d) => [d.keep.id, d.drop.id])).toEqual([[first.actor.id, second.actor.id]]);
  });

  it('leaves the leader’s own entries, different names, people by stem, and dismissed pairs', () => {
    const before = start();
    let doc = add(before, 'Bibliotekets venner').doc;
    doc = add(doc, 'Biblioteket sentrum', 'phone-a').doc;
    const hauge = add(doc, 'Kari Hauge', 'phone-a', undefined, 'person');
    doc = add(hauge.doc, 'Kari Haugen', 'phone-b', undefined, 'person').doc;
    expect(likelyDuplicates(doc, before)).toEqual([]);
    const leaderTwice = add(add(before, 'NAV').doc, 'nav').doc;
    expect(likelyDuplicates(leaderTwice, before)).toEqual([]);
    const pair = add(before, 'Bibliotek', 'phone-a');
    const id = Object.values(before.actors).find((a) => a.name === 'Biblioteket')?.id ?? '';
    expect(likelyDuplicates(pair.doc, before, new Set([pairKey(pair.actor.id, id)]))).toEqual([]);
  });
});
