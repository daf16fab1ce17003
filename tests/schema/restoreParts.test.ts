/**
 * `restore()` checks the saved map in parts (the head, then each list) so that a list of many
 * bad records gives its first error instead of overflowing the stack. The reference is the
 * former path, kept here: one `savedMapSchema.safeParse` of the whole map, then the integrity
 * check. It is only used on maps small enough for that whole parse not to overflow.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/analysis/layout/prng';
import { err, type Result } from '../../src/domain/result';
import type { MapDocument } from '../../src/domain/types';
import { LIMITS, restore, restoreInSteps } from '../../src/schema';
import { checkIntegrity } from '../../src/schema/integrity';
import { fromZodIssue, migrateInput, type RestoreError } from '../../src/schema/restore';
import { type SavedMap, savedMapSchema } from '../../src/schema/schemas';
import { expectSame } from './sameRestore';
import { damage } from './savedMapDamage';
import { type SavedRows, savedMap } from './savedMaps';

/** `restore()` as it was before the parts: the whole parse in one call. */
function wholeRestore(input: unknown): Result<MapDocument, RestoreError> {
  const migrated = migrateInput(input);
  if (!migrated.ok) return migrated;
  const parsed = savedMapSchema.safeParse(migrated.value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return first
      ? err(fromZodIssue(first))
      : err({ code: 'invalid-field', path: '', detail: 'invalid' });
  }
  return checkIntegrity(parsed.data as SavedMap);
}

/** Equal results, and an `ok` map equal down to the order of keys and records. */
function expectAsWhole(input: unknown) {
  const reference = wholeRestore(structuredClone(input));
  const parts = restore(input);
  expect(parts).toStrictEqual(reference);
  expect(JSON.stringify(parts)).toBe(JSON.stringify(reference));
  return parts;
}

const base = savedMap({ actors: 300, collaborations: 700, activities: 40, views: 5, seed: 11 });
const damaged = (change: (rows: SavedRows) => void) => {
  const rows = structuredClone(base);
  change(rows);
  return rows;
};
const row = (list: unknown[], i: number) => list[i] as Record<string, unknown>;

describe('restore() in parts', () => {
  it('relies on the head keys coming before the lists in savedMapSchema', () => {
    // The parts are checked head first, then the lists in this order: zod's order of keys.
    expect(Object.keys(savedMapSchema.shape)).toEqual([
      'format',
      'version',
      'map',
      'actors',
      'collaborations',
      'activities',
      'views',
    ]);
  });

  it('gives the whole parse’s result on valid maps, migrated ones and odd headers', () => {
    for (const size of [
      { actors: 2, collaborations: 0 },
      { actors: 40, collaborations: 90, activities: 10, views: 3, seed: 2 },
    ]) {
      expect(expectAsWhole(savedMap(size)).ok).toBe(true);
    }
    expect(expectAsWhole(base).ok).toBe(true);
    for (const version of [1, 2]) {
      expectAsWhole(
        damaged((r) => {
          r.version = version;
        }),
      );
    }
    // Unknown keys are dropped; left-out activities and views read as none.
    expectAsWhole({ ...base, extra: { anything: true } });
    const noLists: Partial<SavedRows> = structuredClone(base);
    delete noLists.activities;
    delete noLists.views;
    expect(expectAsWhole(noLists).ok).toBe(true);
  });

  it('gives the whole parse’s first error, the head before the lists and list by list', () => {
    const cases: [(r: SavedRows) => void, string][] = [
      [
        (r) => {
          r.map.name = '';
        },
        'map.name',
      ],
      [
        (r) => {
          delete (r as Partial<SavedRows>).map;
        },
        'map',
      ],
      [
        (r) => {
          delete (r as Partial<SavedRows>).actors;
        },
        'actors',
      ],
      [
        (r) => {
          r.collaborations = {} as never;
        },
        'collaborations',
      ],
      [
        (r) => {
          r.views = null as never;
        },
        'views',
      ],
      [
        (r) => {
          row(r.actors, 0).name = '';
          r.map.createdAt = 'yesterday';
        },
        'map.createdAt',
      ],
      [
        (r) => {
          row(r.collaborations, 0).strength = 9;
          row(r.actors, 299).name = '';
        },
        'actors[299].name',
      ],
      [
        (r) => {
          row(r.views, 0).order = -1;
          row(r.activities, 39).title = '';
        },
        'activities[39].title',
      ],
      [
        (r) => {
          r.views = Array.from({ length: LIMITS.views + 1 }, () => r.views[0] as never);
          r.views[0] = null as never;
        },
        'views',
      ],
      [
        (r) => {
          row(r.actors, 3).id = 'a2';
        },
        'actors[3].id',
      ],
    ];
    for (const [change, path] of cases) {
      const result = expectAsWhole(damaged(change));
      expect(result).toMatchObject({ ok: false, error: { path } });
    }
  });

  it('gives the whole parse’s result on 400 randomly damaged maps', () => {
    const rnd = mulberry32(19_019);
    const seen = new Set<string>();
    for (let run = 0; run < 400; run++) {
      const rows = savedMap({
        actors: 2 + Math.floor(rnd() * 120),
        collaborations: Math.floor(rnd() * 250),
        activities: Math.floor(rnd() * 30),
        views: 1 + Math.floor(rnd() * 4),
        seed: 1000 + run,
      });
      const done: string[] = [];
      const times = 1 + Math.floor(rnd() * 4);
      for (let k = 0; k < times; k++) done.push(damage(rows, rnd));
      try {
        const result = expectAsWhole(rows);
        seen.add(result.ok ? 'ok' : result.error.code);
      } catch (e) {
        throw new Error(`run ${run} (${done.join('; ')}): ${(e as Error).message}`);
      }
    }
    for (const code of ['ok', 'invalid-field', 'too-long', 'too-many', 'duplicate-id']) {
      expect(seen.has(code), code).toBe(true);
    }
  });
});

describe('restore() on a list of many bad records', () => {
  const head = savedMap({ actors: 2, collaborations: 1 });
  const bad = (n: number) => Array.from({ length: n }, () => ({ id: 5 }));

  it('names the first bad row of 20,000 and of 150,000, as the stepped restore does', async () => {
    for (const n of [20_000, 150_000]) {
      const input = { ...head, collaborations: bad(n) };
      const result = restore(input);
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'invalid-field',
          path: 'collaborations[0].id',
          detail: 'Invalid input: expected string, received number',
        },
      });
      expect(await restoreInSteps(input, () => Promise.resolve())).toStrictEqual(result);
    }
  });

  it('names the first bad row after good ones, in a later list too', async () => {
    const afterGood = { ...head, collaborations: [...head.collaborations, ...bad(20_000)] };
    expect(restore(afterGood)).toMatchObject({
      ok: false,
      error: { code: 'invalid-field', path: 'collaborations[1].id' },
    });
    await expectSame(afterGood);
    const activities = Array.from({ length: 30_000 }, () => ({ title: 7 }));
    const inActivities = { ...head, activities };
    expect(restore(inActivities)).toMatchObject({
      ok: false,
      error: { code: 'invalid-field', path: 'activities[0].id' },
    });
    await expectSame(inActivities);
  });
});
