/**
 * Native `.samspill.json`: a backup of one or all maps, or a single exported map. Each map entry is
 * exactly the saved-map shape (`toSaved(doc)`) and is read back through `restore()`, which
 * migrates and validates it; snapshots and template copies are checked here.
 *
 * Backup layout (version 1):
 * { format: 'samspill-backup', version: 1, exportedAt, maps: SavedMap[],
 *   snapshots: { id, mapId, name, createdAt, kind?, document: SavedMap, raw? }[],
 *   templates: Template[], damagedMaps?: RawMap[] }
 *
 * `damagedMaps` (only when there are any) holds the rows of maps exactly as they were stored, for
 * a map that could not be read (it is in no other section), or one whose damaged rows come
 * repaired in `maps`. `raw` on a snapshot is the same for a version kept before a repair. Both
 * are there so that a backup loses nothing stored; the import leaves them out, with a warning.
 */
import { z } from 'zod';
import {
  type MapDocument,
  SNAPSHOT_KINDS,
  type Snapshot,
  type SnapshotKind,
  type Template,
} from '../../domain/types';
import { LIMITS } from '../../schema/limits';
import { type RestoreError, restore, toSaved } from '../../schema/restore';
import { MAP_FORMAT, templateSchema } from '../../schema/schemas';
import type { RawMap } from '../../schema/stored';
import { fail } from '../import/failure';
import type { NativeImport, NativeMap } from '../import/types';
import { lineAt } from '../text/decode';

export const BACKUP_FORMAT = 'samspill-backup';
export const BACKUP_VERSION = 1;

export function backupToJson(
  maps: readonly NativeMap[],
  templates: Template | readonly Template[],
  exportedAt: string,
  damaged: readonly RawMap[] = [],
): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    maps: maps.map((m) => toSaved(m.doc)),
    snapshots: maps.flatMap((m) =>
      m.snapshots.map((s) => ({
        id: s.id,
        mapId: s.mapId,
        name: s.name,
        createdAt: s.createdAt,
        ...(s.kind ? { kind: s.kind } : {}),
        document: toSaved(s.document),
        ...(s.raw === undefined ? {} : { raw: asJson(s.raw) }),
      })),
    ),
    templates: Array.isArray(templates) ? templates : [templates],
    ...(damaged.length ? { damagedMaps: asJson(damaged) } : {}),
  });
}

/**
 * Stored rows as JSON can hold them: they may hold what only IndexedDB can (a bigint, a Map, a
 * cycle), and `JSON.stringify` would throw on some and drop others, failing the whole backup.
 */
function asJson(value: unknown, ancestors = new Set<object>()): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (ancestors.has(value)) return '[cycle]';
  ancestors.add(value);
  const inner = (v: unknown) => asJson(v, ancestors);
  let out: unknown;
  if (value instanceof Map) out = [...value].map(inner);
  else if (value instanceof Set) out = [...value].map(inner);
  else if (ArrayBuffer.isView(value))
    out = Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  else if (value instanceof ArrayBuffer) out = Array.from(new Uint8Array(value));
  else if (Array.isArray(value)) out = value.map(inner);
  else out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inner(v)]));
  ancestors.delete(value);
  return out;
}

/** One map on its own (`format: 'samspill-map'`), e.g. to send to a colleague. */
export const mapToJson = (doc: MapDocument): string => JSON.stringify(toSaved(doc));

const id = z
  .string()
  .min(1)
  .max(100)
  .refine((s) => !['__proto__', 'constructor', 'prototype'].includes(s), 'reserved id');
const snapshotSchema = z.object({
  id,
  mapId: id,
  name: z.string().min(1).max(LIMITS.shortText),
  createdAt: z
    .string()
    .max(40)
    .refine((s) => !Number.isNaN(Date.parse(s)), 'not a date'),
  kind: z.enum(SNAPSHOT_KINDS as [SnapshotKind, ...SnapshotKind[]]).optional(),
  document: z.unknown(),
});
const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  exportedAt: z.string().max(40).nullable().default(null),
  maps: z.array(z.unknown()).max(10_000),
  snapshots: z.array(z.unknown()).max(100_000).default([]),
  templates: z.array(z.unknown()).max(1_000).default([]),
});

/** A restore error → an import problem that names the field inside the file. */
function restoreProblem(file: string, prefix: string, e: RestoreError) {
  const field = e.path
    ? `${prefix}${prefix && !e.path.startsWith('[') ? '.' : ''}${e.path}`
    : prefix;
  let code: string = e.code;
  if (e.code === 'too-many' && /^actors$/.test(e.path)) code = 'too-many-actors';
  if (e.code === 'too-many' && /^collaborations$/.test(e.path)) code = 'too-many-collaborations';
  return fail({ code, file, field, value: e.detail });
}

function zodProblem(file: string, prefix: string, error: z.ZodError) {
  const issue = error.issues[0];
  const path = (issue?.path ?? []).map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`));
  return fail({
    code: issue?.code === 'too_big' ? 'too-many' : 'invalid-field',
    file,
    field: `${prefix}${path.join('')}`.replace(/^\./, ''),
    value: issue?.message,
  });
}

function restored(input: unknown, file: string, prefix: string): MapDocument {
  const r = restore(input);
  return r.ok ? r.value : restoreProblem(file, prefix, r.error);
}

export function parseNativeJson(text: string, file: string): NativeImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : '';
    const at = /position (\d+)/.exec(message)?.[1];
    const line = /line (\d+)/.exec(message)?.[1];
    fail({
      code: 'invalid-json',
      file,
      line: line ? Number(line) : at ? lineAt(text, Number(at)) : undefined,
    });
  }
  const format = (data as { format?: unknown } | null)?.format;
  const damaged = (data as { damagedMaps?: unknown } | null)?.damagedMaps;
  // Rows of maps that could not be read are kept in the file for a person to look at, not read.
  const warnings =
    Array.isArray(damaged) && damaged.length
      ? [
          {
            code: 'damaged-maps-skipped',
            file,
            field: 'damagedMaps',
            value: String(damaged.length),
          },
        ]
      : [];
  const base = { kind: 'native' as const, files: [file], warnings };
  if (format === MAP_FORMAT) {
    const doc = restored(data, file, '');
    return {
      ...base,
      format: MAP_FORMAT,
      exportedAt: null,
      maps: [{ doc, snapshots: [] }],
      templates: [],
    };
  }
  if (format !== BACKUP_FORMAT) return fail({ code: 'unknown-format', file });
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return zodProblem(file, '', envelope.error);
  const backup = envelope.data;
  if (backup.version > BACKUP_VERSION) {
    fail({ code: 'newer-version', file, field: 'version', value: String(backup.version) });
  }
  const maps = new Map<string, NativeMap>();
  backup.maps.forEach((m, i) => {
    const doc = restored(m, file, `maps[${i}]`);
    if (maps.has(doc.map.id)) {
      fail({ code: 'duplicate-id', file, field: `maps[${i}].map.id`, value: doc.map.id });
    }
    maps.set(doc.map.id, { doc, snapshots: [] });
  });
  const snapshotIds = new Set<string>();
  for (const [i, raw] of backup.snapshots.entries()) {
    const at = `snapshots[${i}]`;
    const parsed = snapshotSchema.safeParse(raw);
    if (!parsed.success) return zodProblem(file, at, parsed.error);
    const s = parsed.data;
    if (snapshotIds.has(s.id)) fail({ code: 'duplicate-id', file, field: `${at}.id`, value: s.id });
    snapshotIds.add(s.id);
    const owner = maps.get(s.mapId);
    if (!owner)
      return fail({ code: 'missing-reference', file, field: `${at}.mapId`, value: s.mapId });
    const document = restored(s.document, file, `${at}.document`);
    if (document.map.id !== s.mapId) {
      fail({
        code: 'missing-reference',
        file,
        field: `${at}.document.map.id`,
        value: document.map.id,
      });
    }
    const snapshot: Snapshot = {
      id: s.id,
      mapId: s.mapId,
      name: s.name,
      createdAt: s.createdAt,
      ...(s.kind ? { kind: s.kind } : {}),
      document,
    };
    owner.snapshots.push(snapshot);
  }
  const templates = backup.templates.map((t, i) => {
    const parsed = templateSchema.safeParse(t);
    return parsed.success
      ? (parsed.data as Template)
      : zodProblem(file, `templates[${i}]`, parsed.error);
  });
  return {
    ...base,
    format: BACKUP_FORMAT,
    exportedAt: backup.exportedAt,
    maps: [...maps.values()],
    templates,
  };
}
