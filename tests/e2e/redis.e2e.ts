import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunningSyncServer } from '../../server';
import {
  acknowledged,
  connect,
  createMap,
  startTestServer,
  type TestClient,
  tempDataDir,
  waitFor,
} from '../server/harness';

/**
 * Scale-out (issue 16, point 5): two Hocuspocus instances joined through Debian's redis-server
 * (`apt-get install -y redis-server`; .ci/run installs it). Both share one data folder, as
 * instances behind one load balancer share their database.
 */

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  await waitFor(() => output.includes('Ready to accept connections'), 'redis-server', 15_000);
  return child;
}

let redis: ChildProcess | undefined;
let servers: RunningSyncServer[] = [];
let clients: TestClient[] = [];
let removeData: (() => Promise<void>) | undefined;

afterAll(async () => {
  for (const c of clients) c.destroy();
  for (const s of servers) await s.stop();
  if (redis && redis.exitCode === null) {
    const exited = new Promise((resolve) => redis?.once('exit', resolve));
    redis.kill('SIGTERM');
    await exited;
  }
  await removeData?.();
});

describe('sync server scale-out through Redis', () => {
  it('a client on instance A and one on instance B see each other’s edits within 2 s', async () => {
    const redisPort = await freePort();
    redis = await startRedis(redisPort);
    const data = await tempDataDir();
    removeData = data.remove;
    const redisUrl = `redis://127.0.0.1:${redisPort}`;
    const a = await startTestServer(data.dir, { redisUrl });
    const b = await startTestServer(data.dir, { redisUrl });
    servers = [a, b];
    expect(a.port).not.toBe(b.port);

    // The map is created on A; B knows its links from the shared database.
    const links = await createMap(a);
    const onA = connect(a.url, links.mapId, links.editSecret);
    const onB = connect(b.url, links.mapId, links.editSecret);
    clients = [onA, onB];
    await Promise.all([onA.authenticated, onB.authenticated]);

    onA.doc.getMap('actors').set('fromA', 'Kulturhuset');
    const aToB = await waitFor(
      () => onB.doc.getMap('actors').get('fromA') === 'Kulturhuset',
      'A’s edit on B',
      2000,
    );
    onB.doc.getMap('actors').set('fromB', 'Biblioteket');
    const bToA = await waitFor(
      () => onA.doc.getMap('actors').get('fromB') === 'Biblioteket',
      'B’s edit on A',
      2000,
    );
    await Promise.all([acknowledged(onA), acknowledged(onB)]);
    console.info(`[redis] A→B ${aToB.toFixed(0)} ms, B→A ${bToA.toFixed(0)} ms`);

    expect(onA.doc.getMap('actors').toJSON()).toEqual(onB.doc.getMap('actors').toJSON());
  });
});
