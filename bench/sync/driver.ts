/**
 * The sync suite's measurement (issue 16): N participants, each a Node client with its own Y.Doc
 * and Hocuspocus provider, add actors to one shared map at random moments of a time window,
 * through the bridge's `applyLocalChange`. For every actor: the time from its local write until
 * every client's Y.Doc has it. Baseline in the same run: the same number of additions from one
 * client, observed by a second. Run by bench/suites/sync.mjs; alone:
 * `node --import tsx bench/sync/driver.ts [--mode=in-process] [--window=30000] [--out=file.json]`.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { diffDocuments } from '../../src/domain/changes';
import { addActor } from '../../src/domain/commands';
import type { MapDocument } from '../../src/domain/types';
import { restore, toSaved } from '../../src/schema';
import { applyLocalChange, docFromY, seedY } from '../../src/sync';
import { type BenchClient, connectClient, waitFor } from './clients';
import { Arrivals, loopDelay, random, round, summary } from './measure';
import { type BenchServer, createSharedMap, type Memory, startBenchServer } from './server';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const TARGET_P95_MS = 1_000;

export interface Options {
  mode: 'child' | 'in-process';
  participants: number;
  perParticipant: number;
  windowMs: number;
  seed: number;
  out: string | null;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = {
    mode: 'child',
    participants: 50,
    perParticipant: 10,
    windowMs: 30_000,
    seed: Date.now() % 2 ** 31,
    out: null,
  };
  for (const arg of argv) {
    const [key, value = ''] = arg.replace(/^--/, '').split('=');
    if (key === 'mode' && (value === 'child' || value === 'in-process')) options.mode = value;
    else if (key === 'participants') options.participants = Number(value);
    else if (key === 'per') options.perParticipant = Number(value);
    else if (key === 'window') options.windowMs = Number(value);
    else if (key === 'seed') options.seed = Number(value);
    else if (key === 'out') options.out = value;
    else throw new Error(`unknown argument: ${arg}`);
  }
  return options;
}

export function loadDemo(): MapDocument {
  const file = join(root, 'data/samples/eksempel-kommune.samspill-map.json');
  const restored = restore(JSON.parse(readFileSync(file, 'utf8')));
  if (!restored.ok) throw new Error(`the demo map does not restore: ${restored.error.detail}`);
  return restored.value;
}

interface Writer {
  client: BenchClient;
  /** What this participant's app shows: the map as it opened it, plus its own additions. */
  doc: MapDocument;
}

/** One addition as the app commits it: a domain command, its change set, one Yjs transaction. */
function addOne(writer: Writer, name: string, arrivals: Arrivals): void {
  const prev = writer.doc;
  const { doc: next, actor } = addActor(
    prev,
    { name },
    { now: new Date().toISOString(), newId: randomUUID },
  );
  arrivals.written(actor.id);
  applyLocalChange(writer.client.doc, diffDocuments(prev, next), prev);
  writer.doc = next;
}

/** Every client's `docFromY` is the same document, passes `restore()` and has every actor. */
export function verify(
  clients: readonly Pick<BenchClient, 'doc' | 'refusals'>[],
  mapId: string,
  actors: number,
) {
  const docs = clients.map((c) => docFromY(c.doc, mapId));
  const first = docs[0]?.doc;
  const problems: string[] = [];
  for (const [i, projection] of docs.entries()) {
    if (!projection) {
      problems.push(`client ${i}: no map`);
      continue;
    }
    const { doc, dropped, waiting } = projection;
    if (dropped || waiting) problems.push(`client ${i}: ${dropped} dropped, ${waiting} waiting`);
    const count = Object.keys(doc.actors).length;
    if (count !== actors) problems.push(`client ${i}: ${count} actors, expected ${actors}`);
    if (!restore(toSaved(doc)).ok) problems.push(`client ${i}: does not pass restore()`);
    if (!isDeepStrictEqual(doc, first)) problems.push(`client ${i}: differs from client 0`);
  }
  const refusals = clients.flatMap((c, i) => c.refusals.map((r) => `client ${i}: ${r}`));
  return {
    clients: clients.length,
    actorsEach: actors,
    identical: !problems.some((p) => p.includes('differs')),
    ok: problems.length === 0 && refusals.length === 0,
    problems: [...problems, ...refusals].slice(0, 10),
  };
}

/** A shared map seeded with the demo map by one client, acknowledged by the server. */
async function sharedDemo(server: BenchServer, demo: MapDocument) {
  const { mapId, editSecret } = await createSharedMap(server);
  const seeder = connectClient(server.url, mapId, editSecret);
  await seeder.synced;
  seedY(seeder.doc, demo);
  await waitFor(() => !seeder.provider.hasUnsyncedChanges, 'the seed to be acknowledged', 10_000);
  return { seeder, join: () => connectClient(server.url, mapId, editSecret) };
}

async function opened(client: BenchClient, demo: MapDocument): Promise<Writer> {
  await client.synced;
  const loaded = docFromY(client.doc, demo.map.id);
  if (!loaded) throw new Error('a participant did not receive the seeded map');
  return { client, doc: loaded.doc };
}

/** When each addition is written, in ms from the start: the same for the baseline's one writer. */
function moments(o: Options): number[] {
  const next = random(o.seed);
  return Array.from({ length: o.participants * o.perParticipant }, () => next() * o.windowMs);
}

/** Writes `writers[who(i)]`'s addition i at `at[i]` ms; resolves once every client has them all. */
async function schedule(
  writers: readonly Writer[],
  who: (i: number) => number,
  at: readonly number[],
  arrivals: Arrivals,
  name: (i: number) => string,
  timeoutMs: number,
): Promise<number> {
  const start = performance.now();
  const timers = at.map((ms, i) =>
    setTimeout(() => addOne(writers[who(i)] as Writer, name(i), arrivals), ms),
  );
  try {
    await waitFor(() => arrivals.latencies.length === at.length, 'every addition', timeoutMs);
  } finally {
    for (const t of timers) clearTimeout(t);
  }
  return Math.round(arrivals.lastArrival - start);
}

async function participantsRun(server: BenchServer, demo: MapDocument, o: Options, log: Log) {
  const { seeder, join } = await sharedDemo(server, demo);
  const clients = [seeder, ...Array.from({ length: o.participants - 1 }, join)];
  try {
    const writers = await Promise.all(clients.map((c) => opened(c, demo)));
    const memorySeeded = await server.memory();
    const arrivals = new Arrivals(clients.length);
    for (const c of clients) arrivals.watch(c.doc);
    const at = moments(o);
    log(`  ${clients.length} clients synced; ${at.length} additions over ${o.windowMs / 1000} s …`);
    let peakRss = memorySeeded.rssMb;
    const sampler = setInterval(() => {
      void server.memory().then((m) => {
        peakRss = Math.max(peakRss, m.rssMb);
      });
    }, 500);
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    let untilAllMs: number;
    try {
      untilAllMs = await schedule(
        writers,
        (i) => Math.floor(i / o.perParticipant),
        at,
        arrivals,
        (i) =>
          `Deltaker ${Math.floor(i / o.perParticipant) + 1}, aktør ${(i % o.perParticipant) + 1}`,
        o.windowMs + 30_000,
      );
    } finally {
      clearInterval(sampler);
      loop.disable();
    }
    const memoryEnd = await server.memory();
    const latency = summary(arrivals.latencies);
    return {
      participants: o.participants,
      actors: at.length,
      latencyMs: latency,
      targetP95Ms: TARGET_P95_MS,
      targetMet: latency.p95 <= TARGET_P95_MS,
      untilAllMs,
      benchLoopDelayMs: loopDelay(loop),
      memory: { seeded: memorySeeded, end: memoryEnd, sampledPeakRssMb: peakRss },
      verify: verify(clients, demo.map.id, Object.keys(demo.actors).length + at.length),
    };
  } finally {
    for (const c of clients) c.destroy();
  }
}

/**
 * One client writes all the additions, a second observes. `at`: at the participants' moments
 * (the latency without the fan-out to 50); null: all at once (the time for the whole batch).
 */
async function baselineRun(
  server: BenchServer,
  demo: MapDocument,
  total: number,
  at: readonly number[] | null,
) {
  const { seeder, join } = await sharedDemo(server, demo);
  const observer = join();
  try {
    const [writer] = await Promise.all([opened(seeder, demo), opened(observer, demo)]);
    const arrivals = new Arrivals(2);
    arrivals.watch(seeder.doc);
    arrivals.watch(observer.doc);
    const name = (i: number) => `Alene, aktør ${i + 1}`;
    let totalMs: number;
    let writeMs: number | null = null;
    if (at) {
      totalMs = await schedule([writer], () => 0, at, arrivals, name, (at.at(-1) ?? 0) + 30_000);
    } else {
      const start = performance.now();
      for (let i = 0; i < total; i++) addOne(writer, name(i), arrivals);
      writeMs = Math.round(performance.now() - start);
      await waitFor(() => arrivals.latencies.length === total, 'every addition', 30_000);
      totalMs = Math.round(arrivals.lastArrival - start);
    }
    return {
      actors: total,
      totalMs,
      writeMs,
      latencyMs: summary(arrivals.latencies),
      verify: verify([seeder, observer], demo.map.id, Object.keys(demo.actors).length + total),
    };
  } finally {
    seeder.destroy();
    observer.destroy();
  }
}

type Log = (line: string) => void;

export async function runSyncBench(o: Options, log: Log) {
  const demo = loadDemo();
  const server = await startBenchServer(o.mode, root);
  try {
    const started: Memory = await server.memory();
    log(`  server: ${server.mode} at ${server.url}; memory read from ${server.measured}`);
    const participants = await participantsRun(server, demo, o, log);
    log('  baseline: the same additions from one client, at the same moments …');
    const paced = await baselineRun(server, demo, participants.actors, moments(o));
    log('  baseline: the same additions from one client, all at once …');
    const burst = await baselineRun(server, demo, participants.actors, null);
    const memoryAfter = await server.memory();
    const ratio = (a: number, b: number) => round(a / Math.max(b, 0.1));
    return {
      config: {
        participants: o.participants,
        perParticipant: o.perParticipant,
        windowMs: o.windowMs,
        seed: o.seed,
        demoActors: Object.keys(demo.actors).length,
      },
      server: { mode: server.mode, measured: server.measured, started, after: memoryAfter },
      participants,
      baseline: { paced, burst },
      /** 50 participants against one writer at the same moments. */
      ratio: {
        p50: ratio(participants.latencyMs.p50, paced.latencyMs.p50),
        p95: ratio(participants.latencyMs.p95, paced.latencyMs.p95),
        max: ratio(participants.latencyMs.max, paced.latencyMs.max),
      },
    };
  } finally {
    await server.stop();
  }
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const options = parseOptions(process.argv.slice(2));
  runSyncBench(options, (line) => console.log(line))
    .then((result) => {
      const json = `${JSON.stringify(result, null, 2)}\n`;
      if (options.out) writeFileSync(options.out, json);
      else console.log(json);
      const { participants, baseline } = result;
      const ok = participants.verify.ok && baseline.paced.verify.ok && baseline.burst.verify.ok;
      process.exit(ok ? 0 : 1);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
