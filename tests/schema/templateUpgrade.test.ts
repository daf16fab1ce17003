/**
 * Template version 1 → 2 for existing maps (issue 13): the old "school" type is split by name on
 * every way a map comes in: a file, the IndexedDB rows, and a saved version inside a backup.
 */
import { describe, expect, it } from 'vitest';
import { kulturskoleTemplate } from '../../src/app/template';
import { splitSchool, upgradeTemplateTypes } from '../../src/domain/templateUpgrade';
import type { MapDocument } from '../../src/domain/types';
import { parseNativeJson } from '../../src/io/json/backup';
import { restore, restoreStored, toSaved, vocabularyOf } from '../../src/schema';

const T = '2025-03-01T10:00:00.000Z';

const actor = (id: string, name: string, sectorId: string, typeId: string) => ({
  id,
  mapId: 'm1',
  name,
  kind: 'organisation',
  sectorId,
  typeId,
  description: '',
  tags: [],
  contact: { name: '', role: '', email: '', phone: '' },
  power: null,
  interest: null,
  position: null,
  custom: {},
  createdAt: T,
  updatedAt: T,
});

/** A map file as schema version 2 wrote it, before template version 2: no age groups, no roles. */
function versionTwoFile() {
  return {
    format: 'samspill-map',
    version: 2,
    map: {
      id: 'm1',
      name: 'Kulturskolen i Ås',
      description: '',
      focalActorId: 'a0',
      templateId: 'kulturskole',
      createdAt: T,
      updatedAt: T,
    },
    actors: [
      actor('a0', 'Kulturskolen i Ås', 'focal', 'culture-school'),
      actor('a1', 'Kroer barneskole', 'education', 'school'),
      actor('a2', 'Ås ungdomsskole', 'education', 'school'),
      actor('a3', 'Nordby barne- og ungdomsskole', 'education', 'school'),
      actor('a4', 'Rustad skole', 'education', 'school'),
      actor('a5', 'Ås bibliotek', 'culture', 'library'),
    ],
    collaborations: [
      {
        id: 'c1',
        mapId: 'm1',
        sourceId: 'a0',
        targetId: 'a2',
        label: 'Valgfag musikk',
        purposeIds: ['breadth'],
        strength: 2,
        status: 'active',
        frequency: '',
        startDate: null,
        endDate: null,
        responsible: '',
        notes: '',
        custom: {},
        createdAt: T,
        updatedAt: T,
      },
    ],
    activities: [],
    views: [],
  };
}

const EXPECTED = {
  a1: { typeId: 'primary-school', extraTypeIds: [] },
  a2: { typeId: 'lower-secondary-school', extraTypeIds: [] },
  a3: { typeId: 'primary-school', extraTypeIds: ['lower-secondary-school'] },
  a4: { typeId: 'primary-school', extraTypeIds: [] },
  a5: { typeId: 'library', extraTypeIds: [] },
};

function expectSplit(doc: MapDocument) {
  for (const [id, want] of Object.entries(EXPECTED)) {
    expect(doc.actors[id], id).toMatchObject({ ...want, sectorId: expect.any(String) });
    expect(doc.actors[id]?.sectorId, id).toBe(id === 'a5' ? 'culture' : 'education');
  }
  expect(Object.values(doc.actors).some((a) => a.typeId === 'school')).toBe(false);
}

describe('a version-2 map file', () => {
  it('comes out of restore() with the school split by name', () => {
    const r = restore(versionTwoFile());
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expectSplit(r.value);
    // Everything else is kept, and the new fields read as empty.
    expect(r.value.actors.a2?.name).toBe('Ås ungdomsskole');
    expect(r.value.actors.a2?.ageGroups).toEqual([]);
    expect(r.value.collaborations.c1).toMatchObject({ targetId: 'a2', nextStep: '' });
    expect(r.value.map.notRelevantTypeIds).toEqual([]);
  });

  it('is upgraded once: saving and restoring again changes nothing', () => {
    const first = restore(versionTwoFile());
    if (!first.ok) throw new Error('restore');
    const again = restore(JSON.parse(JSON.stringify(toSaved(first.value))));
    if (!again.ok) throw new Error('restore again');
    expect(again.value).toEqual(first.value);
    expect(upgradeTemplateTypes(first.value)).toBe(first.value);
  });

  it('keeps extra roles an actor already had, once each', () => {
    const doc = restore(versionTwoFile());
    if (!doc.ok) throw new Error('restore');
    const a3 = doc.value.actors.a3;
    if (!a3) throw new Error('a3');
    const back = {
      ...doc.value,
      actors: { ...doc.value.actors, a3: { ...a3, typeId: 'school', extraTypeIds: ['dks'] } },
    };
    expect(upgradeTemplateTypes(back).actors.a3?.extraTypeIds).toEqual([
      'dks',
      'lower-secondary-school',
    ]);
  });
});

describe('the IndexedDB load path', () => {
  const vocabulary = vocabularyOf(kulturskoleTemplate);
  const rows = () => {
    const { format: _f, version: _v, ...stored } = versionTwoFile();
    return stored;
  };

  it('splits the school in rows stored before the upgrade, and reports no repair', () => {
    const r = restoreStored(rows(), vocabulary);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expectSplit(r.value.doc);
    expect(r.value.repairs).toEqual([]);
  });

  it('knows the new types, so none of them is taken for an unknown type', () => {
    for (const id of ['primary-school', 'lower-secondary-school', 'upper-secondary']) {
      expect(vocabulary.types.get(id), id).toBe('education');
    }
    expect(vocabulary.types.has('school')).toBe(false);
  });
});

describe('a backup file', () => {
  it('splits the school in the map and in a saved version inside it', () => {
    const map = versionTwoFile();
    const snapshot = {
      id: 's1',
      mapId: 'm1',
      name: 'Før omorganiseringen',
      createdAt: T,
      kind: 'manual',
      document: versionTwoFile(),
    };
    const text = JSON.stringify({
      format: 'samspill-backup',
      version: 1,
      exportedAt: T,
      maps: [map],
      snapshots: [snapshot],
    });
    const parsed = parseNativeJson(text, 'sikkerhetskopi.samspill.json');
    const [entry] = parsed.maps;
    if (!entry) throw new Error('no map');
    expectSplit(entry.doc);
    expect(entry.snapshots).toHaveLength(1);
    expectSplit(entry.snapshots[0]?.document as MapDocument);
  });
});

describe('splitSchool', () => {
  it.each([
    ['Kroer barneskole', 'primary-school', []],
    ['Ørsta ungdomsskule', 'lower-secondary-school', []],
    ['Ungdomstrinnet ved Nordby skole', 'lower-secondary-school', []],
    ['Nordby 1–10 skole', 'primary-school', ['lower-secondary-school']],
    ['Kirkenes oppvekstsenter', 'primary-school', ['lower-secondary-school']],
    ['Eksempel grunnskole', 'primary-school', ['lower-secondary-school']],
    ['Rustad skole', 'primary-school', []],
    // A school version 1 had as "school" by hand that is an upper-secondary one.
    ['Ås videregående skole', 'upper-secondary', []],
    ['Oslo katedralskole', 'upper-secondary', []],
  ])('%s → %s + %j', (name, typeId, extraTypeIds) => {
    expect(splitSchool(name)).toEqual({ typeId, extraTypeIds });
  });
});
