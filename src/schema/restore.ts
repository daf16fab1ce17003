import type { z } from 'zod';
import { err, ok, type Result } from '../domain/result';
import type { MapDocument, PartnerMap } from '../domain/types';
import { checkIntegrity } from './integrity';
import { migrate } from './migrations';
import { MAP_FORMAT, type SavedMap, SCHEMA_VERSION, savedMapSchema } from './schemas';

export type RestoreErrorCode =
  | 'not-object'
  | 'wrong-format'
  | 'newer-version'
  | 'bad-version'
  | 'invalid-field'
  | 'too-long'
  | 'too-many'
  | 'duplicate-id'
  | 'missing-reference';

/** `path` names the offending field, e.g. `actors[3].name`; `detail` is a technical note. */
export interface RestoreError {
  code: RestoreErrorCode;
  path: string;
  detail: string;
}

const fail = (code: RestoreErrorCode, path: string, detail: string) => err({ code, path, detail });

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

export function fromZodIssue(issue: z.core.$ZodIssue): RestoreError {
  const path = formatPath(issue.path);
  if (issue.code === 'too_big') {
    return {
      code: issue.origin === 'array' ? 'too-many' : 'too-long',
      path,
      detail: issue.message,
    };
  }
  return { code: 'invalid-field', path, detail: issue.message };
}

/**
 * The one entry for untrusted map data (files, clipboard, IndexedDB loads):
 * version check → migrate → validate → referential integrity.
 */
export function restore(input: unknown): Result<MapDocument, RestoreError> {
  const migrated = migrateInput(input);
  if (!migrated.ok) return migrated;
  const parsed = validateSaved(migrated.value);
  if (!parsed.ok) return parsed;
  return checkIntegrity(parsed.value as SavedMap & { map: PartnerMap });
}

/** The record lists of `savedMapSchema`, in its order; they come after the head's keys. */
const LIST_KEYS = ['actors', 'collaborations', 'activities', 'views'] as const;
const headSchema = savedMapSchema.omit({
  actors: true,
  collaborations: true,
  activities: true,
  views: true,
});

/** zod's first issue with its path from the whole saved map. */
function firstIssue(prefix: PropertyKey[], error: z.ZodError): Result<never, RestoreError> {
  const first = error.issues[0];
  return first
    ? err(fromZodIssue({ ...first, path: [...prefix, ...first.path] }))
    : fail('invalid-field', prefix.map(String).join('.'), 'invalid');
}

/**
 * `savedMapSchema.safeParse` in parts, the head and then each list, with the same value and the
 * same first issue. Whole, zod spreads every issue of a list into one `push(...)` call, which
 * overflows the stack at some 100,000 issues (20,000 bad records); a list's own parse pushes
 * each record's few issues apart. zod checks an object's keys in its shape's order and reports
 * them so, so the first failing part holds the whole parse's first issue.
 */
function validateSaved(data: Record<string, unknown>): Result<SavedMap, RestoreError> {
  const head = headSchema.safeParse(data);
  if (!head.success) return firstIssue([], head.error);
  const saved: Record<string, unknown> = { ...head.data };
  for (const key of LIST_KEYS) {
    const list = savedMapSchema.shape[key].safeParse(data[key]);
    if (!list.success) return firstIssue([key], list.error);
    saved[key] = list.data;
  }
  return ok(saved as SavedMap);
}

/** The checks before validation (an object, the format, a version this app reads), then migration. */
export function migrateInput(input: unknown): Result<Record<string, unknown>, RestoreError> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('not-object', '', 'expected a JSON object');
  }
  const raw = input as Record<string, unknown>;
  if (raw.format !== MAP_FORMAT) return fail('wrong-format', 'format', `expected "${MAP_FORMAT}"`);
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('bad-version', 'version', 'expected a positive integer');
  }
  if (version > SCHEMA_VERSION) {
    return fail(
      'newer-version',
      'version',
      `data is version ${version}, this app reads ${SCHEMA_VERSION}`,
    );
  }
  return ok(migrate(raw, version));
}

/** The saved form of a document; `restore(toSaved(doc))` gives back an equal document. */
export function toSaved(doc: MapDocument): SavedMap {
  return {
    format: MAP_FORMAT,
    version: SCHEMA_VERSION,
    map: doc.map,
    actors: Object.values(doc.actors),
    collaborations: Object.values(doc.collaborations),
    activities: Object.values(doc.activities),
    views: Object.values(doc.views),
  } as SavedMap;
}
