/**
 * The stepped restore gives `restore()`'s result, always: the same document (and the same order
 * of its records), or the same first error. `restore()` is the reference.
 */
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../src/domain/types';
import { LIMITS, restoreInSteps, SCHEMA_VERSION } from '../../src/schema';
import { fromZodIssue } from '../../src/schema/restore';
import { savedMapSchema } from '../../src/schema/schemas';
import { expectSame } from './sameRestore';
import { type SavedRows, savedMap } from './savedMaps';

const base = savedMap({ actors: 2000, collaborations: 4000, activities: 300, views: 12, seed: 7 });
const copy = (): SavedRows => structuredClone(base);
const damaged = (change: (rows: SavedRows) => void) => {
  const rows = copy();
  change(rows);
  return rows;
};
const actor = (rows: SavedRows, i: number) => rows.actors.at(i) as Record<string, unknown>;
const link = (rows: SavedRows, i: number) => rows.collaborations.at(i) as Record<string, unknown>;

async function expectError(input: unknown, code: string, path: string) {
  const { sync } = await expectSame(input);
  expect(sync).toMatchObject({ ok: false, error: { code, path } });
}

describe('restoreInSteps()', () => {
  it('gives the same map as restore() for valid maps of several sizes', async () => {
    for (const size of [
      { actors: 2, collaborations: 0 },
      { actors: 40, collaborations: 90, activities: 10, views: 3, seed: 2 },
      { actors: 3000, collaborations: 7000, activities: 400, views: 20, seed: 3 },
    ]) {
      const { sync } = await expectSame(savedMap(size));
      expect(sync.ok).toBe(true);
    }
    const { sync } = await expectSame(copy());
    if (!sync.ok) throw new Error('the base map should be valid');
    const doc: MapDocument = sync.value;
    expect(Object.keys(doc.actors)).toHaveLength(2000);
    // The old "school" type is upgraded on the way, in both.
    expect(Object.values(doc.actors).some((a) => a.typeId === 'school')).toBe(false);
  });

  it('migrates older versions first, as restore() does', async () => {
    const v1 = damaged((rows) => {
      rows.version = 1;
    });
    await expectSame(v1);
    await expectSame(
      damaged((rows) => {
        rows.version = 2;
      }),
    );
  });

  it('refuses what is not a map the way restore() does', async () => {
    await expectError(null, 'not-object', '');
    await expectError([base], 'not-object', '');
    await expectError('samspill-map', 'not-object', '');
    await expectError({ ...copy(), format: 'kumu' }, 'wrong-format', 'format');
    await expectError({ ...copy(), version: 'one' }, 'bad-version', 'version');
    await expectError({ ...copy(), version: 0 }, 'bad-version', 'version');
    await expectError({ ...copy(), version: SCHEMA_VERSION + 1 }, 'newer-version', 'version');
  });

  it('names a bad field early, late and in every list with its index in the whole list', async () => {
    await expectError(
      damaged((r) => {
        actor(r, 0).name = '';
      }),
      'invalid-field',
      'actors[0].name',
    );
    await expectError(
      damaged((r) => {
        actor(r, 1999).kind = 'robot';
      }),
      'invalid-field',
      'actors[1999].kind',
    );
    await expectError(
      damaged((r) => {
        link(r, 3217).strength = 7;
      }),
      'invalid-field',
      'collaborations[3217].strength',
    );
    await expectError(
      damaged((r) => {
        (r.activities[299] as Record<string, unknown>).date = '5.1.2026';
      }),
      'invalid-field',
      'activities[299].date',
    );
    await expectError(
      damaged((r) => {
        (r.views[11] as Record<string, unknown>).order = -1;
      }),
      'invalid-field',
      'views[11].order',
    );
    await expectError(
      damaged((r) => {
        actor(r, 1234).description = 'x'.repeat(LIMITS.longText + 1);
      }),
      'too-long',
      'actors[1234].description',
    );
    await expectError(
      damaged((r) => {
        actor(r, 5).tags = Array.from({ length: 51 }, () => 't');
      }),
      'too-many',
      'actors[5].tags',
    );
    await expectError(
      damaged((r) => {
        r.collaborations[1500] = null as never;
      }),
      'invalid-field',
      'collaborations[1500]',
    );
    await expectError(
      damaged((r) => {
        actor(r, 7).id = '__proto__';
      }),
      'invalid-field',
      'actors[7].id',
    );
  });

  it('names a bad map row, and a missing or broken list', async () => {
    await expectError(
      damaged((r) => {
        r.map.name = '';
      }),
      'invalid-field',
      'map.name',
    );
    await expectError(
      damaged((r) => {
        delete (r as Partial<SavedRows>).map;
      }),
      'invalid-field',
      'map',
    );
    await expectError(
      damaged((r) => {
        delete (r as Partial<SavedRows>).actors;
      }),
      'invalid-field',
      'actors',
    );
    await expectError(
      damaged((r) => {
        r.collaborations = {} as never;
      }),
      'invalid-field',
      'collaborations',
    );
    await expectError(
      damaged((r) => {
        r.views = null as never;
      }),
      'invalid-field',
      'views',
    );
    // Activities and views may be left out: they read as none.
    const { sync } = await expectSame(
      damaged((r) => {
        delete (r as Partial<SavedRows>).activities;
        delete (r as Partial<SavedRows>).views;
      }),
    );
    expect(sync.ok).toBe(true);
  });

  it('keeps zod’s order when two things are damaged', async () => {
    const twoActors = damaged((r) => {
      actor(r, 1500).name = '';
      actor(r, 20).kind = 'robot';
    });
    await expectError(twoActors, 'invalid-field', 'actors[20].kind');
    // Within one record, fields go in the schema's order: name before kind, though set after.
    const oneActor = damaged((r) => {
      actor(r, 30).kind = 'robot';
      actor(r, 30).name = '';
    });
    await expectError(oneActor, 'invalid-field', 'actors[30].name');
    // Lists go in the schema's order: actors before collaborations, the map row first of all.
    const twoLists = damaged((r) => {
      link(r, 0).strength = 9;
      actor(r, 1999).name = '';
    });
    await expectError(twoLists, 'invalid-field', 'actors[1999].name');
    const mapAndActor = damaged((r) => {
      actor(r, 0).name = '';
      r.map.createdAt = 'yesterday';
    });
    await expectError(mapAndActor, 'invalid-field', 'map.createdAt');
    const lastTwoLists = damaged((r) => {
      (r.views[0] as Record<string, unknown>).order = -1;
      (r.activities[299] as Record<string, unknown>).title = '';
    });
    await expectError(lastTwoLists, 'invalid-field', 'activities[299].title');
    // A field error anywhere comes before an integrity error.
    const fieldAndDuplicate = damaged((r) => {
      actor(r, 3).id = 'a2';
      (r.views[0] as Record<string, unknown>).layout = 'spiral';
    });
    await expectError(fieldAndDuplicate, 'invalid-field', 'views[0].layout');
  });

  it('refuses a list over its cap before looking at its records', async () => {
    const record = actor(base, 1);
    const over = damaged((r) => {
      r.actors = Array.from({ length: LIMITS.actors + 1 }, () => record);
    });
    await expectError(over, 'too-many', 'actors');
    const overAndBad = damaged((r) => {
      r.views = Array.from({ length: LIMITS.views + 1 }, () => r.views[0] as never);
      r.views[0] = null as never;
    });
    await expectError(overAndBad, 'too-many', 'views');
    // An earlier list's bad record still comes first.
    const badThenOver = damaged((r) => {
      actor(r, 9).name = '';
      r.views = Array.from({ length: LIMITS.views + 1 }, () => r.views[0] as never);
    });
    await expectError(badThenOver, 'invalid-field', 'actors[9].name');
  });

  it('holds each list up to its cap, no lower', async () => {
    // Records that all fail: at the cap, the first record's error, never 'too-many'.
    for (const key of ['actors', 'views'] as const) {
      const full = damaged((r) => {
        r[key] = new Array(LIMITS[key]).fill(null);
      });
      await expectError(full, 'invalid-field', `${key}[0]`);
    }
    // Here the reference is the list's own schema from `savedMapSchema`: restore() checks it
    // the same way, and a list this long must not be checked twice in a test.
    for (const key of ['collaborations', 'activities'] as const) {
      const list = new Array(LIMITS[key]).fill(null);
      const reference = savedMapSchema.shape[key].safeParse(list);
      const first = reference.error?.issues[0];
      if (!first) throw new Error(`${key}: a list of nulls should fail`);
      const expected = fromZodIssue({ ...first, path: [key, ...first.path] });
      expect(expected).toMatchObject({ code: 'invalid-field', path: `${key}[0]` });
      const full = damaged((r) => {
        r[key] = list;
      });
      expect(await restoreInSteps(full, () => Promise.resolve())).toEqual({
        ok: false,
        error: expected,
      });
    }
  });

  it('checks references as restore() does', async () => {
    await expectError(
      damaged((r) => {
        actor(r, 1800).id = 'a3';
      }),
      'duplicate-id',
      'actors[1800].id',
    );
    await expectError(
      damaged((r) => {
        r.actors[1000] = r.actors[10] as never;
      }),
      'duplicate-id',
      'actors[1000].id',
    );
    await expectError(
      damaged((r) => {
        link(r, 3999).id = 'c0';
      }),
      'duplicate-id',
      'collaborations[3999].id',
    );
    await expectError(
      damaged((r) => {
        (r.activities[200] as Record<string, unknown>).id = 'ac1';
      }),
      'duplicate-id',
      'activities[200].id',
    );
    await expectError(
      damaged((r) => {
        (r.views[5] as Record<string, unknown>).id = 'v4';
      }),
      'duplicate-id',
      'views[5].id',
    );
    await expectError(
      damaged((r) => {
        actor(r, 4).mapId = 'other';
      }),
      'missing-reference',
      'actors[4].mapId',
    );
    await expectError(
      damaged((r) => {
        link(r, 2500).sourceId = 'nope';
      }),
      'missing-reference',
      'collaborations[2500].sourceId',
    );
    await expectError(
      damaged((r) => {
        link(r, 2501).targetId = 'nope';
      }),
      'missing-reference',
      'collaborations[2501].targetId',
    );
    await expectError(
      damaged((r) => {
        link(r, 12).targetId = link(r, 12).sourceId;
      }),
      'invalid-field',
      'collaborations[12].targetId',
    );
    await expectError(
      damaged((r) => {
        (r.activities[0] as Record<string, unknown>).collaborationId = 'nope';
      }),
      'missing-reference',
      'activities[0].collaborationId',
    );
    await expectError(
      damaged((r) => {
        (r.views[2] as Record<string, unknown>).mapId = 'other';
      }),
      'missing-reference',
      'views[2].mapId',
    );
    await expectError(
      damaged((r) => {
        r.map.focalActorId = 'nope';
      }),
      'missing-reference',
      'map.focalActorId',
    );
    // Plain-object names are ids like any other: `toString` is not an actor already there.
    await expectSame(
      damaged((r) => {
        actor(r, 8).id = 'toString';
      }),
    );
  });
});
