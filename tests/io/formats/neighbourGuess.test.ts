/** Issue 13, point 8: a culture school of another place in an imported file is a neighbour's. */
import { describe, expect, it } from 'vitest';
import demo from '../../../data/samples/eksempel-kommune.samspill-map.json';
import type { MapDocument } from '../../../src/domain/types';
import { parseImport } from '../../../src/io/import';
import { mapActorsOf } from '../../../src/io/import/preview';
import { restore } from '../../../src/schema';
import { template } from './arbitrary';
import { file, graphOf } from './helpers';

function demoMap(): MapDocument {
  const r = restore(demo);
  if (!r.ok) throw new Error(`demo does not restore: ${r.error.path}`);
  return r.value;
}

const typeOf = (actors: readonly { name: string; typeId?: string }[], name: string) =>
  actors.find((a) => a.name === name)?.typeId;

describe('guessing a neighbour culture school on import', () => {
  it('reads "Sørvik kulturskole" as a neighbour when merged into the Eksempel map', async () => {
    const csv = 'Navn\nSørvik kulturskole\nEksempel kulturskole\nHaugen barneskole\n';
    const map = mapActorsOf(demoMap());
    const r = await parseImport([file('aktorer.csv', csv)], template, map ? { map } : {});
    if (!r.ok || r.value.kind !== 'graph') throw new Error(JSON.stringify(r));
    expect(typeOf(r.value.actors, 'Sørvik kulturskole')).toBe('neighbour-municipalities');
    expect(typeOf(r.value.actors, 'Eksempel kulturskole')).toBe('culture-school');
    expect(typeOf(r.value.actors, 'Haugen barneskole')).toBe('primary-school');
  });

  it('in a new map cannot tell which culture school is the own, and asks for the focal actor', async () => {
    const graph = await graphOf([file('a.csv', 'Navn\nBærum kulturskole\nAsker kulturskole\n')]);
    expect(graph.actors.map((a) => a.typeId)).toEqual(['culture-school', 'culture-school']);
    expect(graph.needsFocal).toBe(true);
  });
});
