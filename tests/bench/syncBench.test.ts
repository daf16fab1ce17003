import * as Y from 'yjs';
import { loadDemo, type Options, runSyncBench, verify } from '../../bench/sync/driver';
import { diffDocuments } from '../../src/domain/changes';
import { addActor } from '../../src/domain/commands';
import { applyLocalChange, seedY } from '../../src/sync';
import { testMeta } from '../fixtures/meta';

/**
 * The sync bench's machinery on a small run (timings are never asserted: the machine is shared):
 * every addition is counted on every client, and the end check can fail.
 */
const small = (mode: Options['mode']): Options => ({
  mode,
  participants: 4,
  perParticipant: 3,
  windowMs: 400,
  seed: 7,
  out: null,
});

describe('sync bench', () => {
  it.each(['child', 'in-process'] as const)(
    'counts every addition on every client, with the server %s',
    async (mode) => {
      const demoActors = Object.keys(loadDemo().actors).length;
      const r = await runSyncBench(small(mode), () => {});
      expect(r.server.mode).toBe(mode);
      expect(r.participants.latencyMs.n).toBe(12);
      expect(r.participants.verify).toMatchObject({ clients: 4, ok: true, problems: [] });
      expect(r.participants.verify.actorsEach).toBe(demoActors + 12);
      for (const run of [r.baseline.paced, r.baseline.burst]) {
        expect(run.latencyMs.n).toBe(12);
        expect(run.verify).toMatchObject({ clients: 2, ok: true, actorsEach: demoActors + 12 });
      }
      expect(r.participants.latencyMs.max).toBeGreaterThanOrEqual(r.participants.latencyMs.p95);
      expect(r.participants.memory.end.rssMb).toBeGreaterThan(0);
      expect(r.server.after.peakRssMb).toBeGreaterThanOrEqual(r.participants.memory.end.rssMb);
    },
  );

  it('reports clients whose maps differ or lack an actor', () => {
    const demo = loadDemo();
    const a = new Y.Doc();
    const b = new Y.Doc();
    seedY(a, demo);
    seedY(b, demo);
    const { doc: next } = addActor(demo, { name: 'Bare hos B' }, testMeta());
    applyLocalChange(b, diffDocuments(demo, next), demo);
    const clients = [
      { doc: a, refusals: [] },
      { doc: b, refusals: [] },
    ];
    const count = Object.keys(demo.actors).length;
    const result = verify(clients, demo.map.id, count);
    expect(result.ok).toBe(false);
    expect(result.identical).toBe(false);
    expect(result.problems).toEqual([
      `client 1: ${count + 1} actors, expected ${count}`,
      'client 1: differs from client 0',
    ]);
    const refused = verify([{ doc: a, refusals: ['auth: unknown-link'] }], demo.map.id, count);
    expect(refused).toMatchObject({ ok: false, problems: ['client 0: auth: unknown-link'] });
  });
});
