import { describe, expect, it } from 'vitest';
import { addActor, addCollaboration } from '../../src/domain/commands';
import { makeMap } from '../../src/domain/factory';
import { mergeActors } from '../../src/domain/mergeActors';
import type { MapDocument } from '../../src/domain/types';
import { testMeta } from '../fixtures/meta';

const meta = testMeta();
const later = testMeta('2026-03-01T00:00:00.000Z', 'm');

function withActors(names: string[]): { doc: MapDocument; ids: string[] } {
  let doc = makeMap(
    {
      name: 'Testby',
      focalName: 'Kulturskolen',
      templateId: 'kulturskole',
      focalSectorId: 'focal',
      focalTypeId: 'culture-school',
    },
    meta,
  );
  const ids: string[] = [];
  for (const name of names) {
    const added = addActor(doc, { name, sectorId: 'culture', typeId: 'library' }, meta);
    doc = added.doc;
    ids.push(added.actor.id);
  }
  return { doc, ids };
}

function link(doc: MapDocument, a: string, b: string): MapDocument {
  const added = addCollaboration(
    doc,
    { sourceId: a, targetId: b, label: '', status: 'active', strength: 2 },
    meta,
  );
  if (!added) throw new Error('no link');
  return added.doc;
}

const ends = (doc: MapDocument) =>
  Object.values(doc.collaborations)
    .map((c) => [c.sourceId, c.targetId].sort().join('–'))
    .sort();

describe('mergeActors', () => {
  it('moves the duplicate’s collaborations to the kept actor and removes the duplicate', () => {
    const { doc: start, ids } = withActors(['Biblioteket', 'Bibliotek', 'NAV', 'Skolen']);
    const [keep = '', drop = '', nav = '', school = ''] = ids;
    let doc = link(start, keep, nav);
    doc = link(doc, drop, school);
    const merged = mergeActors(doc, keep, drop, later);
    expect(merged.actors[drop]).toBeUndefined();
    expect(merged.actors[keep]?.name).toBe('Biblioteket');
    expect(ends(merged)).toEqual([[keep, nav].sort().join('–'), [keep, school].sort().join('–')]);
    const moved = Object.values(merged.collaborations).find((c) => c.targetId === school);
    expect(moved?.updatedAt).toBe('2026-03-01T00:00:00.000Z');
    expect(Object.keys(merged.collaborations)).toHaveLength(2);
  });

  it('drops a link that would join the kept actor to itself or repeat one it has', () => {
    const { doc: start, ids } = withActors(['Biblioteket', 'Bibliotek', 'NAV']);
    const [keep = '', drop = '', nav = ''] = ids;
    let doc = link(start, keep, drop);
    doc = link(doc, keep, nav);
    doc = link(doc, nav, drop);
    const merged = mergeActors(doc, keep, drop, later);
    expect(ends(merged)).toEqual([[keep, nav].sort().join('–')]);
    expect(Object.values(merged.actors).map((a) => a.name)).not.toContain('Bibliotek');
  });

  it('keeps the focal actor pointing at a live actor', () => {
    const { doc, ids } = withActors(['Kulturskolen i Testby']);
    const focal = doc.map.focalActorId ?? '';
    const merged = mergeActors(doc, ids[0] ?? '', focal, later);
    expect(merged.map.focalActorId).toBe(ids[0]);
  });

  it('changes nothing for an unknown actor or the same actor twice', () => {
    const { doc, ids } = withActors(['Biblioteket']);
    expect(mergeActors(doc, ids[0] ?? '', 'nope', later)).toBe(doc);
    expect(mergeActors(doc, ids[0] ?? '', ids[0] ?? '', later)).toBe(doc);
  });
});
