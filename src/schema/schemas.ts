// First: zod must be jitless before the schemas below are built.
import './zodConfig';
import { z } from 'zod';
import { ACTOR_KINDS, AGE_GROUPS, type AgeGroup, LAYOUT_MODES, STATUSES } from '../domain/types';
import { LIMITS } from './limits';

/**
 * 2 added saved views and imported custom fields. 3 added template version 2 (docs/gap-analysis.md):
 * age groups, extra roles, next steps, plans and "not relevant here"; older data reads with
 * empty values, and `upgradeTemplateTypes` splits the old "school" type on every restore.
 */
export const SCHEMA_VERSION = 3;
export const MAP_FORMAT = 'samspill-map';

const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);
const id = z
  .string()
  .min(1)
  .max(100)
  .refine((s) => !RESERVED_IDS.has(s), 'reserved id');
const shortText = z.string().max(LIMITS.shortText);
/** A workshop participant's name on the projector: a first name, not a title. */
export const NICKNAME_MAX = 40;
const nickname = z.string().trim().max(NICKNAME_MAX);
const longText = z.string().max(LIMITS.longText);
const isoDateTime = z
  .string()
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const score = z.number().int().min(1).max(5).nullable();
const finite = z.number().finite();
const ageGroups = z
  .array(z.enum(AGE_GROUPS as unknown as [AgeGroup, ...AgeGroup[]]))
  .max(AGE_GROUPS.length)
  .default([]);
/** Imported columns without a field of their own: name → text, capped like tags. */
const custom = z
  .record(
    z
      .string()
      .min(1)
      .max(100)
      .refine((k) => !RESERVED_IDS.has(k), 'reserved name'),
    shortText,
  )
  .refine((r) => Object.keys(r).length <= LIMITS.tags, 'too many custom fields')
  .default({});

export const partnerMapSchema = z.object({
  id,
  name: z.string().min(1).max(LIMITS.shortText),
  description: longText.default(''),
  focalActorId: id.nullable(),
  templateId: id,
  notRelevantTypeIds: z.array(id).max(LIMITS.tags).default([]),
  plans: z
    .array(z.object({ id, name: z.string().trim().min(1).max(LIMITS.shortText) }))
    .max(LIMITS.tags)
    .default([]),
  planLinks: z
    .array(z.object({ typeId: id, planId: id, goal: shortText }))
    .max(LIMITS.tags * 4)
    .default([]),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const actorSchema = z.object({
  id,
  mapId: id,
  name: z.string().trim().min(1).max(LIMITS.shortText),
  kind: z.enum(ACTOR_KINDS as [string, ...string[]]),
  sectorId: id,
  typeId: id,
  description: longText.default(''),
  tags: z.array(shortText).max(LIMITS.tags).default([]),
  contact: z
    .object({ name: shortText, role: shortText, email: shortText, phone: shortText })
    .default({ name: '', role: '', email: '', phone: '' }),
  power: score.default(null),
  interest: score.default(null),
  position: z
    .object({ x: z.number().finite(), y: z.number().finite(), pinned: z.boolean() })
    .nullable()
    .default(null),
  ageGroups,
  extraTypeIds: z.array(id).max(LIMITS.tags).default([]),
  custom,
  /** The participant id of the phone that added it in a workshop (server/README.md). */
  addedBy: id.optional(),
  /** The nickname the participant gave on the phone, if any. */
  addedByName: nickname.optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const collaborationSchema = z.object({
  id,
  mapId: id,
  sourceId: id,
  targetId: id,
  label: shortText.default(''),
  purposeIds: z.array(id).max(LIMITS.tags).default([]),
  strength: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  status: z.enum(STATUSES as [string, ...string[]]),
  frequency: shortText.default(''),
  startDate: isoDate.nullable().default(null),
  endDate: isoDate.nullable().default(null),
  responsible: shortText.default(''),
  notes: longText.default(''),
  nextStep: shortText.default(''),
  nextStepDate: isoDate.nullable().default(null),
  custom,
  addedBy: id.optional(),
  addedByName: nickname.optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const activitySchema = z.object({
  id,
  mapId: id,
  collaborationId: id,
  date: isoDate,
  title: z.string().min(1).max(LIMITS.shortText),
  note: longText.default(''),
});

export const viewSchema = z.object({
  id,
  mapId: id,
  name: z.string().trim().min(1).max(LIMITS.shortText),
  order: z.number().int().min(0),
  filters: z.object({
    sectors: z.array(id).max(LIMITS.tags),
    statuses: z.array(z.enum(STATUSES as [string, ...string[]])).max(STATUSES.length),
    purposes: z.array(id).max(LIMITS.tags),
  }),
  layout: z.enum(LAYOUT_MODES as [string, ...string[]]),
  ringsBy: z.enum(['distance', 'strength']),
  sizeBy: z.enum(['degree', 'centrality']),
  showGaps: z.boolean(),
  camera: z.object({ x: finite, y: finite, w: finite.positive(), h: finite.positive() }).nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

/** The saved form of one map: the shape of IndexedDB loads and of `.samspill.json` map entries. */
export const savedMapSchema = z.object({
  format: z.literal(MAP_FORMAT),
  version: z.literal(SCHEMA_VERSION),
  map: partnerMapSchema,
  actors: z.array(actorSchema).max(LIMITS.actors),
  collaborations: z.array(collaborationSchema).max(LIMITS.collaborations),
  activities: z.array(activitySchema).max(LIMITS.activities).default([]),
  views: z.array(viewSchema).max(LIMITS.views).default([]),
});

export type SavedMap = z.infer<typeof savedMapSchema>;

/**
 * A template copy saved before nynorsk (or written by hand) has no `nn`: it then reads as the
 * bokmål text rather than failing. The shipped template has its own nynorsk (tested).
 */
const withNynorsk = (l: { nb: string; nn?: string | undefined; en: string }) => ({
  nb: l.nb,
  nn: l.nn?.trim() ? l.nn : l.nb,
  en: l.en,
});
const labels = z
  .object({ nb: z.string().min(1), nn: z.string().optional(), en: z.string().min(1) })
  .transform(withNynorsk);
/** Texts a user's own template copy may leave out; the shipped template fills them (tested). */
const optionalLabels = z
  .object({ nb: z.string(), nn: z.string().optional(), en: z.string() })
  .default({ nb: '', en: '' })
  .transform(withNynorsk);

export const templateSchema = z.object({
  id,
  version: z.number().int().min(1),
  labels,
  focal: z.object({
    sectorId: id,
    typeId: id,
    labels,
    sectorLabels: labels,
    keywords: z.array(z.string().min(2)).default([]),
  }),
  sectors: z
    .array(
      z.object({
        id,
        labels,
        types: z
          .array(
            z.object({
              id,
              labels,
              expectation: z.enum(['core', 'recommended', 'optional']),
              weight: z.number().min(0),
              named: z.boolean(),
              owner: z.boolean().default(false),
              keywords: z.array(z.string().min(2)),
              ageGroups,
              why: optionalLabels,
              sourceId: z.string().default(''),
              firstStep: optionalLabels,
            }),
          )
          .min(1),
      }),
    )
    .min(1),
  purposes: z.array(z.object({ id, labels })).min(1),
  pairings: z.array(
    z.object({ a: id, b: id, purposeIds: z.array(id), example: labels.nullable() }),
  ),
  sources: z.array(z.object({ id, labels })).default([]),
});
