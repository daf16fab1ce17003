/**
 * Repair of a map's stored rows, for loads from IndexedDB only (files and the clipboard stay
 * strict: they go through `restore()` and are refused). As in Excalidraw's restore, one damaged
 * row must not lock the whole map: each row is mended field by field (repairFields.ts) or left
 * out, references to rows that are gone are dropped, and every repair is listed so that the user
 * hears of it and the rows as they were can be kept. Pure: the caller reads and writes storage.
 */
import type { z } from 'zod';
import { OLD_SCHOOL_TYPE, splitSchool } from '../domain/templateUpgrade';
import { CUSTOM_SECTOR, CUSTOM_TYPE, type Template } from '../domain/types';
import {
  ACTIVITY_FIXERS,
  ACTOR_FIXERS,
  COLLABORATION_FIXERS,
  type Fixers,
  isId,
  isObject,
  MAP_FIXERS,
  type RepairKind,
  VIEW_FIXERS,
} from './repairFields';
import {
  activitySchema,
  actorSchema,
  collaborationSchema,
  MAP_FORMAT,
  partnerMapSchema,
  SCHEMA_VERSION,
  viewSchema,
} from './schemas';

export type { RepairKind } from './repairFields';

/** One map's rows as IndexedDB holds them: nothing about them is trusted. */
export interface StoredRows {
  map: unknown;
  actors: unknown[];
  collaborations: unknown[];
  activities: unknown[];
  views: unknown[];
}

/** `path` names the row, and the field when only a field was mended: `actors[3].power`. */
export interface Repair {
  kind: RepairKind;
  path: string;
}

/** The sectors and types of the map's template, so an unknown one can fall back to "other". */
export interface Vocabulary {
  sectors: ReadonlySet<string>;
  /** Type id → the sector it belongs to. */
  types: ReadonlyMap<string, string>;
}

export function vocabularyOf(template: Template): Vocabulary {
  const types = new Map<string, string>([
    [template.focal.typeId, template.focal.sectorId],
    [CUSTOM_TYPE, CUSTOM_SECTOR],
  ]);
  for (const s of template.sectors) for (const t of s.types) types.set(t.id, s.id);
  const sectors = new Set([template.focal.sectorId, CUSTOM_SECTOR]);
  for (const s of template.sectors) sectors.add(s.id);
  return { sectors, types };
}

export type Repaired =
  | { ok: true; saved: Record<string, unknown>; repairs: Repair[] }
  /** The map row itself cannot be read: there is nothing to hang the rest on. */
  | { ok: false; path: string };

const EPOCH = '1970-01-01T00:00:00.000Z';
const isDate = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));

/**
 * A row that validates, mended as far as its fields allow; `null` when it cannot be kept.
 * Every field a validation issue names is mended, in at most three rounds; a row that still
 * fails after them, or that fails in a field with no mending (an id, a reference), is left out.
 */
function mendRow(
  raw: unknown,
  schema: z.ZodType,
  fixers: Fixers,
  at: string,
  fallbackDate: string,
  repairs: Repair[],
): Record<string, unknown> | null {
  if (!isObject(raw) || !isId(raw.id)) {
    repairs.push({ kind: 'invalid-record', path: at });
    return null;
  }
  const row: Record<string, unknown> = { ...raw };
  const mended: Repair[] = [];
  for (let round = 0; round < 3; round++) {
    const parsed = schema.safeParse(row);
    if (parsed.success) {
      repairs.push(...mended);
      return row;
    }
    const fields = new Set(parsed.error.issues.map((i) => i.path[0]));
    for (const field of fields) {
      const fix = typeof field === 'string' && Object.hasOwn(fixers, field) ? fixers[field] : null;
      const fixed = fix ? fix(row[field as string], { fallbackDate }) : 'drop-row';
      if (fixed === 'drop-row') {
        repairs.push({ kind: 'invalid-record', path: `${at}.${String(field)}` });
        return null;
      }
      if (fixed.value === undefined) delete row[field as string];
      else row[field as string] = fixed.value;
      mended.push({ kind: fixed.kind, path: `${at}.${String(field)}` });
    }
  }
  repairs.push({ kind: 'invalid-record', path: at });
  return null;
}

/** Rows of one table that validate, each id once; `table` names the rows in repair paths. */
function mendTable(
  rows: readonly unknown[],
  table: string,
  schema: z.ZodType,
  fixers: Fixers,
  context: { mapId: string; fallbackDate: string },
  repairs: Repair[],
): Map<string, Record<string, unknown>> {
  const kept = new Map<string, Record<string, unknown>>();
  rows.forEach((raw, i) => {
    const at = `${table}[${i}]`;
    let input = raw;
    // Rows are read by their map id, so this is for rows handed over from elsewhere.
    if (isObject(raw) && raw.mapId !== context.mapId) {
      input = { ...raw, mapId: context.mapId };
      repairs.push({ kind: 'invalid-value', path: `${at}.mapId` });
    }
    const row = mendRow(input, schema, fixers, at, context.fallbackDate, repairs);
    if (!row) return;
    const id = row.id as string;
    if (kept.has(id)) repairs.push({ kind: 'invalid-record', path: at });
    else kept.set(id, row);
  });
  return kept;
}

/** An unknown sector or type becomes "other"; a known type keeps the sector it belongs to. */
function mendVocabulary(
  actors: Map<string, Record<string, unknown>>,
  vocabulary: Vocabulary,
  paths: ReadonlyMap<string, string>,
  repairs: Repair[],
): void {
  for (const [id, actor] of actors) {
    const at = paths.get(id) ?? 'actors';
    // Template 1's "school" is upgraded as `restore()` would, not mended into "custom".
    if (actor.typeId === OLD_SCHOOL_TYPE && typeof actor.name === 'string') {
      const split = splitSchool(actor.name);
      const extras = Array.isArray(actor.extraTypeIds) ? actor.extraTypeIds : [];
      actor.typeId = split.typeId;
      actor.extraTypeIds = [...new Set([...extras, ...split.extraTypeIds])];
    }
    const typeSector = vocabulary.types.get(actor.typeId as string);
    if (typeSector === undefined) {
      actor.typeId = CUSTOM_TYPE;
      repairs.push({ kind: 'unknown-type', path: `${at}.typeId` });
    }
    if (!vocabulary.sectors.has(actor.sectorId as string)) {
      actor.sectorId = typeSector && typeSector !== CUSTOM_SECTOR ? typeSector : CUSTOM_SECTOR;
      repairs.push({ kind: 'unknown-sector', path: `${at}.sectorId` });
    }
  }
}

/** Where each kept row stood in its table, so a later repair names the same row. */
function positions(rows: readonly unknown[]): Map<string, string> {
  const out = new Map<string, string>();
  rows.forEach((r, i) => {
    if (isObject(r) && typeof r.id === 'string' && !out.has(r.id)) out.set(r.id, String(i));
  });
  return out;
}

/**
 * The rows mended into a saved map that `restore()` accepts, with every repair made; or the
 * path of what makes the map row itself unreadable. `vocabulary` (from the map's template)
 * turns unknown sectors and types into "other"; without it they are kept.
 */
export function repair(rows: StoredRows, vocabulary?: Vocabulary): Repaired {
  const repairs: Repair[] = [];
  const raw = rows.map;
  if (!isObject(raw) || !isId(raw.id)) return { ok: false, path: 'map.id' };
  const fallbackDate = [raw.updatedAt, raw.createdAt].find(isDate) ?? EPOCH;
  const map = mendRow(raw, partnerMapSchema, MAP_FIXERS, 'map', fallbackDate, repairs);
  if (!map) return { ok: false, path: repairs.at(-1)?.path ?? 'map' };
  const context = { mapId: map.id as string, fallbackDate };
  const table = (name: keyof Omit<StoredRows, 'map'>, schema: z.ZodType, fixers: Fixers) =>
    mendTable(rows[name], name, schema, fixers, context, repairs);

  const actors = table('actors', actorSchema, ACTOR_FIXERS);
  if (vocabulary) {
    const at = new Map([...positions(rows.actors)].map(([id, i]) => [id, `actors[${i}]`]));
    mendVocabulary(actors, vocabulary, at, repairs);
  }
  const collaborations = table('collaborations', collaborationSchema, COLLABORATION_FIXERS);
  const collabAt = positions(rows.collaborations);
  for (const [id, c] of collaborations) {
    const { sourceId, targetId } = c as { sourceId: string; targetId: string };
    if (actors.has(sourceId) && actors.has(targetId) && sourceId !== targetId) continue;
    collaborations.delete(id);
    repairs.push({ kind: 'missing-end', path: `collaborations[${collabAt.get(id)}]` });
  }
  const activities = table('activities', activitySchema, ACTIVITY_FIXERS);
  const activityAt = positions(rows.activities);
  for (const [id, a] of activities) {
    if (collaborations.has(a.collaborationId as string)) continue;
    activities.delete(id);
    repairs.push({ kind: 'missing-end', path: `activities[${activityAt.get(id)}]` });
  }
  const views = table('views', viewSchema, VIEW_FIXERS);
  if (map.focalActorId != null && !actors.has(map.focalActorId as string)) {
    map.focalActorId = null;
    repairs.push({ kind: 'missing-focal', path: 'map.focalActorId' });
  }
  return {
    ok: true,
    repairs,
    saved: {
      format: MAP_FORMAT,
      version: SCHEMA_VERSION,
      map,
      actors: [...actors.values()],
      collaborations: [...collaborations.values()],
      activities: [...activities.values()],
      views: [...views.values()],
    },
  };
}

/** Rows kept by a 'repair' version, when they have the shape of `StoredRows` (tables as lists). */
export function asStoredRows(value: unknown): StoredRows | null {
  if (!isObject(value)) return null;
  const { map, actors, collaborations, activities, views } = value;
  if (![actors, collaborations, activities, views].every(Array.isArray)) return null;
  return { map, actors, collaborations, activities, views } as StoredRows;
}

/** How many rows were repaired or left out: a row with two mended fields counts once. */
export function damagedRecords(repairs: readonly Repair[]): number {
  return new Set(repairs.map((r) => /^[a-z]+(\[\d+\])?/i.exec(r.path)?.[0] ?? r.path)).size;
}
