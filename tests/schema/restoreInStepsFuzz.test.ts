/**
 * The stepped restore against `restore()` on randomly damaged maps (seeded: every run is the
 * same), that its steps really happen and wait for the pause, and the stepped `restoreStored`.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/analysis/layout/prng';
import {
  restore,
  restoreInSteps,
  restoreStored,
  restoreStoredInSteps,
  type StoredRows,
  type Vocabulary,
} from '../../src/schema';
import { expectSame, tickingClock } from './sameRestore';
import { damage } from './savedMapDamage';
import { type SavedRows, savedMap } from './savedMaps';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

describe('restoreInSteps() on damaged maps', () => {
  it(`gives restore()'s result on ${RUNS} randomly damaged maps`, async () => {
    const rnd = mulberry32(20_000);
    const seen = new Map<string, number>();
    for (let run = 0; run < RUNS; run++) {
      const rows = savedMap({
        actors: 2 + Math.floor(rnd() * 150),
        collaborations: Math.floor(rnd() * 300),
        activities: Math.floor(rnd() * 40),
        views: 1 + Math.floor(rnd() * 4),
        seed: run,
      });
      const done: string[] = [];
      const times = 1 + Math.floor(rnd() * 3);
      for (let k = 0; k < times; k++) done.push(damage(rows, rnd));
      const stepMs = 1 + Math.floor(rnd() * 30);
      try {
        const { sync } = await expectSame(rows, stepMs);
        const code = sync.ok ? 'ok' : sync.error.code;
        seen.set(code, (seen.get(code) ?? 0) + 1);
      } catch (e) {
        throw new Error(`run ${run} (${done.join('; ')}): ${(e as Error).message}`);
      }
    }
    // The damage reaches every kind of error, and leaves some maps valid.
    for (const code of ['ok', 'invalid-field', 'too-long', 'too-many', 'duplicate-id']) {
      expect(seen.get(code) ?? 0, code).toBeGreaterThan(0);
    }
    expect(seen.get('missing-reference') ?? 0).toBeGreaterThan(0);
  });
});

describe('restoreInSteps() steps', () => {
  const big = savedMap({ actors: 5000, collaborations: 15_000, seed: 5 });

  it('pauses all along a 20,000-record map', async () => {
    let pauses = 0;
    const pause = async () => {
      pauses++;
    };
    const result = await restoreInSteps(big, pause, { now: tickingClock(), stepMs: 25 });
    expect(result.ok).toBe(true);
    // The clock is read at least once per record checked, so a step ends every 25 records or so.
    expect(pauses).toBeGreaterThanOrEqual(20_000 / 25);
  });

  it('does nothing while a pause is pending', async () => {
    let reads = 0;
    const now = () => reads++;
    let release: (() => void) | null = null;
    let pauses = 0;
    const pause = () =>
      new Promise<void>((resolve) => {
        pauses++;
        release = resolve;
      });
    let finished = false;
    const running = restoreInSteps(big, pause, { now, stepMs: 1000 }).then((r) => {
      finished = true;
      return r;
    });
    const idle = () => new Promise((resolve) => setTimeout(resolve, 0));
    await idle();
    expect(pauses).toBe(1);
    const atPause = reads;
    await idle();
    await idle();
    expect(reads).toBe(atPause);
    expect(finished).toBe(false);
    while (!finished) {
      (release as (() => void) | null)?.();
      await idle();
    }
    expect((await running).ok).toBe(true);
    expect(pauses).toBeGreaterThan(1);
  });

  it('does not pause while the clock says the step has time left', async () => {
    let pauses = 0;
    const result = await restoreInSteps(
      big,
      async () => {
        pauses++;
      },
      { now: () => 0 },
    );
    expect(result.ok).toBe(true);
    expect(pauses).toBe(0);
  });
});

/** The rows as IndexedDB holds them, and a template that knows every sector and type used. */
function stored(saved: SavedRows): { rows: StoredRows; vocabulary: Vocabulary } {
  const { map, actors, collaborations, activities, views } = structuredClone(saved);
  const loaded = restore(saved);
  if (!loaded.ok) throw new Error('the rows should be sound');
  const types = new Map<string, string>();
  for (const a of Object.values(loaded.value.actors)) {
    for (const t of [a.typeId, ...a.extraTypeIds]) types.set(t, a.sectorId);
  }
  const sectors = new Set(Object.values(loaded.value.actors).map((a) => a.sectorId));
  return {
    rows: { map, actors, collaborations, activities, views },
    vocabulary: { sectors, types },
  };
}

describe('restoreStoredInSteps()', () => {
  const pause = () => Promise.resolve();
  const base = savedMap({ actors: 300, collaborations: 700, activities: 30, views: 3, seed: 9 });

  async function expectSameStored(rows: StoredRows, vocabulary?: Vocabulary) {
    const sync = restoreStored(rows, vocabulary);
    const stepped = await restoreStoredInSteps(rows, vocabulary, pause, {
      now: tickingClock(),
      stepMs: 7,
    });
    expect(stepped).toStrictEqual(sync);
    return sync;
  }

  it('loads sound rows as restoreStored() does, with nothing repaired', async () => {
    const { rows, vocabulary } = stored(base);
    const sync = await expectSameStored(rows, vocabulary);
    expect(sync).toMatchObject({ ok: true, value: { repairs: [], damaged: 0 } });
    await expectSameStored(rows);
  });

  it('repairs damaged rows as restoreStored() does', async () => {
    const { rows, vocabulary } = stored(base);
    (rows.actors[3] as Record<string, unknown>).power = 9;
    (rows.collaborations[10] as Record<string, unknown>).sourceId = 'gone';
    const sync = await expectSameStored(rows, vocabulary);
    expect(sync.ok && sync.value.damaged).toBe(2);
  });

  it('repairs an actor of a sector the template does not know', async () => {
    const { rows, vocabulary } = stored(base);
    (rows.actors[5] as Record<string, unknown>).sectorId = 'unknown-sector';
    const sync = await expectSameStored(rows, vocabulary);
    expect(sync.ok && sync.value.repairs.length).toBeGreaterThan(0);
  });

  it('refuses rows whose map row cannot be read, as restoreStored() does', async () => {
    const { rows, vocabulary } = stored(base);
    rows.map = { name: 'no id' };
    const sync = await expectSameStored(rows, vocabulary);
    expect(sync.ok).toBe(false);
  });
});
