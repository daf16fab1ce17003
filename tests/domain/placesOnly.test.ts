import { describe, expect, it } from 'vitest';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import { kulturskoleTemplate } from '../../src/app/template';
import { moveActors, setPinned, updateActor, updateMap } from '../../src/domain/commands';
import { differsInPlacesOnly } from '../../src/domain/placesOnly';
import type { MapDocument } from '../../src/domain/types';
import { restore } from '../../src/schema';
import { analysisOf } from '../../src/ui/analysis/useGapAnalysis';
import { testMeta } from '../fixtures/meta';

function demoDoc(): MapDocument {
  const restored = restore(demo);
  if (!restored.ok) throw new Error(`demo map does not restore: ${restored.error.path}`);
  return restored.value;
}

const meta = testMeta('2026-03-01T00:00:00.000Z', 'p');

describe('a map that differs in places only', () => {
  const doc = demoDoc();
  const ids = Object.keys(doc.actors);
  const moved = moveActors(
    doc,
    ids.map((id, i) => ({ id, x: i * 10, y: -i })),
    meta,
  );

  it('is told apart from one with other changes', () => {
    expect(moved).not.toBe(doc);
    expect(differsInPlacesOnly(doc, moved)).toBe(true);
    expect(differsInPlacesOnly(moved, setPinned(moved, [ids[0] as string], true, meta))).toBe(true);
    const renamed = updateActor(moved, ids[1] as string, { name: 'Nytt navn' }, meta);
    expect(differsInPlacesOnly(moved, renamed)).toBe(false);
    const retitled = updateMap(moved, { name: 'Et annet kart' }, meta);
    expect(differsInPlacesOnly(moved, retitled)).toBe(false);
    const { [ids[2] as string]: _gone, ...fewer } = moved.actors;
    expect(differsInPlacesOnly(moved, { ...moved, actors: fewer })).toBe(false);
  });

  it('keeps its gap analysis; a rename analyses again', () => {
    const first = analysisOf(doc, kulturskoleTemplate);
    expect(analysisOf(moved, kulturskoleTemplate)).toBe(first);
    const renamed = updateActor(moved, ids[1] as string, { sectorId: 'health' }, meta);
    expect(analysisOf(renamed, kulturskoleTemplate)).not.toBe(first);
  });
});
