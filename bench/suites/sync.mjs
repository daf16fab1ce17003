/**
 * Sync suite (issue 16): 50 simulated participants, each a Node client with its own Y.Doc and
 * Hocuspocus provider, add 10 actors each to one shared map (seeded with the demo map) at random
 * moments of 30 s, on loopback. Per actor: the time from its local write until every client's
 * Y.Doc has it (target p95 ≤ 1 s). Baselines in the same run: the same 500 additions from one
 * client at the same moments (the ratio), and all at once (the time for the batch). Server memory
 * is the resident size of `server/main.ts` run as a child process (`--sync-server=in-process`
 * runs it inside the bench process instead, clients included). No browser: the measurement runs
 * in bench/sync/driver.ts under tsx. --quick shortens the window to 10 s.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function runDriver(argv, log) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/sync/driver.ts', ...argv], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffered = '';
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) log(line);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (buffered) log(buffered);
      if (code === 0) resolve();
      else reject(new Error(`bench/sync/driver.ts exited with ${code}`));
    });
  });
}

const ms = (v) => `${v.toFixed(1)} ms`.padStart(10);

export default {
  name: 'sync',
  description:
    '50 participants add 10 actors each to one shared map over 30 s (Hocuspocus, loopback)',
  /** Node only: run.mjs starts neither Vite nor Chromium for it. */
  node: true,
  async run({ args, log }) {
    const dir = await mkdtemp(path.join(tmpdir(), 'samspill-sync-bench-'));
    const out = path.join(dir, 'result.json');
    try {
      const argv = [`--out=${out}`, `--mode=${args.syncServer ?? 'child'}`];
      if (args.quick) argv.push('--window=10000');
      // The driver exits non-zero when a client's map differs or fails restore(): the run fails.
      const outcome = await runDriver(argv, log).then(
        () => null,
        (error) => error,
      );
      const result = JSON.parse(await readFile(out, 'utf8').catch(() => 'null'));
      if (!result) throw outcome ?? new Error('the sync driver wrote no result');
      report(result, log);
      if (outcome) throw outcome;
      return result;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};

function report(r, log) {
  const { participants: p, baseline, ratio, server } = r;
  const row = (label, l, extra) =>
    log(`${label.padEnd(34)}${ms(l.p50)}${ms(l.p95)}${ms(l.max)}   ${extra}`);
  log(
    `\n${'per actor: write → on every client'.padEnd(34)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'max'.padStart(10)}`,
  );
  row(
    `${p.participants} participants × ${r.config.perParticipant}`,
    p.latencyMs,
    `target p95 ≤ ${p.targetP95Ms} ms: ${p.targetMet ? 'met' : 'MISSED'}`,
  );
  row(
    'baseline: 1 writer, same moments',
    baseline.paced.latencyMs,
    `ratio p50 ${ratio.p50}×, p95 ${ratio.p95}×`,
  );
  row(
    'baseline: 1 writer, all at once',
    baseline.burst.latencyMs,
    `all ${baseline.burst.actors} on the observer in ${baseline.burst.totalMs} ms`,
  );
  const mem = p.memory;
  log(
    `\nserver memory (${server.mode === 'child' ? 'child process RSS' : 'bench process RSS, clients included'}): ` +
      `${server.started.rssMb} MB started, ${mem.seeded.rssMb} MB with ${p.participants} clients on the demo map, ` +
      `${mem.end.rssMb} MB after ${p.actors} additions, peak ${server.after.peakRssMb} MB`,
  );
  log(
    `bench process timers late by p99 ${p.benchLoopDelayMs.p99} ms (max ${p.benchLoopDelayMs.max} ms); ` +
      `every client's map identical, ${p.verify.actorsEach} actors, passes restore(): ` +
      `${p.verify.ok && baseline.paced.verify.ok && baseline.burst.verify.ok ? 'yes' : `NO (${p.verify.problems.join('; ')})`}`,
  );
}
