import { z } from 'zod';
import type { ChangeSet } from '../domain/changes';
import type { RemoteBase } from '../domain/remoteChanges';
import { LIMITS } from './limits';
import { formatPath } from './restore';
import {
  activitySchema,
  actorSchema,
  collaborationSchema,
  partnerMapSchema,
  viewSchema,
} from './schemas';

/**
 * A change set and its base as another tab sends them (src/state/tabSync.ts): untrusted input,
 * checked with the saved-format schemas like a file. The counts are checked before any element,
 * so an oversized message costs a length read, not a parse.
 */
const id = partnerMapSchema.shape.id;

const sized = (v: unknown, max: number) =>
  typeof v === 'object' &&
  v !== null &&
  (Array.isArray(v) ? v.length : Object.keys(v).length) <= max;

const list = <T extends z.ZodType>(item: T, max: number) =>
  z
    .custom<unknown[]>((v) => Array.isArray(v) && sized(v, max), `expected at most ${max} items`)
    .pipe(z.array(item));

const RESERVED = ['__proto__', 'constructor', 'prototype'];

/**
 * Records keyed by their own id, as in a document. A reserved key is refused here: zod's
 * record would skip `__proto__` silently.
 */
const byId = <T extends z.ZodType<{ id: string }>>(record: T, max: number) =>
  z
    .custom<object>((v) => !Array.isArray(v) && sized(v, max), `expected at most ${max} records`)
    .refine((v) => !RESERVED.some((key) => Object.hasOwn(v, key)), 'reserved id')
    .pipe(z.record(id, record))
    .refine(
      (r) => Object.entries(r).every(([key, value]) => value.id === key),
      'key is not the id',
    );

const TABLES = [
  ['putActors', 'deleteActors'],
  ['putCollaborations', 'deleteCollaborations'],
  ['putActivities', 'deleteActivities'],
  ['putViews', 'deleteViews'],
] as const;

const duplicate = (ids: readonly string[]) => ids.length !== new Set(ids).size;

export const changeSetSchema = z
  .object({
    mapId: id,
    map: partnerMapSchema.nullable(),
    putActors: list(actorSchema, LIMITS.actors),
    deleteActors: list(id, LIMITS.actors),
    putCollaborations: list(collaborationSchema, LIMITS.collaborations),
    deleteCollaborations: list(id, LIMITS.collaborations),
    putActivities: list(activitySchema, LIMITS.activities),
    deleteActivities: list(id, LIMITS.activities),
    putViews: list(viewSchema, LIMITS.views),
    deleteViews: list(id, LIMITS.views),
  })
  .superRefine((c, ctx) => {
    if (c.map && c.map.id !== c.mapId)
      ctx.addIssue({ code: 'custom', path: ['map', 'id'], message: 'not the map' });
    for (const [put, del] of TABLES) {
      const records = c[put] as ReadonlyArray<{ id: string; mapId: string }>;
      const at = records.findIndex((r) => r.mapId !== c.mapId);
      if (at >= 0)
        ctx.addIssue({ code: 'custom', path: [put, at, 'mapId'], message: 'not the map' });
      if (duplicate(records.map((r) => r.id)))
        ctx.addIssue({ code: 'custom', path: [put], message: 'duplicate id' });
      if (duplicate(c[del])) ctx.addIssue({ code: 'custom', path: [del], message: 'duplicate id' });
    }
  });

/** What the sender believed storage held for the records it wrote (`baseOf`). */
export const remoteBaseSchema = z
  .object({
    map: partnerMapSchema,
    actors: byId(actorSchema, LIMITS.actors),
    collaborations: byId(collaborationSchema, LIMITS.collaborations),
    activities: byId(activitySchema, LIMITS.activities),
    views: byId(viewSchema, LIMITS.views),
  })
  .nullable();

export type ChangeCheck =
  | { ok: true; change: ChangeSet; base: RemoteBase }
  | { ok: false; path: string; detail: string };

/** A change set from another tab and its base, valid and of one map, or why not. */
export function checkRemoteChange(change: unknown, base: unknown): ChangeCheck {
  const parsed = changeSetSchema.safeParse(change);
  if (!parsed.success) return failure('change', parsed.error);
  const parsedBase = remoteBaseSchema.safeParse(base ?? null);
  if (!parsedBase.success) return failure('base', parsedBase.error);
  const b = parsedBase.data;
  if (b && b.map.id !== parsed.data.mapId)
    return { ok: false, path: 'base.map.id', detail: 'not the map' };
  if (b) {
    for (const table of ['actors', 'collaborations', 'activities', 'views'] as const) {
      if (Object.values(b[table]).some((r) => r.mapId !== parsed.data.mapId))
        return { ok: false, path: `base.${table}`, detail: 'not the map' };
    }
  }
  // The schemas mirror the domain types, with enums widened to string.
  return { ok: true, change: parsed.data as ChangeSet, base: b as RemoteBase };
}

/** Bounded: a path may hold a key of any length from the message. */
function failure(root: string, error: z.ZodError): ChangeCheck {
  const issue = error.issues[0];
  const path = formatPath([root, ...(issue?.path ?? [])]).slice(0, 120);
  return { ok: false, path, detail: (issue?.message ?? 'invalid').slice(0, 120) };
}
