import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
// Only the schemas: they must bring the jitless setting along themselves.
import { restore } from '../../src/schema';
import { actorSchema } from '../../src/schema/schemas';

const RealFunction = globalThis.Function;

/** Counts every use of the Function constructor (called or with `new`) while it is in place. */
function countFunctionConstructor() {
  let calls = 0;
  globalThis.Function = new Proxy(RealFunction, {
    apply(target, self, args) {
      calls++;
      return Reflect.apply(target, self, args);
    },
    construct(target, args, newTarget) {
      calls++;
      return Reflect.construct(
        target,
        args,
        newTarget === globalThis.Function ? target : newTarget,
      );
    },
  });
  return () => calls;
}

afterEach(() => {
  globalThis.Function = RealFunction;
});

const actor = {
  id: 'a1',
  mapId: 'm1',
  name: 'Biblioteket',
  kind: 'organisation',
  sectorId: 'culture',
  typeId: 'library',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('zod runs jitless (the CSP forbids eval)', () => {
  it('is configured by importing the schemas', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('validates as before: valid data passes with defaults, invalid data fails at the field', () => {
    const ok = actorSchema.safeParse(actor);
    expect(ok.success).toBe(true);
    expect(ok.data?.tags).toEqual([]);
    expect(ok.data?.position).toBeNull();
    const bad = actorSchema.safeParse({ ...actor, power: '3' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['power']);
    const demoMap = restore(demo);
    expect(demoMap.ok).toBe(true);
    if (demoMap.ok) expect(Object.keys(demoMap.value.actors).length).toBeGreaterThan(20);
  });

  it('never calls the Function constructor, to build a schema or to validate', () => {
    const calls = countFunctionConstructor();
    // The counter sees a use, so a zero below means none.
    expect(new Function('return 1')()).toBe(1);
    expect(calls()).toBe(1);

    const fresh = z.object({
      id: z.string(),
      n: z.number().int(),
      nested: z.object({ x: z.number() }),
    });
    expect(fresh.safeParse({ id: 'x', n: 1, nested: { x: 2 } }).success).toBe(true);
    expect(fresh.safeParse({ id: 'x', n: 1.5, nested: { x: 2 } }).success).toBe(false);
    for (let i = 0; i < 50; i++) expect(actorSchema.safeParse(actor).success).toBe(true);
    expect(restore(demo).ok).toBe(true);
    expect(calls()).toBe(1);
  });

  it('is the first import of the page, of every worker and of the schemas', () => {
    const root = resolve(import.meta.dirname, '../..');
    const files = readdirSync(resolve(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => resolve(root, 'src', f));
    // Every worker the app starts, found where it is started.
    const workers = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/new Worker\(\s*new URL\('([^']+)'/g)].map((m) =>
        resolve(dirname(file), m[1] ?? ''),
      ),
    );
    expect(workers.length).toBeGreaterThanOrEqual(2);
    const entries = [
      resolve(root, 'src/app/main.tsx'),
      resolve(root, 'src/schema/schemas.ts'),
      ...workers,
    ];
    for (const file of entries) {
      const first = readFileSync(file, 'utf8').match(/^import .*$/m)?.[0] ?? '';
      const target = first.match(/^import '([^']+)';$/)?.[1] ?? '';
      expect(resolve(dirname(file), `${target}.ts`), file).toBe(
        resolve(root, 'src/schema/zodConfig.ts'),
      );
    }
  });
});
