import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { tempDataDir } from './harness';

const root = resolve(import.meta.dirname, '../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');

function run(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(tsx, ['server/main.ts'], {
    cwd: root,
    env: { ...process.env, ...env, SAMSPILL_ACCESS_KEY: env.SAMSPILL_ACCESS_KEY ?? '' },
  });
  let text = '';
  child.stdout?.on('data', (chunk) => {
    text += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    text += String(chunk);
  });
  return { child, output: () => text };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => child.once('exit', (code) => done(code)));
}

describe('npm run server (server/main.ts)', () => {
  it('prints its address and a generated access key that works, and stops on SIGTERM', async () => {
    const data = await tempDataDir();
    const { child, output } = run({ SAMSPILL_SYNC_PORT: '0', SAMSPILL_DATA_DIR: data.dir });
    try {
      const start = Date.now();
      while (!/access key: \S+/.test(output())) {
        if (Date.now() - start > 20_000) throw new Error(`no start line: ${output()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const port = /ws:\/\/127\.0\.0\.1:(\d+)/.exec(output())?.[1];
      const key = /access key: (\S+)/.exec(output())?.[1];
      const response = await fetch(`http://127.0.0.1:${port}/maps`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${key}` },
      });
      expect(response.status).toBe(201);
      // Printed once, not repeated.
      expect(output().split(key ?? '').length - 1).toBe(1);
      child.kill('SIGTERM');
      expect(await exited(child)).toBe(0);
    } finally {
      child.kill('SIGKILL');
      await data.remove();
    }
  });

  it('refuses a bad variable by name, before listening', async () => {
    const { child, output } = run({ SAMSPILL_SYNC_PORT: 'eighty' });
    expect(await exited(child)).toBe(2);
    expect(output()).toMatch(/SAMSPILL_SYNC_PORT/);
  });
});
