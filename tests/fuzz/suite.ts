/**
 * The fuzz suite of one format. `npm test` runs 300 cases a format with a fixed seed, so CI is
 * repeatable; `npm run fuzz` sets FUZZ_RUNS=10000 and a fresh seed, writes
 * bench/results/fuzz-<format>.json and also fails on any case slower than 2 s (timings are kept
 * out of `npm test`: the machines are noisy).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapDocument } from '../../src/domain/types';
import type { ImportFile } from '../../src/io/import';
import { type Outcome, runCase, type Verdict } from './check';
import { mutate, type Recipe, recipeArb } from './mutations';
import { type FuzzFormat, seedDocument, seedFiles } from './seeds';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const FULL = process.env.FUZZ_RUNS !== undefined;
const SEED = Number(process.env.FUZZ_SEED ?? (FULL ? Date.now() % 2 ** 31 : 20261205));
const SLOW_MS = 2_000;
const FAILING: readonly Verdict[] = ['exception', 'bad-problem', 'bad-document'];

interface Failure {
  recipe: string;
  outcome: Outcome;
}

/** A recipe short enough to print: long inserted values are cut. */
const show = (recipe: Recipe, merge: boolean) =>
  JSON.stringify({ merge, ...recipe }, (_k, v) =>
    typeof v === 'string' && v.length > 60 ? `${v.slice(0, 20)}…(${v.length})` : v,
  );

export function fuzzSuite(format: FuzzFormat): void {
  describe(`fuzzing ${format} imports`, () => {
    let seed: ImportFile[];
    let target: MapDocument;

    beforeAll(async () => {
      if (FULL) mkdirSync('bench/results', { recursive: true });
      target = seedDocument();
      seed = (await seedFiles(target))[format];
    });

    it(
      `gives a structured answer for ${RUNS} mutated files and never pollutes a prototype`,
      async () => {
        const counts: Record<string, number> = {};
        const codes: Record<string, number> = {};
        const failures: Failure[] = [];
        const slow: Failure[] = [];
        let polluted = 0;
        let maxMs = 0;
        await fc.assert(
          fc.asyncProperty(recipeArb, fc.boolean(), async (recipe, merge) => {
            // A case that never returns leaves its recipe behind, to be replayed.
            if (FULL) writeFileSync(`bench/results/fuzz-${format}.current`, show(recipe, merge));
            const files = mutate(format, seed, recipe);
            const outcome = await runCase(files, merge ? target : null);
            counts[outcome.verdict] = (counts[outcome.verdict] ?? 0) + 1;
            if (outcome.verdict === 'refused')
              codes[outcome.detail] = (codes[outcome.detail] ?? 0) + 1;
            maxMs = Math.max(maxMs, outcome.ms);
            const entry = { recipe: show(recipe, merge), outcome };
            if (FAILING.includes(outcome.verdict)) failures.push(entry);
            if (outcome.prototype.length) polluted++;
            if (outcome.prototype.length && !FAILING.includes(outcome.verdict))
              failures.push(entry);
            if (outcome.ms > SLOW_MS) slow.push(entry);
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: true },
        );
        const report = {
          format,
          runs: RUNS,
          seed: SEED,
          verdicts: counts,
          refusedBy: codes,
          prototypeChanges: polluted,
          overTwoSeconds: slow.length,
          slowestMs: Math.round(maxMs),
          failures: failures.slice(0, 5),
          slowest: slow.sort((a, b) => b.outcome.ms - a.outcome.ms).slice(0, 5),
        };
        if (FULL) {
          rmSync(`bench/results/fuzz-${format}.current`, { force: true });
          writeFileSync(
            `bench/results/fuzz-${format}.json`,
            `${JSON.stringify(report, null, 2)}\n`,
          );
        }
        console.log(
          `fuzz ${format}: ${RUNS} cases (seed ${SEED}), ${JSON.stringify(counts)}, ` +
            `${polluted} prototype changes, ${slow.length} over 2 s, slowest ${Math.round(maxMs)} ms; ` +
            `refused by ${JSON.stringify(codes)}`,
        );
        expect(failures, JSON.stringify(failures.slice(0, 3), null, 1)).toEqual([]);
        expect(polluted).toBe(0);
        // Both kinds of answer occur, so the mutations are neither all harmless nor all fatal.
        expect(counts.refused ?? 0).toBeGreaterThan(0);
        expect(counts.accepted ?? 0).toBeGreaterThan(0);
        if (FULL) expect(slow.map((s) => s.recipe)).toEqual([]);
      },
      RUNS * SLOW_MS + 60_000,
    );
  });
}
