/**
 * The participants suite's Node side (issue 17): the sync server and 60 simulated phones that
 * join a workshop by its code and add 5 entries each at random moments of 60 s. The projector is
 * the app's own code in Chromium, driven by bench/suites/participants.mjs, which talks to this
 * driver over stdio, one line each:
 *   → `@server {"url","httpUrl","mapId","editSecret"}` once the server runs and the map exists;
 *   ← `go`, once the projector has shared its map: the phones join by code and send;
 *   ← `baseline`: the same entries at the same moments from 60 clients with the edit link;
 *   → `@sent {…}` after each round, once the server acknowledged every entry (or refused);
 *   ← `stop`: the server stops, the driver exits.
 * Other stdout lines are log lines.
 */
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type * as Y from 'yjs';
import { tableOf } from '../../src/sync/model';
import { waitFor } from '../sync/clients';
import { loopDelay, random } from '../sync/measure';
import { type BenchServer, createSharedMap, startBenchServer } from '../sync/server';
import { addEntry, joinPhone, type Phone, type SentEntry } from './phones';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

interface Options {
  mode: 'child' | 'in-process';
  phones: number;
  perPhone: number;
  windowMs: number;
  seed: number;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = {
    mode: 'child',
    phones: 60,
    perPhone: 5,
    windowMs: 60_000,
    seed: Date.now() % 2 ** 31,
  };
  for (const arg of argv) {
    const [key, value = ''] = arg.replace(/^--/, '').split('=');
    if (key === 'mode' && (value === 'child' || value === 'in-process')) options.mode = value;
    else if (key === 'phones') options.phones = Number(value);
    else if (key === 'per') options.perPhone = Number(value);
    else if (key === 'window') options.windowMs = Number(value);
    else if (key === 'seed') options.seed = Number(value);
    else throw new Error(`unknown argument: ${arg}`);
  }
  return options;
}

/** The id of the map a shared document holds (its `map` table has one record). */
const mapIdIn = (doc: Y.Doc): string | null => {
  const ids = [...tableOf(doc, 'map').keys()];
  return ids.length === 1 ? (ids[0] ?? null) : null;
};

const lines = createInterface({ input: process.stdin });
const nextCommand = () =>
  new Promise<string>((resolve) => lines.once('line', (line) => resolve(line.trim())));

async function json<T>(response: Response, expected: number, what: string): Promise<T> {
  if (response.status !== expected) throw new Error(`${what} answered ${response.status}`);
  return (await response.json()) as T;
}

/** Every phone's entries at its own random moments of the window; resolves once all are sent. */
function schedule(phones: readonly Phone[], mapId: string, o: Options): Promise<SentEntry[]> {
  const next = random(o.seed);
  const sent: SentEntry[] = [];
  const total = phones.length * o.perPhone;
  return new Promise((resolve) => {
    for (const phone of phones) {
      const moments = Array.from({ length: o.perPhone }, () => next() * o.windowMs);
      // In order per phone: its collaboration comes after the actors it links.
      for (const at of moments.sort((a, b) => a - b)) {
        setTimeout(() => {
          sent.push(addEntry(phone, mapId, next));
          if (sent.length === total) resolve(sent);
        }, at);
      }
    }
  });
}

interface Shared {
  server: BenchServer;
  mapId: string;
  editSecret: string;
}

/** 60 phones by the workshop code (each looks it up first), as the participant page joins. */
async function joinByCode({ server, mapId, editSecret }: Shared, o: Options): Promise<Phone[]> {
  // The leader invites the room with the edit link's secret, as the projector does.
  const { code } = await json<{ code: string }>(
    await fetch(`${server.httpUrl}/maps/${mapId}/participants`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${editSecret}` },
    }),
    201,
    'POST /maps/:id/participants',
  );
  const phones: Phone[] = [];
  for (let i = 0; i < o.phones; i++) {
    // Each phone has only the code: it asks which map it opens, then joins with it.
    const found = await json<{ mapId: string }>(
      await fetch(`${server.httpUrl}/codes/${code}`),
      200,
      'GET /codes/:code',
    );
    if (found.mapId !== mapId) throw new Error('the code opened another map');
    phones.push(joinPhone(server.url, found.mapId, code, i));
  }
  console.log(`  ${o.phones} phones join by code ${code.slice(0, 4)}-${code.slice(4)} …`);
  return phones;
}

/**
 * One round: the clients join, send their entries over the window, and wait for the server's
 * acknowledgements; `@sent` reports them. The baseline round's clients hold the edit link (no
 * rights check, no entry budget) and send the same entries at the same moments.
 */
async function round(shared: Shared, o: Options, by: 'code' | 'edit-link'): Promise<void> {
  const start = performance.now();
  const phones =
    by === 'code'
      ? await joinByCode(shared, o)
      : Array.from({ length: o.phones }, (_, i) =>
          joinPhone(shared.server.url, shared.mapId, shared.editSecret, i, false),
        );
  try {
    await Promise.all(phones.map((p) => p.client.synced));
    await waitFor(
      () => phones.every((p) => mapIdIn(p.client.doc) !== null),
      'every client to receive the map',
      30_000,
    );
    const joinMs = Math.round(performance.now() - start);
    const first = phones[0];
    const docMapId = first ? (mapIdIn(first.client.doc) ?? '') : '';
    console.log(
      `  ${o.phones} clients (${by}) synced in ${joinMs} ms; ${o.phones * o.perPhone} entries over ${o.windowMs / 1000} s …`,
    );
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const sent = await schedule(phones, docMapId, o);
    await waitFor(
      () =>
        phones.every((p) => p.client.refusals.length > 0 || !p.client.provider.hasUnsyncedChanges),
      'the server to acknowledge every entry',
      30_000,
    ).catch((error: Error) => console.log(`  ${error.message}`));
    loop.disable();
    const refusals = phones.flatMap((p) => p.client.refusals.map((r) => `phone ${p.index}: ${r}`));
    console.log(
      `@sent ${JSON.stringify({
        by,
        config: o,
        joinMs,
        entries: sent,
        refusals,
        unacknowledgedPhones: phones.filter((p) => p.client.provider.hasUnsyncedChanges).length,
        driverLoopDelayMs: loopDelay(loop),
      })}`,
    );
  } finally {
    for (const p of phones) p.client.destroy();
  }
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const server = await startBenchServer(o.mode, root);
  try {
    const { mapId, editSecret } = await createSharedMap(server);
    console.log(
      `@server ${JSON.stringify({ url: server.url, httpUrl: server.httpUrl, mapId, editSecret })}`,
    );
    for (;;) {
      const command = await nextCommand();
      if (command === 'go') await round({ server, mapId, editSecret }, o, 'code');
      else if (command === 'baseline') await round({ server, mapId, editSecret }, o, 'edit-link');
      else break;
    }
  } finally {
    await server.stop();
  }
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
