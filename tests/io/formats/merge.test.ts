/** Planning an import into the open map: matching, counts, and that nothing is lost. */
import { describe, expect, it } from 'vitest';
import { addActor, addCollaboration } from '../../../src/domain/commands';
import { makeMap } from '../../../src/domain/factory';
import type { MapDocument } from '../../../src/domain/types';
import { docToIncoming, type IncomingGraph, looseKey, planImport } from '../../../src/io/import';
import { restore, toSaved } from '../../../src/schema';
import { testMeta } from '../../fixtures/meta';
import { template } from './arbitrary';
import { file, graphOf } from './helpers';

function existingMap() {
  const meta = testMeta('2026-01-01T00:00:00.000Z', 'old');
  let doc = makeMap(
    {
      name: 'Kulturskolen i Testby',
      focalName: 'Kulturskolen',
      templateId: template.id,
      focalSectorId: 'focal',
      focalTypeId: 'culture-school',
    },
    meta,
  );
  const add = (name: string, extra: object = {}) => {
    const r = addActor(doc, { name, ...extra }, meta);
    doc = r.doc;
    return r.actor.id;
  };
  const focal = doc.map.focalActorId as string;
  const library = add('Bibliotek', { sectorId: 'culture', typeId: 'library', tags: ['lesing'] });
  const english = add('Library');
  const mottak = add('Asylmottaket', { sectorId: 'integration', typeId: 'asylum-centre' });
  const person = add('Per Hauge', { kind: 'person' });
  add('Ås skole');
  add('ås  skole');
  const link = addCollaboration(doc, { sourceId: focal, targetId: library, strength: 2 }, meta);
  doc = link?.doc as MapDocument;
  return { doc, ids: { focal, library, english, mottak, person, link: link?.collaboration.id } };
}

const plan = (graph: IncomingGraph, target: MapDocument | null, focalKey?: string) => {
  const result = planImport(graph, target, template, testMeta('2026-03-01T00:00:00.000Z', 'new'), {
    mapName: 'Importert',
    ...(focalKey ? { focalKey } : {}),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

describe('merge into the open map', () => {
  it('matches by id, by name (Norwegian definite form, "the"), and counts add/update/skip', async () => {
    const { doc, ids } = existingMap();
    const actors = [
      'Label,ID,Type,Description,Tags',
      `Kulturskolen i Testby,,Kulturskole,,`,
      `Biblioteket,,,Lånekort og lesestunder,bøker`,
      `The Library,,,,`,
      `Asylmottak,,,,`,
      `Nytt navn,${ids.mottak},,,`,
      `Per Haugen,,Person,,`,
      `Ås skole,,,,`,
      `Frivilligsentralen,,,,`,
    ].join('\n');
    const links = [
      'From,To,Strength,Status',
      'Kulturskolen i Testby,Biblioteket,2,active',
      'Kulturskolen i Testby,Frivilligsentralen,3,idea',
    ].join('\n');
    const graph = await graphOf([file('aktorer.csv', actors), file('samarbeid.csv', links)]);
    const p = plan(graph, doc);

    expect(p.matched.map((m) => [m.incoming, m.existing, m.by])).toEqual([
      ['Kulturskolen i Testby', 'Kulturskolen', 'focal'],
      ['Biblioteket', 'Bibliotek', 'name'],
      ['The Library', 'Library', 'name'],
      ['Asylmottak', 'Asylmottaket', 'name'],
      ['Nytt navn', 'Asylmottaket', 'id'],
    ]);
    // Skipped: the focal actor, Library and Asylmottak (nothing new). Updated: Bibliotek
    // (description, a tag) and Asylmottaket (renamed by id). Added: Per Haugen, Ås skole (two
    // actors fit that name), Frivilligsentralen.
    expect(p.counts.actors).toEqual({ add: 3, update: 2, skip: 3 });
    expect(p.counts.collaborations).toEqual({ add: 1, update: 0, skip: 1 });
    expect(p.warnings).toContainEqual({
      code: 'ambiguous-match',
      file: 'aktorer.csv',
      row: 8,
      value: 'Ås skole',
    });

    const library = p.doc.actors[ids.library];
    expect(library).toMatchObject({
      name: 'Bibliotek',
      typeId: 'library',
      description: 'Lånekort og lesestunder',
      tags: ['lesing', 'bøker'],
      updatedAt: '2026-03-01T00:00:00.000Z',
    });
    expect(p.doc.actors[ids.mottak]?.name).toBe('Nytt navn');
    expect(p.doc.actors[ids.english]).toBe(doc.actors[ids.english]);
    expect(p.doc.collaborations[ids.link as string]).toBe(doc.collaborations[ids.link as string]);
    // "Per Haugen" is not "Per Hauge": people are matched exactly only.
    const names = Object.values(p.doc.actors).map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining(['Per Hauge', 'Per Haugen', 'Frivilligsentralen']),
    );
    expect(names.filter((n) => n.toLowerCase().replace(/\s+/g, ' ') === 'ås skole')).toHaveLength(
      3,
    );
    // Nothing is deleted, the result restores, and the focal actor stays.
    for (const id of Object.keys(doc.actors)) expect(p.doc.actors[id]).toBeDefined();
    expect(restore(toSaved(p.doc)).ok).toBe(true);
    expect(p.doc.map.focalActorId).toBe(ids.focal);
    expect(p.changed.actors).toHaveLength(5);
  });

  it('updates a link whose values differ; a second import of the same file changes nothing', async () => {
    const { doc, ids } = existingMap();
    const links = 'From,To,Strength,Purposes\nKulturskolen,Bibliotek,sterk,inclusion\n';
    const first = plan(await graphOf([file('s.csv', links)]), doc);
    expect(first.counts.collaborations).toEqual({ add: 0, update: 1, skip: 0 });
    expect(first.doc.collaborations[ids.link as string]).toMatchObject({
      strength: 3,
      purposeIds: ['inclusion'],
    });
    const again = plan(await graphOf([file('s.csv', links)]), first.doc);
    expect(again.counts).toEqual({
      actors: { add: 0, update: 0, skip: 2 },
      collaborations: { add: 0, update: 0, skip: 1 },
    });
    expect(again.doc).toEqual(first.doc);
  });

  it('"Bibliotek" in the file matches "Biblioteket" in the map too', async () => {
    const meta = testMeta();
    const base = makeMap(
      {
        name: 'M',
        focalName: 'Kulturskolen',
        templateId: template.id,
        focalSectorId: 'focal',
        focalTypeId: 'culture-school',
      },
      meta,
    );
    const { doc, actor } = addActor(base, { name: 'Biblioteket' }, meta);
    const p = plan(await graphOf([file('a.csv', 'Label\nBibliotek\nKulturskole\n')]), doc);
    expect(p.matched).toEqual([
      { incoming: 'Bibliotek', existing: 'Biblioteket', existingId: actor.id, by: 'name' },
      {
        incoming: 'Kulturskole',
        existing: 'Kulturskolen',
        existingId: base.map.focalActorId,
        by: 'name',
      },
    ]);
    expect(looseKey('Kulturskolen')).toBe(looseKey('kulturskole'));
    expect(looseKey('Ås')).not.toBe(looseKey('Åsen'));
  });

  it('a native map merges as a graph: ids match, nothing is duplicated or cleared', async () => {
    const { doc, ids } = existingMap();
    const p = plan(docToIncoming(doc, 'kart.samspill.json'), doc);
    expect(p.counts.actors).toEqual({ add: 0, update: 0, skip: Object.keys(doc.actors).length });
    expect(p.doc).toEqual(doc);

    const library = doc.actors[ids.library];
    if (!library) throw new Error('no library');
    const other = {
      ...doc,
      actors: { ...doc.actors, [ids.library]: { ...library, name: 'Hovedbiblioteket', tags: [] } },
    };
    const renamed = plan(docToIncoming(other, 'kart.samspill.json'), doc);
    expect(renamed.counts.actors.update).toBe(1);
    expect(renamed.doc.actors[ids.library]).toMatchObject({
      name: 'Hovedbiblioteket',
      tags: ['lesing'],
    });
  });
});

describe('a new map', () => {
  it('takes the file focal actor, or the one the user picks', async () => {
    const withSchool = await graphOf([
      file('a.csv', 'Label,Type\nNAV,nav\nKulturskolen,culture-school\n'),
    ]);
    expect(plan(withSchool, null).doc.map.focalActorId).toBe('new-3');

    const without = await graphOf([file('a.csv', 'Label\nNAV\nLokalbanken\n')]);
    expect(without.needsFocal).toBe(true);
    const none = plan(without, null);
    expect(none.doc.map).toMatchObject({
      name: 'Importert',
      focalActorId: null,
      templateId: template.id,
    });
    expect(none.counts.actors).toEqual({ add: 2, update: 0, skip: 0 });
    const picked = plan(without, null, without.actors[1]?.key);
    expect(picked.doc.actors[picked.doc.map.focalActorId as string]?.name).toBe('Lokalbanken');
  });

  it('rejects a plan whose result would not restore', () => {
    const graph: IncomingGraph = {
      kind: 'graph',
      format: 'csv',
      files: ['a.csv'],
      actors: [],
      collaborations: [],
      warnings: [],
      focalKey: null,
      needsFocal: true,
    };
    const result = planImport(graph, null, template, testMeta(), { mapName: '  ' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-field', field: 'map.name' },
    });
  });
});
