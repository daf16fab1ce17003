import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startSyncServer } from '../../server';

/**
 * The sync server under test: by default `server/main.ts` (what `npm run server` runs) as a child
 * process, so that its resident memory is its own; in-process (`startSyncServer`) on request,
 * where the memory read also holds the 50 clients.
 */
export type ServerMode = 'child' | 'in-process';

export interface Memory {
  rssMb: number;
  /** Highest resident size since start: the kernel's VmHWM for a child, sampled in-process. */
  peakRssMb: number;
}

export interface BenchServer {
  mode: ServerMode;
  url: string;
  httpUrl: string;
  accessKey: string;
  /** Whose memory `memory()` reads. */
  measured: string;
  memory(): Promise<Memory>;
  stop(): Promise<void>;
}

/** Enough sockets from 127.0.0.1 for every participant (the default cap is 20 per address). */
const MAX_CONNECTIONS = 200;

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function childMemory(pid: number): Promise<Memory> {
  const status = await readFile(`/proc/${pid}/status`, 'latin1');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: mb(kb('VmRSS') * 1024), peakRssMb: mb(kb('VmHWM') * 1024) };
}

function startChild(root: string, dataDir: string, accessKey: string): Promise<BenchServer> {
  // node --import tsx, not the tsx CLI: the CLI runs the script in a second process.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      SAMSPILL_SYNC_HOST: '127.0.0.1',
      SAMSPILL_SYNC_PORT: '0',
      SAMSPILL_DATA_DIR: dataDir,
      SAMSPILL_ACCESS_KEY: accessKey,
      SAMSPILL_MAX_CONNECTIONS_PER_ADDRESS: String(MAX_CONNECTIONS),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolveStart, reject) => {
    let stdout = '';
    const timer = setTimeout(
      () => reject(new Error('the sync server did not start in 30 s')),
      30_000,
    );
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the sync server exited with ${code}: ${stderr.trim()}`));
    });
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
      const port = /ws:\/\/127\.0\.0\.1:(\d+)/.exec(stdout)?.[1];
      if (!port || child.pid === undefined) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const pid = child.pid;
      resolveStart({
        mode: 'child',
        url: `ws://127.0.0.1:${port}`,
        httpUrl: `http://127.0.0.1:${port}`,
        accessKey,
        measured: `sync server child process (node --import tsx server/main.ts, pid ${pid})`,
        memory: () => childMemory(pid),
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

async function startInProcess(dataDir: string, accessKey: string): Promise<BenchServer> {
  const running = await startSyncServer({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    accessKey,
    maxConnectionsPerAddress: MAX_CONNECTIONS,
  });
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 100);
  return {
    mode: 'in-process',
    url: running.url,
    httpUrl: running.httpUrl,
    accessKey: running.accessKey,
    measured: 'the bench process: server AND the 50 clients (process.memoryUsage)',
    memory: async () => {
      const rss = process.memoryUsage.rss();
      peak = Math.max(peak, rss);
      return { rssMb: mb(rss), peakRssMb: mb(peak) };
    },
    stop: async () => {
      clearInterval(sampler);
      await running.stop();
    },
  };
}

/** Starts the server on a free port with a temporary data folder and a generated access key. */
export async function startBenchServer(mode: ServerMode, root: string): Promise<BenchServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'samspill-bench-sync-'));
  const accessKey = randomBytes(24).toString('base64url');
  const server =
    mode === 'child'
      ? await startChild(resolve(root), dataDir, accessKey)
      : await startInProcess(dataDir, accessKey);
  return {
    ...server,
    stop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** `POST /maps`: a new shared map and its link secrets. */
export async function createSharedMap(
  server: BenchServer,
): Promise<{ mapId: string; editSecret: string }> {
  const response = await fetch(`${server.httpUrl}/maps`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.accessKey}` },
  });
  if (response.status !== 201) throw new Error(`POST /maps answered ${response.status}`);
  return (await response.json()) as { mapId: string; editSecret: string };
}
