/** Imports are written in one transaction (docs/architecture.md): all of it, or nothing at all. */

import { kulturskoleTemplate } from '../../src/app/template';
import { diffDocuments } from '../../src/domain/changes';
import { duplicateDocument } from '../../src/domain/commands';
import type { MapDocument, Snapshot } from '../../src/domain/types';
import { type IncomingGraph, planImport } from '../../src/io/import';
import { IdConflictError, SaveError } from '../../src/persistence/repository';
import { testMeta } from '../fixtures/meta';
import { meta, openTestStore, sampleMap, type TestStore } from './harness';

let s: TestStore;
beforeEach(() => {
  s = openTestStore();
});
afterEach(() => s.repo.close());

const ACTORS = 5_000;
const LINKS = 10_000;

/** A big spreadsheet's worth of actors and collaborations, as the import parser hands them over. */
function bigGraph(): IncomingGraph {
  const origin = { file: 'stor.csv' };
  const actors = Array.from({ length: ACTORS }, (_, i) => ({
    key: `k${i}`,
    sourceId: null,
    name: `Forening nr. ${i}`,
    origin: { ...origin, row: i + 2 },
  }));
  const collaborations = Array.from({ length: LINKS }, (_, i) => ({
    sourceId: null,
    source: `k${i % ACTORS}`,
    target: `k${(i * 7 + 1 + Math.floor(i / ACTORS)) % ACTORS}`,
    label: `Samarbeid ${i}`,
    origin: { ...origin, row: i + 2 },
  })).filter((c) => c.source !== c.target);
  return {
    kind: 'graph',
    format: 'csv',
    files: ['stor.csv'],
    actors,
    collaborations,
    warnings: [],
    focalKey: null,
    needsFocal: true,
  };
}

function plan(target: MapDocument | null): MapDocument {
  const result = planImport(
    bigGraph(),
    target,
    kulturskoleTemplate,
    testMeta('2026-05-01', 'imp'),
    {
      mapName: 'Importert',
    },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.doc;
}

const snapshotOf = (doc: MapDocument, id: string): Snapshot => ({
  id,
  mapId: doc.map.id,
  name: 'Før workshop',
  createdAt: doc.map.createdAt,
  document: doc,
});

async function countRows() {
  const [maps, actors, collaborations, activities, snapshots] = await Promise.all([
    s.db.maps.count(),
    s.db.actors.count(),
    s.db.collaborations.count(),
    s.db.activities.count(),
    s.db.snapshots.count(),
  ]);
  return { maps, actors, collaborations, activities, snapshots };
}

test('whole maps and their snapshots are added and load back equal', async () => {
  const a = sampleMap('Kart A');
  const b = duplicateDocument(sampleMap('Kart B'), 'Kart B', meta());
  await s.repo.importMaps([a, b], [snapshotOf(a, 'snap-a')]);
  expect(await s.load(a.map.id)).toEqual(a);
  expect(await s.load(b.map.id)).toEqual(b);
  expect(await s.repo.listSnapshots(a.map.id)).toEqual([snapshotOf(a, 'snap-a')]);
});

test('a write failing in the middle of a large new-map import writes nothing', async () => {
  const existing = sampleMap();
  await s.create(existing);
  const before = await countRows();
  const big = plan(null);
  expect(Object.keys(big.actors)).toHaveLength(ACTORS);
  expect(Object.keys(big.collaborations).length).toBeGreaterThan(9_000);

  // Maps and actors are written before collaborations: those writes succeed and are rolled back.
  s.failOn('collaborations');
  const error = await s.repo.importMaps([big], [snapshotOf(big, 'snap-big')]).catch((e) => e);
  expect(error).toBeInstanceOf(SaveError);
  expect(((error as SaveError).cause as Error).name).toBe('QuotaExceededError');

  s.failOn(null);
  expect(await countRows()).toEqual(before);
  expect(await s.repo.loadMap(big.map.id)).toBeNull();
  expect(await s.load(existing.map.id)).toEqual(existing);
});

test('a large import reports its progress chunk by chunk, ending at 1', async () => {
  const big = plan(null);
  const rows = 1 + ACTORS + Object.keys(big.collaborations).length;
  const seen: number[] = [];
  await s.repo.importMaps([big], [], { onProgress: (f) => seen.push(f) });
  // One report per chunk of 2,000 rows in each table, and for the map row.
  expect(seen.length).toBeGreaterThanOrEqual(Math.ceil(rows / 2000));
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  expect(seen.at(-1)).toBe(1);
  expect(await s.db.actors.count()).toBe(ACTORS);
});

test('a cancelled import rolls back what it had written and says it was cancelled', async () => {
  const existing = sampleMap();
  await s.create(existing);
  const before = await countRows();
  const big = plan(null);
  const controller = new AbortController();
  let reports = 0;
  const error = await s.repo
    .importMaps([big], [], {
      signal: controller.signal,
      // Cancelled once actors are being written: the map row and a chunk are already added.
      onProgress: () => {
        if (++reports === 2) controller.abort();
      },
    })
    .catch((e) => e);
  expect(reports).toBeGreaterThanOrEqual(2);
  expect(error).not.toBeInstanceOf(SaveError);
  expect((error as Error).name).toBe('AbortError');
  expect(await countRows()).toEqual(before);
  expect(await s.repo.loadMap(big.map.id)).toBeNull();
});

test('a write failing in the middle of a large merge leaves the open map as it was', async () => {
  const existing = sampleMap();
  await s.create(existing);
  const before = await countRows();
  const merged = plan(existing);
  const changes = diffDocuments(existing, merged);
  expect(changes.putActors).toHaveLength(ACTORS);

  s.failOn('collaborations');
  await expect(s.repo.saveChanges(changes)).rejects.toBeInstanceOf(SaveError);

  s.failOn(null);
  expect(await countRows()).toEqual(before);
  expect(await s.load(existing.map.id)).toEqual(existing);
});

test('an id already stored refuses the whole import, so nothing is overwritten', async () => {
  const existing = sampleMap();
  await s.create(existing);
  const fresh = duplicateDocument(existing, 'Kopi', meta());
  const renamed = { ...existing, map: { ...existing.map, name: 'Overskrevet?' } };
  const before = await countRows();

  const error = await s.repo.importMaps([fresh, renamed], []).catch((e) => e);
  expect(error).toBeInstanceOf(IdConflictError);
  expect((error as IdConflictError).mapId).toBe(existing.map.id);
  expect(await countRows()).toEqual(before);
  expect(await s.load(existing.map.id)).toEqual(existing);

  // A map under a new id whose actors reuse stored actor ids is refused too.
  const stolen = { ...existing, map: { ...existing.map, id: 'other-map' } };
  await expect(s.repo.importMaps([stolen], [])).rejects.toBeInstanceOf(IdConflictError);
  expect(await s.load(existing.map.id)).toEqual(existing);
});
