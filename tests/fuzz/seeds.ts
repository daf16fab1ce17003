/**
 * Valid files of every import format, written by Samspill's own exporters from a slice of the
 * demo map: the fuzzer mutates these, so most cases get past detection and into the parsers.
 */
import sample from '../../data/samples/eksempel-kommune.samspill-map.json';
import type { MapDocument } from '../../src/domain/types';
import {
  docToCsv,
  docToGexf,
  docToGraphml,
  docToXlsx,
  type ImportFile,
  mapToJson,
} from '../../src/io/import';
import { restore } from '../../src/schema';
import { template } from '../io/formats/arbitrary';

export type FuzzFormat = 'json' | 'csv' | 'xlsx' | 'gexf' | 'graphml';
export const FUZZ_FORMATS: readonly FuzzFormat[] = ['json', 'csv', 'xlsx', 'gexf', 'graphml'];

/** Small enough that 10,000 cases run in minutes, big enough to hold every kind of field. */
const ACTORS = 14;

export function seedDocument(): MapDocument {
  const full = restore(sample);
  if (!full.ok) throw new Error(`demo map does not restore: ${full.error.code}`);
  const doc = full.value;
  const focal = doc.map.focalActorId;
  const keep = new Set(
    Object.keys(doc.actors)
      .sort((a, b) => Number(b === focal) - Number(a === focal))
      .slice(0, ACTORS),
  );
  const collaborations = Object.fromEntries(
    Object.entries(doc.collaborations).filter(
      ([, c]) => keep.has(c.sourceId) && keep.has(c.targetId),
    ),
  );
  return {
    map: doc.map,
    actors: Object.fromEntries(Object.entries(doc.actors).filter(([id]) => keep.has(id))),
    collaborations,
    activities: Object.fromEntries(
      Object.entries(doc.activities).filter(([, a]) =>
        Object.hasOwn(collaborations, a.collaborationId),
      ),
    ),
    views: {},
  };
}

const text = (name: string, content: string): ImportFile => ({
  name,
  bytes: new TextEncoder().encode(content),
});

/** One import's worth of files per format (CSV is an actors and a collaborations file). */
export async function seedFiles(doc: MapDocument): Promise<Record<FuzzFormat, ImportFile[]>> {
  const csv = docToCsv(doc, template, 'nb');
  const xlsx = await docToXlsx(doc, template, 'nb');
  return {
    json: [text('kart.samspill.json', mapToJson(doc))],
    csv: [text('aktorer.csv', csv.actors), text('samarbeid.csv', csv.collaborations)],
    xlsx: [{ name: 'kart.xlsx', bytes: new Uint8Array(await xlsx.arrayBuffer()) }],
    gexf: [text('kart.gexf', await docToGexf(doc))],
    graphml: [text('kart.graphml', await docToGraphml(doc))],
  };
}
