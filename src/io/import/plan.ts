/**
 * Stage 2 of an import: an incoming graph against the open map (merge) or none (new map) → the
 * resulting document, what it adds, updates and skips, and what it matched. Pure; the caller
 * writes `plan.doc` in one transaction. Merging never deletes: blank cells keep what is there,
 * tags and purposes are added to, custom fields are added or replaced one by one.
 */
import { emptyContact, makeActor, makeCollaboration, NO_MAP_SETTINGS } from '../../domain/factory';
import type { EditMeta } from '../../domain/ids';
import {
  type Actor,
  type Collaboration,
  CUSTOM_SECTOR,
  CUSTOM_TYPE,
  type MapDocument,
  type Template,
} from '../../domain/types';
import { LIMITS } from '../../schema/limits';
import { restore, toSaved } from '../../schema/restore';
import { fail, ImportFailure } from './failure';
import { resolveMapEnds } from './mapEnds';
import { nameIndex } from './match';
import { mergeActor, mergeCollaboration, same } from './mergeFields';
import { bounded } from './quote';
import type {
  ImportPlan,
  ImportProblem,
  ImportResult,
  IncomingActor,
  IncomingCollaboration,
  IncomingGraph,
  MatchReport,
} from './types';

export interface PlanOptions {
  /** Name of the new map; ignored when merging. */
  mapName: string;
  /** The incoming actor that is the culture school, when the user picked one. */
  focalKey?: string;
}

const has = (record: object, key: string) => Object.hasOwn(record, key);

export function planImport(
  parsed: IncomingGraph,
  target: MapDocument | null,
  template: Template,
  meta: EditMeta,
  opts: PlanOptions,
): ImportResult<ImportPlan> {
  try {
    return { ok: true, value: plan(parsed, target, template, meta, opts) };
  } catch (e) {
    if (e instanceof ImportFailure) return { ok: false, error: e.problem };
    throw e;
  }
}

function emptyDoc(template: Template, meta: EditMeta, name: string): MapDocument {
  return {
    map: {
      id: meta.newId(),
      name: name.trim(),
      description: '',
      focalActorId: null,
      templateId: template.id,
      ...NO_MAP_SETTINGS,
      createdAt: meta.now,
      updatedAt: meta.now,
    },
    actors: {},
    collaborations: {},
    activities: {},
    views: {},
  };
}

function plan(
  parsed: IncomingGraph,
  target: MapDocument | null,
  template: Template,
  meta: EditMeta,
  opts: PlanOptions,
): ImportPlan {
  const file = parsed.files[0] ?? '';
  const base = target ?? emptyDoc(template, meta, opts.mapName);
  const mapId = base.map.id;
  const actors: Record<string, Actor> = { ...base.actors };
  const warnings: ImportProblem[] = [...parsed.warnings];
  const warn = (p: ImportProblem) => warnings.push(bounded(p));
  const matched: MatchReport[] = [];
  const endsInMap: MatchReport[] = [];
  const counts = { actors: zero(), collaborations: zero() };
  const changedActors = new Set<string>();
  const focalKey = opts.focalKey ?? parsed.focalKey;
  // Into an existing map, only a culture school the file names as such stands for the map's own.
  const fileFocal = parsed.actors.find((a) => a.key === parsed.focalKey);
  const mergeFocal = opts.focalKey ?? (fileFocal && !fileFocal.typeGuessed ? fileFocal.key : null);
  const index = nameIndex(Object.values(base.actors), base.map.focalActorId);
  const ends = resolveMapEnds(parsed.mapEnds ?? [], target, index, template, warn);
  const idOf = new Map<string, string>(ends.ids);
  endsInMap.push(...ends.found);
  const addActor = (inc: IncomingActor) => {
    const actor = makeActor(mapId, actorInput(inc), meta);
    actors[actor.id] = actor;
    idOf.set(inc.key, actor.id);
    changedActors.add(actor.id);
    counts.actors.add++;
  };

  for (const inc of parsed.actors) {
    const found = findActor(inc, base, mergeFocal, index, warn);
    if (!found) {
      addActor(inc);
      continue;
    }
    const existing = actors[found.id] as Actor;
    idOf.set(inc.key, existing.id);
    // A name from a From/To column is a link end, not an actor row of the file.
    (inc.fromLink ? endsInMap : matched).push({
      incoming: inc.name,
      existing: existing.name,
      existingId: existing.id,
      by: found.by,
    });
    const next = mergeActor(existing, inc, found.by === 'id', meta.now);
    if (same(existing, next)) counts.actors.skip++;
    else {
      actors[existing.id] = next;
      changedActors.add(existing.id);
      counts.actors.update++;
    }
  }
  for (const inc of ends.added) addActor(inc);
  if (Object.keys(actors).length > LIMITS.actors) {
    fail({ code: 'too-many-actors', file, limit: LIMITS.actors });
  }

  const collaborations: Record<string, Collaboration> = { ...base.collaborations };
  const changedCollabs = new Set<string>();
  const claimed = new Set<string>();
  const pairs = pairIndex(Object.values(base.collaborations));
  for (const inc of parsed.collaborations) {
    const sourceId = idOf.get(inc.source) as string;
    const targetId = idOf.get(inc.target) as string;
    if (sourceId === targetId) {
      warn({ code: 'self-link', ...inc.origin });
      continue;
    }
    const existing = findCollaboration(inc, sourceId, targetId, base, pairs, claimed);
    if (!existing) {
      const c = makeCollaboration(mapId, { ...collaborationInput(inc), sourceId, targetId }, meta);
      collaborations[c.id] = c;
      changedCollabs.add(c.id);
      counts.collaborations.add++;
      continue;
    }
    claimed.add(existing.id);
    const current = collaborations[existing.id] as Collaboration;
    const next = mergeCollaboration(current, inc, meta.now);
    if (same(current, next)) counts.collaborations.skip++;
    else {
      collaborations[existing.id] = next;
      changedCollabs.add(existing.id);
      counts.collaborations.update++;
    }
  }
  if (Object.keys(collaborations).length > LIMITS.collaborations) {
    fail({ code: 'too-many-collaborations', file, limit: LIMITS.collaborations });
  }

  const focalId = base.map.focalActorId ?? (focalKey ? (idOf.get(focalKey) ?? null) : null);
  const changed =
    changedActors.size > 0 || changedCollabs.size > 0 || focalId !== base.map.focalActorId;
  const doc: MapDocument = {
    ...base,
    map: changed ? { ...base.map, focalActorId: focalId, updatedAt: meta.now } : base.map,
    actors,
    collaborations,
  };
  const check = restore(toSaved(doc));
  if (!check.ok) {
    fail({ code: check.error.code, file, field: check.error.path, value: check.error.detail });
  }
  return {
    doc,
    counts,
    matched,
    endsInMap,
    warnings,
    changed: { actors: [...changedActors], collaborations: [...changedCollabs] },
  };
}

const zero = () => ({ add: 0, update: 0, skip: 0 });

/** By id, then by name (exact, then loose); the file's culture school stands for the map's own. */
function findActor(
  inc: IncomingActor,
  base: MapDocument,
  focalKey: string | null,
  index: ReturnType<typeof nameIndex>,
  warn: (p: ImportProblem) => void,
): { id: string; by: MatchReport['by'] } | null {
  if (inc.sourceId !== null && has(base.actors, inc.sourceId))
    return { id: inc.sourceId, by: 'id' };
  const id = base.map.focalActorId;
  const focal = id !== null && has(base.actors, id) ? id : null;
  const byName = index.find(inc.name, inc.kind);
  if (byName && 'id' in byName && !(inc.key === focalKey && focal && byName.id !== focal)) {
    return byName;
  }
  if (inc.key === focalKey && focal) return { id: focal, by: 'focal' };
  if (byName && 'ambiguous' in byName) {
    warn({ code: 'ambiguous-match', ...inc.origin, value: inc.name });
  }
  return null;
}

function actorInput(inc: IncomingActor) {
  const input: Parameters<typeof makeActor>[1] = {
    name: inc.name,
    sectorId: inc.sectorId ?? CUSTOM_SECTOR,
    typeId: inc.typeId ?? CUSTOM_TYPE,
    contact: { ...emptyContact(), ...inc.contact },
  };
  if (inc.kind) input.kind = inc.kind;
  if (inc.description !== undefined) input.description = inc.description;
  if (inc.tags) input.tags = inc.tags;
  if (inc.power !== undefined) input.power = inc.power;
  if (inc.interest !== undefined) input.interest = inc.interest;
  if (inc.position) input.position = inc.position;
  if (inc.ageGroups) input.ageGroups = inc.ageGroups;
  if (inc.extraTypeIds) input.extraTypeIds = inc.extraTypeIds;
  if (inc.custom) input.custom = inc.custom;
  return input;
}

function collaborationInput(inc: IncomingCollaboration) {
  const { sourceId: _s, source: _a, target: _b, origin: _o, ...fields } = inc;
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

function pairIndex(collaborations: readonly Collaboration[]): Map<string, Collaboration[]> {
  const index = new Map<string, Collaboration[]>();
  for (const c of collaborations) {
    const key = pairKey(c.sourceId, c.targetId);
    index.set(key, [...(index.get(key) ?? []), c]);
  }
  return index;
}

/** By id when it links the same two actors; else the pair's link with the same label, else its only link. */
function findCollaboration(
  inc: IncomingCollaboration,
  sourceId: string,
  targetId: string,
  base: MapDocument,
  pairs: Map<string, Collaboration[]>,
  claimed: ReadonlySet<string>,
): Collaboration | null {
  const key = pairKey(sourceId, targetId);
  if (inc.sourceId !== null && has(base.collaborations, inc.sourceId)) {
    const c = base.collaborations[inc.sourceId] as Collaboration;
    if (pairKey(c.sourceId, c.targetId) === key && !claimed.has(c.id)) return c;
  }
  const free = (pairs.get(key) ?? []).filter((c) => !claimed.has(c.id));
  const label = (inc.label ?? '').trim().toLocaleLowerCase('nb');
  const sameLabel = free.find((c) => c.label.trim().toLocaleLowerCase('nb') === label);
  if (sameLabel) return sameLabel;
  return free.length === 1 && (pairs.get(key)?.length ?? 0) === 1 ? (free[0] ?? null) : null;
}
