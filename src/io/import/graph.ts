/**
 * Tables of rows → one incoming graph: actor keys, collaboration endpoints resolved (by ID, then
 * by name), limits, and the focal actor. Structural errors throw an `ImportFailure`.
 */
import { normalizeName } from '../../domain/names';
import { CUSTOM_TYPE_REF, guessType } from '../../domain/template';
import type { Template } from '../../domain/types';
import { LIMITS } from '../../schema/limits';
import type { ActorField, CollaborationField, TableKind } from '../csv/columns';
import { planColumns } from './columnPlan';
import { fail } from './failure';
import { nameIndex } from './match';
import { bounded } from './quote';
import { type CollaborationRecord, readActor, readCollaboration, readContext } from './records';
import type {
  ImportProblem,
  IncomingActor,
  IncomingCollaboration,
  IncomingGraph,
  MapActors,
  MapEnd,
  Origin,
} from './types';

/** A sheet, CSV file or the nodes or edges of a graph file, as header + string cells. */
export interface RawTable {
  kind: TableKind;
  origin: Origin;
  headers: string[];
  rows: { cells: string[]; origin: Origin }[];
}

export interface GraphInput {
  format: IncomingGraph['format'];
  files: string[];
  tables: RawTable[];
  warnings: ImportProblem[];
  template: Template;
  signal?: AbortSignal;
  /** The open map, where a From/To name the actors table lacks may be found (see MapEnd). */
  map?: MapActors;
}

const checkAbort = (signal: AbortSignal | undefined, file: string) => {
  if (signal?.aborted) fail({ code: 'aborted', file });
};

function single(tables: RawTable[], kind: TableKind): RawTable | undefined {
  const found = tables.filter((t) => t.kind === kind);
  const second = found[1];
  if (second) fail({ code: 'duplicate-table', ...second.origin, value: kind });
  return found[0];
}

export function buildGraph(input: GraphInput): IncomingGraph {
  const warnings = input.warnings;
  const ctx = readContext(input.template, (p) => warnings.push(bounded(p)));
  const actorTable = single(input.tables, 'actors');
  const collabTable = single(input.tables, 'collaborations');
  const actors = actorTable ? readActors(actorTable, ctx, input.signal) : [];
  const resolve = resolver(actors, Boolean(actorTable), input.map);
  const collaborations: IncomingCollaboration[] = [];
  if (collabTable) {
    const { origin, headers, rows } = collabTable;
    if (rows.length > LIMITS.collaborations) {
      fail({ code: 'too-many-collaborations', file: origin.file, limit: LIMITS.collaborations });
    }
    const columns = planColumns<CollaborationField>(headers, 'collaborations', origin, ctx.warn);
    rows.forEach((row, i) => {
      if (i % 1000 === 0) checkAbort(input.signal, origin.file);
      const record = readCollaboration(columns, row.cells, row.origin, ctx);
      if (!record) return;
      const source = resolve(record, 'from', ctx.warn);
      const target = resolve(record, 'to', ctx.warn);
      if (source === target) {
        ctx.warn({ code: 'self-link', ...row.origin, value: record.from.value });
        return;
      }
      const { from: _f, to: _t, ...rest } = record;
      collaborations.push({ ...rest, source, target });
    });
  }
  for (const a of resolve.implicit) {
    const guess = guessType(input.template, a.name);
    Object.assign(a, guess ?? CUSTOM_TYPE_REF, { typeGuessed: true });
    actors.push(a);
  }
  if (actors.length > LIMITS.actors) {
    fail({ code: 'too-many-actors', file: input.files[0] ?? '', limit: LIMITS.actors });
  }
  guessNeighbours(actors, input.template, input.map);
  const focalKey = findFocal(actors, input.template);
  return {
    kind: 'graph',
    format: input.format,
    files: input.files,
    actors,
    collaborations,
    warnings,
    focalKey,
    needsFocal: focalKey === null,
    ...(resolve.mapEnds.length ? { mapEnds: resolve.mapEnds } : {}),
  };
}

function readActors(
  table: RawTable,
  ctx: ReturnType<typeof readContext>,
  signal?: AbortSignal,
): IncomingActor[] {
  const { origin, headers, rows } = table;
  if (rows.length > LIMITS.actors) {
    fail({ code: 'too-many-actors', file: origin.file, limit: LIMITS.actors });
  }
  const columns = planColumns<ActorField>(headers, 'actors', origin, ctx.warn);
  const idHeader = columns.find((c) => c.field === 'id')?.header;
  const ids = new Set<string>();
  const actors: IncomingActor[] = [];
  rows.forEach((row, i) => {
    if (i % 1000 === 0) checkAbort(signal, origin.file);
    const record = readActor(columns, row.cells, row.origin, ctx);
    if (!record) return;
    if (record.sourceId !== null) {
      if (ids.has(record.sourceId)) {
        fail({ code: 'duplicate-id', ...row.origin, field: idHeader, value: record.sourceId });
      }
      ids.add(record.sourceId);
    }
    actors.push({ ...record, key: `a${actors.length}` });
  });
  return actors;
}

type Resolve = ((
  record: CollaborationRecord,
  end: 'from' | 'to',
  warn: (p: ImportProblem) => void,
) => string) & { implicit: IncomingActor[]; mapEnds: MapEnd[] };

/**
 * From/To name an actor by its ID, else by its name as written, else by its name ignoring case
 * and spacing. With no actors table, each new name becomes an actor (Kumu does the same). With
 * one, a name it lacks may still be on the open map (a merge links to it, see MapEnd); a name in
 * neither is refused.
 */
function resolver(
  actors: readonly IncomingActor[],
  hasActorTable: boolean,
  map: MapActors | undefined,
): Resolve {
  const byId = new Map<string, string>();
  const byName = new Map<string, string[]>();
  const byKey = new Map<string, string[]>();
  const add = (index: Map<string, string[]>, k: string, key: string) => {
    const list = index.get(k);
    if (list) list.push(key);
    else index.set(k, [key]);
  };
  for (const a of actors) {
    if (a.sourceId !== null) byId.set(a.sourceId, a.key);
    add(byName, a.name, a.key);
    add(byKey, normalizeName(a.name), a.key);
  }
  const implicit: IncomingActor[] = [];
  const onMap = mapLookup(map);
  const mapEnds: MapEnd[] = [];
  const endKeys = new Map<string, string>();
  const resolve = (
    record: CollaborationRecord,
    end: 'from' | 'to',
    warn: (p: ImportProblem) => void,
  ) => {
    const { header, value } = record[end];
    const found = byId.get(value) ?? byName.get(value) ?? byKey.get(normalizeName(value));
    if (typeof found === 'string') return found;
    if (found && found.length > 0) {
      if (found.length > 1)
        warn({ code: 'ambiguous-name', ...record.origin, field: header, value });
      return found[0] as string;
    }
    if (hasActorTable) {
      if (!onMap) return fail({ code: 'missing-node', ...record.origin, field: header, value });
      const known = endKeys.get(normalizeName(value));
      if (known) return known;
      if (!onMap(value)) fail({ code: 'missing-actor', ...record.origin, field: header, value });
      const key = `m${mapEnds.length}`;
      mapEnds.push({ key, name: value, origin: record.origin, field: header });
      endKeys.set(normalizeName(value), key);
      return key;
    }
    const key = `a${actors.length + implicit.length}`;
    implicit.push({ key, sourceId: null, name: value, origin: record.origin, fromLink: true });
    add(byKey, normalizeName(value), key);
    return key;
  };
  return Object.assign(resolve, { implicit, mapEnds });
}

/** Whether the open map has an actor of this id or name (one or several, as a merge matches). */
function mapLookup(map: MapActors | undefined): ((value: string) => boolean) | null {
  if (!map) return null;
  const ids = new Set(map.actors.map((a) => a.id));
  const index = nameIndex(map.actors, map.focalActorId);
  return (value) => ids.has(value) || index.find(value, undefined) !== null;
}

/**
 * In a merge, a culture school guessed from its name is a neighbour's when its place differs from
 * the map's own. A new map has no own school yet: the user picks it (`needsFocal`).
 */
function guessNeighbours(
  actors: IncomingActor[],
  template: Template,
  map: MapActors | undefined,
): void {
  const focalType = template.focal.typeId;
  const home = map?.actors.find((a) => a.id === map.focalActorId)?.name;
  if (home === undefined) return;
  for (const a of actors) {
    if (a.typeId !== focalType || !a.typeGuessed) continue;
    const guess = guessType(template, a.name, home);
    if (guess) Object.assign(a, guess);
  }
}

/** The one actor of the focal type; a chosen type outranks a guessed one. */
function findFocal(actors: readonly IncomingActor[], template: Template): string | null {
  const focal = actors.filter((a) => a.typeId === template.focal.typeId);
  const chosen = focal.filter((a) => !a.typeGuessed);
  if (chosen.length === 1) return chosen[0]?.key ?? null;
  if (chosen.length === 0 && focal.length === 1) return focal[0]?.key ?? null;
  return null;
}
