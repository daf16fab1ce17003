import { SCHEMA_VERSION } from './schemas';

/**
 * Forward-only migrations: `MIGRATIONS[n]` lifts data from version n to n + 1.
 * Version 1 is the first format, so there are none yet; each new one needs its own test.
 */
const MIGRATIONS: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {};

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
