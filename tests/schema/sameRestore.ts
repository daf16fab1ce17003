/** `restore()` and `restoreInSteps()` side by side, for the stepped restore's tests. */
import { expect } from 'vitest';
import { restore, restoreInSteps } from '../../src/schema';

/** A clock that moves one ms at each read, so steps come at the same places on any machine. */
export function tickingClock() {
  let t = 0;
  return () => t++;
}

/** Both on one input: equal results, the records of an `ok` map in the same order. */
export async function expectSame(input: unknown, stepMs = 5) {
  const sync = restore(input);
  let pauses = 0;
  const pause = async () => {
    pauses++;
  };
  const stepped = await restoreInSteps(input, pause, { now: tickingClock(), stepMs });
  expect(stepped).toStrictEqual(sync);
  if (sync.ok && stepped.ok) {
    for (const key of ['actors', 'collaborations', 'activities', 'views'] as const) {
      expect(Object.keys(stepped.value[key])).toEqual(Object.keys(sync.value[key]));
    }
  }
  return { sync, pauses };
}
