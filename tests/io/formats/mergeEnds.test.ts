/**
 * Issue 12, item 9: a merge resolves From/To names against the map's actors as well as the file,
 * with the matching actors get (name, definite form, the culture school's short name). Only a name
 * in neither is refused; a new map counts only the file.
 */
import { describe, expect, it } from 'vitest';
import demo from '../../../data/samples/eksempel-kommune.samspill-map.json';
import { addActor } from '../../../src/domain/commands';
import type { MapDocument } from '../../../src/domain/types';
import {
  type ImportFile,
  type ImportPlan,
  type IncomingGraph,
  parseImport,
  planImport,
} from '../../../src/io/import';
import { mapActorsOf } from '../../../src/io/import/preview';
import { restore } from '../../../src/schema';
import { testMeta } from '../../fixtures/meta';
import { template } from './arbitrary';
import { file } from './helpers';

function demoMap(): MapDocument {
  const r = restore(demo);
  if (!r.ok) throw new Error(`demo does not restore: ${r.error.path}`);
  return r.value;
}

const FOCAL = 'a-kulturskolen';
const LIBRARY = 'a-biblioteket';

async function parseFor(target: MapDocument | null, files: ImportFile[]) {
  const map = mapActorsOf(target);
  return parseImport(files, template, map ? { map } : {});
}

async function graphFor(target: MapDocument | null, files: ImportFile[]): Promise<IncomingGraph> {
  const r = await parseFor(target, files);
  if (!r.ok || r.value.kind !== 'graph') throw new Error(JSON.stringify(r));
  return r.value;
}

function merge(graph: IncomingGraph, target: MapDocument | null): ImportPlan {
  const r = planImport(graph, target, template, testMeta('2026-03-01T00:00:00.000Z', 'new'), {
    mapName: 'Importert',
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** The two actors a collaboration links, by name, in a stable order. */
const linked = (doc: MapDocument) =>
  Object.values(doc.collaborations).map((c) =>
    [doc.actors[c.sourceId]?.name, doc.actors[c.targetId]?.name].join(' — '),
  );

const ACTORS = file('aktorer.csv', 'Navn;Type\nNordby sjakklubb;\nFjordby bokkafé;\n');

describe('merging links to actors already on the map', () => {
  it('full name, definite form and the short name "Kulturskolen" link to the map’s actors', async () => {
    const doc = demoMap();
    const links = file(
      'samarbeid.csv',
      [
        'Fra;Til;Styrke',
        'Kulturskolen i Eksempel kommune;Nordby sjakklubb;sterk',
        'Kulturskolen;Fjordby bokkafé;2',
        'Bibliotek;Fjordby bokkafé;1',
        'Nordby sjakklubb;kulturskolen i  eksempel kommune;1',
      ].join('\n'),
    );
    const graph = await graphFor(doc, [ACTORS, links]);
    // Two actors in the file; the map's three names are link ends, not actors to add.
    expect(graph.actors.map((a) => a.name)).toEqual(['Nordby sjakklubb', 'Fjordby bokkafé']);
    expect(graph.mapEnds?.map((e) => [e.name, e.origin.row, e.field])).toEqual([
      ['Kulturskolen i Eksempel kommune', 2, 'Fra'],
      ['Kulturskolen', 3, 'Fra'],
      ['Bibliotek', 4, 'Fra'],
    ]);

    const plan = merge(graph, doc);
    expect(plan.endsInMap.map((m) => [m.incoming, m.existingId, m.by])).toEqual([
      ['Kulturskolen i Eksempel kommune', FOCAL, 'name'],
      ['Kulturskolen', FOCAL, 'focal'],
      ['Bibliotek', LIBRARY, 'name'],
    ]);
    expect(plan.counts.actors).toEqual({ add: 2, update: 0, skip: 0 });
    expect(plan.counts.collaborations.add).toBe(4);
    const added = Object.values(plan.doc.collaborations).filter(
      (c) => !Object.hasOwn(doc.collaborations, c.id),
    );
    expect(
      linked({ ...plan.doc, collaborations: Object.fromEntries(added.map((c) => [c.id, c])) }),
    ).toEqual([
      'Kulturskolen i Eksempel kommune — Nordby sjakklubb',
      'Kulturskolen i Eksempel kommune — Fjordby bokkafé',
      'Biblioteket — Fjordby bokkafé',
      'Nordby sjakklubb — Kulturskolen i Eksempel kommune',
    ]);
    // No actor was made from a map name.
    expect(Object.keys(plan.doc.actors)).toHaveLength(Object.keys(doc.actors).length + 2);
  });

  it('an end by the map actor’s ID links to it too', async () => {
    const doc = demoMap();
    const links = file('s.csv', `From;To\n${LIBRARY};Nordby sjakklubb\n`);
    const plan = merge(await graphFor(doc, [ACTORS, links]), doc);
    expect(plan.endsInMap).toEqual([
      { incoming: LIBRARY, existing: 'Biblioteket', existingId: LIBRARY, by: 'id' },
    ]);
  });

  it('without an actors table, "Kulturskolen" is the culture school, not a new actor', async () => {
    const doc = demoMap();
    const links = file('s.csv', 'Fra;Til\nKulturskolen;Biblioteket\nKulturskole;Ny klubb\n');
    const plan = merge(await graphFor(doc, [links]), doc);
    expect(plan.endsInMap.map((m) => [m.incoming, m.existingId, m.by])).toEqual([
      ['Kulturskolen', FOCAL, 'focal'],
      ['Biblioteket', LIBRARY, 'name'],
      ['Kulturskole', FOCAL, 'focal'],
    ]);
    // Matched link ends are not reported as the file's actors.
    expect(plan.matched).toEqual([]);
    expect(plan.counts.actors).toEqual({ add: 1, update: 0, skip: 3 });
    expect(linked(plan.doc)).toContain('Kulturskolen i Eksempel kommune — Ny klubb');
    const names = Object.values(plan.doc.actors).map((a) => a.name);
    expect(names).not.toContain('Kulturskolen');
    expect(names).toContain('Ny klubb');
  });

  it('a name in neither the file nor the map is refused, naming the file, row and column', async () => {
    const doc = demoMap();
    const links = file(
      'samarbeid.csv',
      'Fra;Til\nKulturskolen;Nordby sjakklubb\nBiblo;Kulturskolen\n',
    );
    const r = await parseFor(doc, [ACTORS, links]);
    expect(r).toEqual({
      ok: false,
      error: { code: 'missing-actor', file: 'samarbeid.csv', row: 3, field: 'Fra', value: 'Biblo' },
    });
  });

  it('a new map counts only the file: a name only on the map is refused there', async () => {
    const doc = demoMap();
    const links = file(
      'samarbeid.csv',
      'Fra;Til\nNordby sjakklubb;Fjordby bokkafé\nKulturskolen;Nordby sjakklubb\n',
    );
    const graph = await graphFor(doc, [ACTORS, links]);
    const r = planImport(graph, null, template, testMeta(), { mapName: 'Ny' });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'missing-node',
        file: 'samarbeid.csv',
        row: 3,
        field: 'Fra',
        value: 'Kulturskolen',
      },
    });
    // Read with no map at all, it is refused at once, as before.
    expect(await parseFor(null, [ACTORS, links])).toMatchObject({
      ok: false,
      error: { code: 'missing-node', row: 3, field: 'Fra', value: 'Kulturskolen' },
    });
  });

  it('a name that fits several of the map’s actors becomes a new actor, with a warning', async () => {
    const meta = testMeta('2026-02-01T00:00:00.000Z', 'x');
    let doc = demoMap();
    doc = addActor(doc, { name: 'Ås skole' }, meta).doc;
    doc = addActor(doc, { name: 'ås  skole' }, meta).doc;
    const links = file('samarbeid.csv', 'Fra;Til\nNordby sjakklubb;Ås skole\n');
    const plan = merge(await graphFor(doc, [ACTORS, links]), doc);
    expect(plan.warnings).toContainEqual({
      code: 'ambiguous-match',
      file: 'samarbeid.csv',
      row: 2,
      field: 'Til',
      value: 'Ås skole',
    });
    expect(plan.endsInMap).toEqual([]);
    const names = Object.values(plan.doc.actors).map((a) => a.name);
    expect(names.filter((n) => n.toLowerCase().replace(/\s+/g, ' ') === 'ås skole')).toHaveLength(
      3,
    );
    expect(linked(plan.doc)).toContain('Nordby sjakklubb — Ås skole');
  });

  it('the short name is refused when another actor begins the same way', async () => {
    const meta = testMeta('2026-02-01T00:00:00.000Z', 'x');
    const doc = addActor(demoMap(), { name: 'Kulturskolen i Sørvik' }, meta).doc;
    const links = file('samarbeid.csv', 'Fra;Til\nKulturskolen;Nordby sjakklubb\n');
    expect(await parseFor(doc, [ACTORS, links])).toMatchObject({
      ok: false,
      error: { code: 'missing-actor', row: 2, field: 'Fra', value: 'Kulturskolen' },
    });
  });

  it('an actor deleted from the map after the files were read is refused at the merge', async () => {
    const doc = demoMap();
    const links = file('samarbeid.csv', 'Fra;Til\nNordby sjakklubb;Biblioteket\n');
    const graph = await graphFor(doc, [ACTORS, links]);
    const { [LIBRARY]: _gone, ...actors } = doc.actors;
    const collaborations = Object.fromEntries(
      Object.entries(doc.collaborations).filter(
        ([, c]) => c.sourceId !== LIBRARY && c.targetId !== LIBRARY,
      ),
    );
    const activities = Object.fromEntries(
      Object.entries(doc.activities).filter(([, a]) =>
        Object.hasOwn(collaborations, a.collaborationId),
      ),
    );
    const r = planImport(
      graph,
      { ...doc, actors, collaborations, activities },
      template,
      testMeta(),
      {
        mapName: 'M',
      },
    );
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'missing-actor', row: 2, field: 'Til', value: 'Biblioteket' },
    });
  });
});
