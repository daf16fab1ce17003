/** Shared test helpers: files from strings, parse + plan in one go, and what a format carries. */
import { expect } from 'vitest';
import type { MapDocument } from '../../../src/domain/types';
import {
  type ImportFile,
  type ImportProblem,
  type IncomingGraph,
  type ParsedImport,
  parseImport,
  planImport,
} from '../../../src/io/import';
import { testMeta } from '../../fixtures/meta';
import { template } from './arbitrary';

export const file = (name: string, content: string | Uint8Array): ImportFile => ({
  name,
  bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
});

export async function parsed(files: ImportFile[]): Promise<ParsedImport> {
  const result = await parseImport(files, template);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

export async function graphOf(files: ImportFile[]): Promise<IncomingGraph> {
  const value = await parsed(files);
  if (value.kind !== 'graph') throw new Error('expected a graph');
  return value;
}

export async function importAsNewMap(files: ImportFile[]): Promise<MapDocument> {
  const graph = await graphOf(files);
  const plan = planImport(graph, null, template, testMeta(), { mapName: 'Importert' });
  if (!plan.ok) throw new Error(`plan failed: ${JSON.stringify(plan.error)}`);
  return plan.value.doc;
}

export async function expectProblem(files: ImportFile[], problem: Partial<ImportProblem>) {
  const result = await parseImport(files, template);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toMatchObject(problem);
  return result;
}

const lf = (value: unknown): unknown => {
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n');
  if (Array.isArray(value)) return value.map(lf);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, lf(v)]));
  }
  return value;
};

/** The fields a spreadsheet or graph file carries, with actors referred to by their position. */
export function carried(doc: MapDocument, opts: { positions?: boolean; lf?: boolean } = {}) {
  const ids = Object.keys(doc.actors);
  const at = (id: string) => ids.indexOf(id);
  const actors = Object.values(doc.actors).map((a) => ({
    name: a.name,
    kind: a.kind,
    sectorId: a.sectorId,
    typeId: a.typeId,
    description: a.description,
    tags: a.tags,
    contact: a.contact,
    power: a.power,
    interest: a.interest,
    ageGroups: a.ageGroups,
    extraTypeIds: a.extraTypeIds,
    custom: a.custom,
    ...(opts.positions ? { position: a.position } : {}),
  }));
  const collaborations = Object.values(doc.collaborations).map((c) => ({
    ends: [at(c.sourceId), at(c.targetId)],
    label: c.label,
    purposeIds: c.purposeIds,
    strength: c.strength,
    status: c.status,
    frequency: c.frequency,
    startDate: c.startDate,
    endDate: c.endDate,
    responsible: c.responsible,
    notes: c.notes,
    nextStep: c.nextStep,
    nextStepDate: c.nextStepDate,
    custom: c.custom,
  }));
  const focal = doc.map.focalActorId === null ? null : at(doc.map.focalActorId);
  const out = { actors, collaborations, focal };
  return opts.lf ? lf(out) : out;
}
