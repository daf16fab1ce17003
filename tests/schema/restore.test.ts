import { describe, expect, it } from 'vitest';
import { addActivity, addActor, addCollaboration } from '../../src/domain/commands';
import { makeMap } from '../../src/domain/factory';
import type { MapDocument } from '../../src/domain/types';
import { LIMITS, restore, SCHEMA_VERSION, toSaved } from '../../src/schema';
import { testMeta } from '../fixtures/meta';

function sample(): MapDocument {
  const meta = testMeta();
  let doc = makeMap(
    {
      name: 'Kulturskolen i Testby',
      focalName: 'Kulturskolen',
      templateId: 'kulturskole',
      focalSectorId: 'focal',
      focalTypeId: 'culture-school',
    },
    meta,
  );
  const lib = addActor(doc, { name: 'Biblioteket', sectorId: 'culture', typeId: 'library' }, meta);
  const link = addCollaboration(
    lib.doc,
    { sourceId: doc.map.focalActorId ?? '', targetId: lib.actor.id, purposeIds: ['inclusion'] },
    meta,
  );
  if (!link) throw new Error('expected a link');
  doc = addActivity(
    link.doc,
    { collaborationId: link.collaboration.id, date: '2026-01-05', title: 'Lesestund', note: '' },
    meta,
  );
  return doc;
}

/** A saved map as plain JSON, as it would come from a file. */
const saved = () => JSON.parse(JSON.stringify(toSaved(sample())));

function expectError(input: unknown, code: string, path: string) {
  const result = restore(input);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe(code);
    expect(result.error.path).toBe(path);
  }
}

describe('restore()', () => {
  it('round-trips a valid map unchanged', () => {
    const doc = sample();
    const result = restore(JSON.parse(JSON.stringify(toSaved(doc))));
    expect(result).toEqual({ ok: true, value: doc });
  });

  it('rejects what is not a map file', () => {
    expectError(null, 'not-object', '');
    expectError([1, 2], 'not-object', '');
    expectError({ format: 'kumu' }, 'wrong-format', 'format');
    expectError({ ...saved(), version: 'one' }, 'bad-version', 'version');
  });

  it('refuses data written by a newer version', () => {
    expectError({ ...saved(), version: SCHEMA_VERSION + 1 }, 'newer-version', 'version');
  });

  it('names the field that is wrong', () => {
    const data = saved();
    data.actors[1].name = '';
    expectError(data, 'invalid-field', 'actors[1].name');
    const strength = saved();
    strength.collaborations[0].strength = 7;
    expectError(strength, 'invalid-field', 'collaborations[0].strength');
    const date = saved();
    date.activities[0].date = '05.01.2026';
    expectError(date, 'invalid-field', 'activities[0].date');
  });

  it('names a string over the length limit', () => {
    const data = saved();
    data.actors[0].description = 'x'.repeat(LIMITS.longText + 1);
    expectError(data, 'too-long', 'actors[0].description');
  });

  it('rejects duplicate ids and dangling references', () => {
    const dup = saved();
    dup.actors[1].id = dup.actors[0].id;
    expectError(dup, 'duplicate-id', 'actors[1].id');
    const dangling = saved();
    dangling.collaborations[0].targetId = 'nobody';
    expectError(dangling, 'missing-reference', 'collaborations[0].targetId');
    const focal = saved();
    focal.map.focalActorId = 'nobody';
    expectError(focal, 'missing-reference', 'map.focalActorId');
    const log = saved();
    log.activities[0].collaborationId = 'nothing';
    expectError(log, 'missing-reference', 'activities[0].collaborationId');
  });

  it('rejects reserved ids, so records keyed by id cannot pollute prototypes', () => {
    const data = saved();
    data.actors[1].id = '__proto__';
    expectError(data, 'invalid-field', 'actors[1].id');
    const polluted = JSON.parse(
      JSON.stringify(saved()).replace('"name":"Biblioteket"', '"name":"B","__proto__":{"x":1}'),
    );
    const result = restore(polluted);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('fills optional fields with defaults', () => {
    const data = saved();
    delete data.actors[1].tags;
    delete data.actors[1].contact;
    const result = restore(data);
    expect(result.ok && result.value.actors[data.actors[1].id]?.tags).toEqual([]);
  });
});

describe('migration 1 → 2', () => {
  it('gives a version-1 map an empty list of views and keeps everything else', () => {
    const doc = makeMap(
      {
        name: 'Gammelt kart',
        focalName: 'Kulturskolen',
        templateId: 'kulturskole',
        focalSectorId: 's',
        focalTypeId: 't',
      },
      testMeta(),
    );
    const { views: _views, ...v1 } = { ...toSaved(doc), version: 1 };
    // Nor had version 1 the fields of version 3: they read as empty.
    const { notRelevantTypeIds: _n, plans: _p, planLinks: _l, ...oldMap } = v1.map;
    const oldActors = v1.actors.map(({ ageGroups: _a, extraTypeIds: _e, ...a }) => a);
    const result = restore(JSON.parse(JSON.stringify({ ...v1, map: oldMap, actors: oldActors })));
    expect(result).toEqual({ ok: true, value: { ...doc, views: {} } });
    expect(SCHEMA_VERSION).toBe(3);
  });
});
