import { removeItems } from '../../src/domain/commands';
import { makeMap } from '../../src/domain/factory';
import type { MapDocument } from '../../src/domain/types';
import {
  addView,
  moveView,
  orderedViews,
  removeView,
  updateView,
  type ViewInput,
} from '../../src/domain/viewCommands';
import { restore, toSaved } from '../../src/schema';
import { testMeta } from '../fixtures/meta';

const meta = testMeta();
const input = (name: string): ViewInput => ({
  name,
  filters: { sectors: [], statuses: ['active'], purposes: [] },
  layout: 'rings',
  ringsBy: 'distance',
  sizeBy: 'degree',
  showGaps: true,
  camera: { x: -100, y: -50, w: 400, h: 225 },
});

function threeViews(): MapDocument {
  let doc = makeMap(
    {
      name: 'Kart',
      focalName: 'Kulturskolen',
      templateId: 'kulturskole',
      focalSectorId: 'kulturskole',
      focalTypeId: 'kulturskole',
    },
    meta,
  );
  for (const name of ['Alt', 'Skole', 'Gap']) doc = addView(doc, input(name), meta).doc;
  return doc;
}

const names = (doc: MapDocument) => orderedViews(doc).map((v) => v.name);

test('views are added at the end, trimmed, and belong to the map', () => {
  const doc = threeViews();
  expect(names(doc)).toEqual(['Alt', 'Skole', 'Gap']);
  const added = addView(doc, input('  Politikk  '), meta);
  expect(added.view).toMatchObject({ name: 'Politikk', order: 3, mapId: doc.map.id });
  expect(names(added.doc)).toEqual(['Alt', 'Skole', 'Gap', 'Politikk']);
});

test('moving a view reorders the list and replaces only the views that moved', () => {
  const doc = threeViews();
  const gap = orderedViews(doc)[2];
  const moved = moveView(doc, gap?.id ?? '', -2, meta);
  expect(names(moved)).toEqual(['Gap', 'Alt', 'Skole']);
  expect(orderedViews(moved).map((v) => v.order)).toEqual([0, 1, 2]);
  // Past either end nothing changes, so no undo step is wasted.
  expect(moveView(moved, gap?.id ?? '', -1, meta)).toBe(moved);
  const skole = orderedViews(doc)[1];
  const down = moveView(doc, skole?.id ?? '', 1, meta);
  expect(names(down)).toEqual(['Alt', 'Gap', 'Skole']);
  expect(down.views[orderedViews(doc)[0]?.id ?? '']).toBe(
    doc.views[orderedViews(doc)[0]?.id ?? ''],
  );
});

test('renaming keeps the old name when the new one is blank; delete closes the gap in order', () => {
  const doc = threeViews();
  const [first, second] = orderedViews(doc);
  const renamed = updateView(doc, first?.id ?? '', { name: '   ' }, meta);
  expect(renamed.views[first?.id ?? '']?.name).toBe('Alt');
  const removed = removeView(doc, first?.id ?? '', meta);
  expect(names(removed)).toEqual(['Skole', 'Gap']);
  expect(removed.views[second?.id ?? '']?.order).toBe(0);
  expect(removeView(doc, 'unknown', meta)).toBe(doc);
});

test('views survive the saved format, and removing actors keeps them', () => {
  const doc = threeViews();
  const back = restore(JSON.parse(JSON.stringify(toSaved(doc))));
  expect(back).toEqual({ ok: true, value: doc });
  const focal = doc.map.focalActorId ?? '';
  expect(removeItems(doc, { actorIds: [focal] }, meta).views).toBe(doc.views);
});

test('a view with an unknown layout or a non-positive camera is rejected with its field named', () => {
  const saved = toSaved(threeViews()) as unknown as { views: Record<string, unknown>[] };
  const bad = structuredClone(saved);
  (bad.views[1] as Record<string, unknown>).layout = 'spiral';
  expect(restore(bad)).toMatchObject({ ok: false, error: { path: 'views[1].layout' } });
  const flat = structuredClone(saved);
  (flat.views[0] as Record<string, unknown>).camera = { x: 0, y: 0, w: 0, h: 10 };
  expect(restore(flat)).toMatchObject({ ok: false, error: { path: 'views[0].camera.w' } });
  const dup = structuredClone(saved);
  (dup.views[2] as Record<string, unknown>).id = dup.views[0]?.id;
  expect(restore(dup)).toMatchObject({ ok: false, error: { code: 'duplicate-id' } });
});
