import { nodeBox } from '../../src/analysis/layout/metrics';
import { mulberry32 } from '../../src/analysis/layout/prng';
import type { LayoutInput, LayoutLink, LayoutNode } from '../../src/analysis/layout/types';

/** The value, or a test failure when it is missing (instead of a non-null assertion). */
export function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

/** list[i], failing the test when out of range. */
export function at<T>(list: ArrayLike<T>, i: number): T {
  return must(list[i], `index ${i}`);
}

export const TEST_SECTORS = ['s1', 's2', 's3', 's4', 's5', 's6'];

/**
 * A seeded map of `n` actors: a focal actor in sector 'focal' and the rest spread over six
 * sectors, with label boxes 60–180 px wide and ~1.6 links per actor, mostly within a sector.
 */
export function testGraph(n = 60, seed = 42): LayoutInput {
  const rnd = mulberry32(seed);
  const nodes: LayoutNode[] = [{ id: 'focal', sectorId: 'focal', ...nodeBox(24, 150, 17) }];
  for (let i = 1; i < n; i++) {
    nodes.push({
      id: `n${i}`,
      sectorId: at(TEST_SECTORS, i % TEST_SECTORS.length),
      ...nodeBox(24, 60 + Math.floor(rnd() * 120), 17),
    });
  }
  const links: LayoutLink[] = [];
  const seen = new Set<string>();
  const add = (a: number, b: number) => {
    if (a === b) return;
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    if (seen.has(key)) return;
    seen.add(key);
    links.push({ source: at(nodes, a).id, target: at(nodes, b).id, weight: 1 + (a % 3) });
  };
  for (let i = 1; i < n; i++) {
    if (rnd() < 0.3) add(i, 0);
    // A partner in the same sector added earlier (same index modulo 6).
    const same = i - TEST_SECTORS.length * (1 + Math.floor(rnd() * 3));
    if (same >= 1) add(i, same);
    if (rnd() < 0.35) add(i, 1 + Math.floor(rnd() * (n - 1)));
  }
  return { nodes, links, sectorOrder: ['focal', ...TEST_SECTORS], focalId: 'focal' };
}
