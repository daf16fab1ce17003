/** Repair of stored rows on load: each kind of damage, mended or left out, and counted. */
import { describe, expect, it } from 'vitest';
import { kulturskoleTemplate } from '../../src/app/template';
import { addActivity, addActor, addCollaboration } from '../../src/domain/commands';
import { makeMap } from '../../src/domain/factory';
import type { MapDocument } from '../../src/domain/types';
import {
  type Repair,
  restore,
  restoreStored,
  type StoredRows,
  toSaved,
  vocabularyOf,
} from '../../src/schema';
import { testMeta } from '../fixtures/meta';

const vocabulary = vocabularyOf(kulturskoleTemplate);

function sample(): MapDocument {
  const meta = testMeta();
  const base = makeMap(
    {
      name: 'Kulturskolen i Testby',
      focalName: 'Kulturskolen',
      templateId: 'kulturskole',
      focalSectorId: 'focal',
      focalTypeId: 'culture-school',
    },
    meta,
  );
  const lib = addActor(base, { name: 'Biblioteket', sectorId: 'culture', typeId: 'library' }, meta);
  const school = addActor(
    lib.doc,
    { name: 'Skolen', sectorId: 'education', typeId: 'primary-school', power: 4 },
    meta,
  );
  const focal = base.map.focalActorId ?? '';
  const link = addCollaboration(school.doc, { sourceId: focal, targetId: lib.actor.id }, meta);
  if (!link) throw new Error('expected a link');
  const second = addCollaboration(link.doc, { sourceId: focal, targetId: school.actor.id }, meta);
  if (!second) throw new Error('expected a link');
  const entry = { date: '2026-01-05', title: 'Lesestund', note: '' };
  return addActivity(second.doc, { ...entry, collaborationId: link.collaboration.id }, meta);
}

/** The rows of a map as IndexedDB would hand them over: plain data, one array a table. */
function rowsOf(doc: MapDocument): StoredRows {
  const saved = JSON.parse(JSON.stringify(toSaved(doc)));
  return {
    map: saved.map,
    actors: saved.actors,
    collaborations: saved.collaborations,
    activities: saved.activities,
    views: saved.views,
  };
}

function load(rows: StoredRows) {
  const result = restoreStored(rows, vocabulary);
  if (!result.ok) throw new Error(`unreadable: ${JSON.stringify(result.error)}`);
  return result.value;
}

const actorNamed = (doc: MapDocument, name: string) => {
  const actor = Object.values(doc.actors).find((a) => a.name === name);
  if (!actor) throw new Error(`no actor ${name}`);
  return actor;
};
const kinds = (repairs: Repair[]) => repairs.map((r) => `${r.kind} ${r.path}`);

describe('restoreStored()', () => {
  it('loads sound rows as they are, with no repairs', () => {
    const doc = sample();
    const loaded = load(rowsOf(doc));
    expect(loaded.doc).toEqual(doc);
    expect(loaded.repairs).toEqual([]);
    expect(loaded.damaged).toBe(0);
  });

  it('drops a collaboration whose actor is missing, and the log entries on it', () => {
    const rows = rowsOf(sample());
    const [first] = rows.collaborations as { targetId: string }[];
    if (!first) throw new Error('no link');
    first.targetId = 'gone';
    // Strict restore refuses exactly this; loading must not.
    expect(restore({ format: 'samspill-map', version: 2, ...rows }).ok).toBe(false);
    const loaded = load(rows);
    expect(Object.keys(loaded.doc.collaborations)).toHaveLength(1);
    expect(Object.keys(loaded.doc.activities)).toHaveLength(0);
    expect(Object.keys(loaded.doc.actors)).toHaveLength(3);
    expect(kinds(loaded.repairs)).toEqual([
      'missing-end collaborations[0]',
      'missing-end activities[0]',
    ]);
    expect(loaded.damaged).toBe(2);
  });

  it('turns power "3" into 3, and drops a score that is no score', () => {
    const rows = rowsOf(sample());
    const actors = rows.actors as Record<string, unknown>[];
    const school = actors.findIndex((a) => a.name === 'Skolen');
    const library = actors.findIndex((a) => a.name === 'Biblioteket');
    (actors[school] as Record<string, unknown>).power = '3';
    (actors[library] as Record<string, unknown>).interest = 'mye';
    const loaded = load(rows);
    expect(actorNamed(loaded.doc, 'Skolen').power).toBe(3);
    expect(actorNamed(loaded.doc, 'Biblioteket').interest).toBeNull();
    expect(kinds(loaded.repairs).sort()).toEqual(
      [
        `number-from-text actors[${school}].power`,
        `invalid-value actors[${library}].interest`,
      ].sort(),
    );
  });

  it('upgrades a template-1 "school" in a damaged map instead of making it custom', () => {
    const rows = rowsOf(sample());
    const actors = rows.actors as Record<string, unknown>[];
    const school = actors.find((a) => a.name === 'Skolen') as Record<string, unknown>;
    Object.assign(school, { name: 'Ås ungdomsskole', typeId: 'school', extraTypeIds: undefined });
    (actors.find((a) => a.name === 'Biblioteket') as Record<string, unknown>).power = 'x';
    const loaded = load(rows);
    expect(actorNamed(loaded.doc, 'Ås ungdomsskole').typeId).toBe('lower-secondary-school');
    expect(kinds(loaded.repairs).some((k) => k.startsWith('unknown-type'))).toBe(false);
  });

  it('drops a position that is not finite, and keeps the actor', () => {
    const rows = rowsOf(sample());
    const actors = rows.actors as Record<string, unknown>[];
    const i = actors.findIndex((a) => a.name === 'Biblioteket');
    (actors[i] as Record<string, unknown>).position = { x: Number.NaN, y: 4, pinned: true };
    const loaded = load(rows);
    expect(actorNamed(loaded.doc, 'Biblioteket').position).toBeNull();
    expect(kinds(loaded.repairs)).toEqual([`invalid-position actors[${i}].position`]);
  });

  it('forgets a workshop stamp it cannot read, and cuts a long nickname; the rows stay', () => {
    const rows = rowsOf(sample());
    const actors = rows.actors as Record<string, unknown>[];
    const links = rows.collaborations as Record<string, unknown>[];
    const i = actors.findIndex((a) => a.name === 'Biblioteket');
    Object.assign(actors[i] as object, { addedBy: 42, addedByName: 'K'.repeat(60) });
    Object.assign(links[0] as object, { addedBy: 'phone-owner', addedByName: { nick: 1 } });
    const loaded = load(rows);
    const library = actorNamed(loaded.doc, 'Biblioteket');
    expect(library.addedBy).toBeUndefined();
    expect(library.addedByName).toBe('K'.repeat(40));
    const link = Object.values(loaded.doc.collaborations).find((c) => c.addedBy);
    expect(link?.addedBy).toBe('phone-owner');
    expect(link?.addedByName).toBeUndefined();
    expect(Object.keys(loaded.doc.collaborations)).toHaveLength(2);
    expect(kinds(loaded.repairs).sort()).toEqual(
      [
        `invalid-value actors[${i}].addedBy`,
        `cut-to-limit actors[${i}].addedByName`,
        'invalid-value collaborations[0].addedByName',
      ].sort(),
    );
  });

  it('keeps a position given as numeric text, as numbers', () => {
    const rows = rowsOf(sample());
    const actors = rows.actors as Record<string, unknown>[];
    const i = actors.findIndex((a) => a.name === 'Skolen');
    (actors[i] as Record<string, unknown>).position = { x: '10.5', y: -3, pinned: false };
    const loaded = load(rows);
    expect(actorNamed(loaded.doc, 'Skolen').position).toEqual({ x: 10.5, y: -3, pinned: false });
  });

  it('makes a numeric name text', () => {
    const rows = rowsOf(sample());
    const actors = rows.actors as Record<string, unknown>[];
    const i = actors.findIndex((a) => a.name === 'Skolen');
    (actors[i] as Record<string, unknown>).name = 1814;
    const loaded = load(rows);
    expect(actorNamed(loaded.doc, '1814').typeId).toBe('primary-school');
    expect(kinds(loaded.repairs)).toEqual([`text-from-number actors[${i}].name`]);
  });

  it('turns an unknown sector or type into "other", and a known type keeps its own sector', () => {
    const rows = rowsOf(sample());
    const actors = rows.actors as Record<string, unknown>[];
    const library = actors.findIndex((a) => a.name === 'Biblioteket');
    const school = actors.findIndex((a) => a.name === 'Skolen');
    Object.assign(actors[library] as object, {
      sectorId: 'no-such-sector',
      typeId: 'no-such-type',
    });
    Object.assign(actors[school] as object, { sectorId: 'nowhere' });
    // Both are valid ids, so strict restore takes them; only the template says they are unknown.
    expect(restore({ format: 'samspill-map', version: 2, ...rows }).ok).toBe(true);
    const loaded = load(rows);
    expect(actorNamed(loaded.doc, 'Biblioteket')).toMatchObject({
      sectorId: 'custom',
      typeId: 'custom',
    });
    expect(actorNamed(loaded.doc, 'Skolen')).toMatchObject({
      sectorId: 'education',
      typeId: 'primary-school',
    });
    expect(loaded.damaged).toBe(2);
    expect(kinds(loaded.repairs).sort()).toEqual(
      [
        `unknown-type actors[${library}].typeId`,
        `unknown-sector actors[${library}].sectorId`,
        `unknown-sector actors[${school}].sectorId`,
      ].sort(),
    );
  });

  it('mends other fields the schema refuses, and counts a row once', () => {
    const rows = rowsOf(sample());
    const actors = rows.actors as Record<string, unknown>[];
    const i = actors.findIndex((a) => a.name === 'Biblioteket');
    Object.assign(actors[i] as object, {
      kind: 'robot',
      tags: ['les', 7, null],
      description: 42,
      createdAt: 'never',
    });
    const link = (rows.collaborations as Record<string, unknown>[])[0] as Record<string, unknown>;
    Object.assign(link, { strength: '3', status: 'maybe', startDate: '2026-02-01T10:00:00Z' });
    const view = {
      id: 'view-1',
      mapId: (rows.map as { id: string }).id,
      name: 'Alt',
      order: '2',
      filters: 'none',
      layout: 'force',
      ringsBy: 'distance',
      sizeBy: 'degree',
      showGaps: false,
      camera: { x: 0, y: 0, w: -1, h: 5 },
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    rows.views = [view];
    const loaded = load(rows);
    const library = actorNamed(loaded.doc, 'Biblioteket');
    expect(library).toMatchObject({ kind: 'organisation', tags: ['les', '7'], description: '42' });
    expect(library.createdAt).toBe((rows.map as { updatedAt: string }).updatedAt);
    const mended = Object.values(loaded.doc.collaborations).find((c) => c.id === link.id);
    expect(mended).toMatchObject({ strength: 3, status: 'active', startDate: '2026-02-01' });
    expect(loaded.doc.views['view-1']).toMatchObject({
      order: 2,
      camera: null,
      filters: { sectors: [], statuses: [], purposes: [] },
    });
    expect(loaded.damaged).toBe(3);
  });

  it('leaves out a row without an id or a name, and what hangs on it', () => {
    const rows = rowsOf(sample());
    const actors = rows.actors as Record<string, unknown>[];
    const i = actors.findIndex((a) => a.name === 'Biblioteket');
    (actors[i] as Record<string, unknown>).name = '   ';
    rows.actors.push('not a row', { id: 7, name: 'Nummer' });
    const loaded = load(rows);
    expect(
      Object.values(loaded.doc.actors)
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Kulturskolen', 'Skolen']);
    // The library's link and its log entry go with it.
    expect(Object.keys(loaded.doc.collaborations)).toHaveLength(1);
    expect(Object.keys(loaded.doc.activities)).toHaveLength(0);
    expect(loaded.damaged).toBe(5);
  });

  it('clears a focal actor that is missing', () => {
    const rows = rowsOf(sample());
    (rows.map as Record<string, unknown>).focalActorId = 'toString';
    const loaded = load(rows);
    expect(loaded.doc.map.focalActorId).toBeNull();
    expect(kinds(loaded.repairs)).toEqual(['missing-focal map.focalActorId']);
  });

  it('reports a map row that cannot be read, naming the field', () => {
    const rows = rowsOf(sample());
    (rows.map as Record<string, unknown>).name = { nb: 'Kart' };
    const result = restoreStored(rows, vocabulary);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-field', path: 'map.name' } });
    const noId = rowsOf(sample());
    noId.map = { name: 'Kart' };
    expect(restoreStored(noId, vocabulary)).toMatchObject({ ok: false, error: { path: 'map.id' } });
  });

  it('does not touch the rows it is given', () => {
    const rows = rowsOf(sample());
    (rows.actors[1] as Record<string, unknown>).power = '3';
    const before = JSON.stringify(rows);
    load(rows);
    expect(JSON.stringify(rows)).toBe(before);
  });
});
