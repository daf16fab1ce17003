import { SCHEMA_VERSION } from './schemas';

/**
 * Forward-only migrations: `MIGRATIONS[n]` lifts data from version n to n + 1.
 * Each one has its own test in tests/schema.
 */
const MIGRATIONS: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  // 1 → 2: maps gained saved views; a version-1 map has none.
  1: (data) => ({ ...data, views: [] }),
  // 2 → 3: template version 2's fields read as empty (the schema's defaults); the old "school"
  // type is split after validation, by `upgradeTemplateTypes`, for stored rows too.
  2: (data) => data,
};

export function migrate(
  data: Record<string, unknown>,
  fromVersion: number,
): Record<string, unknown> {
  let current = data;
  for (let v = fromVersion; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration from schema version ${v}`);
    current = { ...step(current), version: v + 1 };
  }
  return current;
}
