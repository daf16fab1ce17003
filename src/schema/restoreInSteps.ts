/**
 * `restore()` in steps, for big maps (docs/big-maps.md): at 20,000 actors and 50,000
 * collaborations one `savedMapSchema.safeParse` and the integrity check take 0.6–0.7 s in one
 * task. Here each record goes through its own schema, the clock decides when to pause (steps.ts),
 * and the result is always `restore()`'s: the same document, or the same first error.
 *
 * Why the order matches: zod checks an object's keys in the order of its shape (`map`, then
 * each list in turn) and a list's records in index order, and a list over its cap is refused
 * before any record of it is looked at. `tests/schema/restoreInSteps.test.ts` holds the two
 * together on valid, damaged and fuzzed maps. One difference: a list stops at its first bad
 * record, where zod goes through every record, so a damaged map is refused sooner.
 */
import './zodConfig';
import { z } from 'zod';
import type { Result } from '../domain/result';
import type { MapDocument } from '../domain/types';
import { checkIntegrityInSteps } from './integrity';
import { LIMITS } from './limits';
import { fromZodIssue, migrateInput, type RestoreError } from './restore';
import {
  activitySchema,
  actorSchema,
  collaborationSchema,
  MAP_FORMAT,
  partnerMapSchema,
  type SavedMap,
  SCHEMA_VERSION,
  viewSchema,
} from './schemas';
import { type Pause, type StepOptions, Steps } from './steps';

/**
 * The lists of `savedMapSchema`, in its order, each as its record schema and the list itself
 * with its cap and default but records unchecked (`z.unknown()`), to give zod's own list issues.
 */
const LISTS = [
  {
    key: 'actors',
    record: actorSchema,
    list: z.array(z.unknown()).max(LIMITS.actors),
  },
  {
    key: 'collaborations',
    record: collaborationSchema,
    list: z.array(z.unknown()).max(LIMITS.collaborations),
  },
  {
    key: 'activities',
    record: activitySchema,
    list: z.array(z.unknown()).max(LIMITS.activities).default([]),
  },
  {
    key: 'views',
    record: viewSchema,
    list: z.array(z.unknown()).max(LIMITS.views).default([]),
  },
] as const;

type ListKey = (typeof LISTS)[number]['key'];

/** zod's first issue, its path taken from the record (or list) to the whole saved map. */
function failAt(prefix: PropertyKey[], error: z.ZodError): { ok: false; error: RestoreError } {
  const first = error.issues[0];
  return {
    ok: false,
    error: first
      ? fromZodIssue({ ...first, path: [...prefix, ...first.path] })
      : { code: 'invalid-field', path: '', detail: 'invalid' },
  };
}

async function checkList(
  data: Record<string, unknown>,
  { key, record, list }: (typeof LISTS)[number],
  steps: Steps,
): Promise<Result<unknown[], RestoreError>> {
  const whole = list.safeParse(data[key]);
  if (!whole.success) return failAt([key], whole.error);
  const items = whole.data;
  const out: unknown[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const parsed = record.safeParse(items[i]);
    if (!parsed.success) return failAt([key, i], parsed.error);
    out[i] = parsed.data;
    if (steps.due()) await steps.next();
  }
  return { ok: true, value: out };
}

/**
 * `restore(input)`, calling `pause` whenever a step has run `STEP_MS`. The checks before the
 * lists (format, version, migration, the map row) are small and go in the first step.
 */
export async function restoreInSteps(
  input: unknown,
  pause: Pause,
  options?: StepOptions,
): Promise<Result<MapDocument, RestoreError>> {
  const migrated = migrateInput(input);
  if (!migrated.ok) return migrated;
  const data = migrated.value;
  const steps = new Steps(pause, options);
  // `format` and `version` are already known good: migrateInput checked the one, set the other.
  const map = partnerMapSchema.safeParse(data.map);
  if (!map.success) return failAt(['map'], map.error);
  const lists: Partial<Record<ListKey, unknown[]>> = {};
  for (const list of LISTS) {
    const checked = await checkList(data, list, steps);
    if (!checked.ok) return checked;
    lists[list.key] = checked.value;
  }
  const saved = { format: MAP_FORMAT, version: SCHEMA_VERSION, map: map.data, ...lists };
  return checkIntegrityInSteps(saved as SavedMap, steps);
}
