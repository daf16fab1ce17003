import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addActivity,
  addActor,
  addCollaboration,
  moveActors,
  removeItems,
  updateActor,
  updateCollaboration,
  updateMap,
} from '../../src/domain/commands';
import { makeMap } from '../../src/domain/factory';
import type { EditMeta } from '../../src/domain/ids';
import type { MapDocument } from '../../src/domain/types';
import { restore, toSaved } from '../../src/schema';
import { docFromY } from '../../src/sync';
import { testMeta } from '../fixtures/meta';
import { clock, Replica, syncAll } from './replica';

/**
 * Convergence (issue 16): two to four replicas run random domain commands, committed through the
 * bridge, while their Yjs updates travel one by one, out of order and only in part, or as
 * state-vector syncs between two of them. Every replica's document passes restore() after every
 * step; after a full exchange all are equal, each equal to a first load of its Y.Doc.
 * SYNC_SEED=n repeats a run, SYNC_RUNS=n sets how many.
 */
const KINDS = [
  'add',
  'rename',
  'edit',
  'link',
  'editLink',
  'log',
  'deleteActor',
  'deleteLink',
  'move',
  'renameMap',
  'deliver',
  'deliver',
  'deliver',
  'sync',
] as const;
type Kind = (typeof KINDS)[number];

interface Step {
  replica: number;
  kind: Kind;
  a: number;
  b: number;
  text: string;
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  replica: fc.nat(3),
  kind: fc.constantFrom(...KINDS),
  a: fc.nat(50),
  b: fc.nat(50),
  text: fc.constantFrom('Biblioteket', 'Ungdomsklubben', ' Museet ', 'Korps', 'Å'),
});

const pick = (rows: Record<string, unknown>, n: number): string | undefined => {
  const ids = Object.keys(rows).sort();
  return ids.length ? ids[n % ids.length] : undefined;
};

type Command = (doc: MapDocument, meta: EditMeta) => MapDocument;

function command(step: Step, doc: MapDocument): Command | null {
  const { a, b, text } = step;
  const actor = pick(doc.actors, a);
  const other = pick(doc.actors, b);
  const link = pick(doc.collaborations, a);
  switch (step.kind) {
    case 'add':
      return (d, m) => addActor(d, { name: text, power: (b % 5) + 1 }, m).doc;
    case 'rename':
      return actor ? (d, m) => updateActor(d, actor, { name: `${text} ${b}` }, m) : null;
    case 'edit': {
      if (!actor) return null;
      const patches = [
        { description: `${text} ${b}` },
        { tags: [text, `t${b}`] },
        { interest: (b % 5) + 1, kind: 'person' as const },
        { contact: { name: text, role: '', email: `${b}@x.no`, phone: '' } },
      ];
      const patch = patches[b % patches.length] ?? {};
      return (d, m) => updateActor(d, actor, patch, m);
    }
    case 'link':
      return actor && other
        ? (d, m) => addCollaboration(d, { sourceId: actor, targetId: other }, m)?.doc ?? d
        : null;
    case 'editLink':
      return link
        ? (d, m) =>
            updateCollaboration(d, link, { strength: ((b % 3) + 1) as 1 | 2 | 3, notes: text }, m)
        : null;
    case 'log':
      return link
        ? (d, m) =>
            addActivity(d, { collaborationId: link, date: '2026-03-01', title: text, note: '' }, m)
        : null;
    case 'deleteActor':
      return actor ? (d, m) => removeItems(d, { actorIds: [actor] }, m) : null;
    case 'deleteLink':
      return link ? (d, m) => removeItems(d, { collaborationIds: [link] }, m) : null;
    case 'move':
      return actor ? (d, m) => moveActors(d, [{ id: actor, x: a * 10 - b, y: b * 7 }], m) : null;
    case 'renameMap':
      return (d, m) => updateMap(d, { name: `${text} ${a}` }, m);
    default:
      return null;
  }
}

/** Updates on their way: each replica's own updates, one entry per receiver. */
interface Wire {
  to: number;
  update: Uint8Array;
}

function runScenario(count: number, steps: readonly Step[]): Replica[] {
  const now = clock();
  const meta = testMeta('2026-01-01T00:00:00.000Z', 'seed');
  let seed = makeMap(
    {
      name: 'Kart',
      focalName: 'Kulturskolen',
      templateId: 't',
      focalSectorId: 's',
      focalTypeId: 'y',
    },
    meta,
  );
  for (const name of ['Biblioteket', 'Skolen']) seed = addActor(seed, { name }, meta).doc;
  const first = new Replica('r0', now).share(seed);
  first.outbox.length = 0;
  const replicas = [first];
  for (let i = 1; i < count; i++) {
    const r = new Replica(`r${i}`, now);
    r.syncFrom(first);
    replicas.push(r.open(seed.map.id));
  }
  const wire: Wire[] = [];
  const post = (from: number) => {
    const source = replicas[from] as Replica;
    for (const update of source.outbox.splice(0))
      for (let to = 0; to < count; to++) if (to !== from) wire.push({ to, update });
  };
  for (const step of steps) {
    const i = step.replica % count;
    const r = replicas[i] as Replica;
    if (step.kind === 'deliver') {
      if (wire.length === 0) continue;
      const [w] = wire.splice((step.a * 31 + step.b) % wire.length, 1);
      if (w) (replicas[w.to] as Replica).receive(w.update);
    } else if (step.kind === 'sync') {
      r.syncFrom(replicas[step.a % count] as Replica);
    } else {
      const c = command(step, r.doc);
      if (c) r.run(c);
      post(i);
    }
    // No half record, no dangling link, at any moment on any replica.
    for (const each of replicas)
      if (!restore(toSaved(each.doc)).ok) throw new Error(`${each.name}: invalid`);
  }
  syncAll(replicas);
  return replicas;
}

const NUM_RUNS = Number(process.env.SYNC_RUNS ?? 1000);
const seed = process.env.SYNC_SEED ? Number(process.env.SYNC_SEED) : undefined;

describe('shared maps converge (fast-check)', () => {
  it('2–4 replicas with random commands and random delivery end with the same valid document', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.array(stepArb, { minLength: 5, maxLength: 80 }),
        (count, steps) => {
          const replicas = runScenario(count, steps);
          const [first] = replicas;
          for (const r of replicas) {
            expect(r.doc).toEqual(first?.doc);
            expect(r.bridge.synced()).toEqual(r.doc);
            expect(docFromY(r.ydoc, r.doc.map.id)?.doc).toEqual(r.doc);
            expect(restore(toSaved(r.doc)).ok).toBe(true);
            expect(r.dropped).toBe(0);
          }
          checked++;
        },
      ),
      { numRuns: NUM_RUNS, seed },
    );
    expect(checked).toBe(NUM_RUNS);
  });
});
