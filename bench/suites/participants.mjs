/**
 * Participants suite (issue 17): 60 simulated phones join a workshop by its code and add 5 entries
 * each (4 actors and a collaboration between two of them) at random moments of 60 s; the
 * projector is the app's own sharing code (openLiveShare, the document store) in Chromium, with
 * the demo map shared. Per entry: the time from the phone's write until the projector's document
 * store holds it (target p95 ≤ 1 s on loopback). Also the participant page's initial JS from the
 * build (dist/p/index.html; target ≤ 120 KB gzip). The phones and the sync server run in
 * bench/participants/driver.ts under tsx (the server as a child process, as `npm run server`).
 * Baseline in the same run: the same entries at the same moments from 60 clients holding the edit
 * link, whose updates the server applies without the participant rights check.
 * --quick shortens the window to 15 s.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TARGETS = { p95Ms: 1000, initialJsKb: 120 };
/** How long after the last entry the projector may take before an entry counts as lost. */
const ARRIVAL_GRACE_MS = 15_000;

/** The driver as a child: its `@`-lines parsed, its other lines logged. */
function startDriver(argv, log) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/participants/driver.ts', ...argv],
    { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const waiting = new Map();
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  createInterface({ input: child.stdout }).on('line', (line) => {
    const match = /^@(\w+) (.*)$/.exec(line);
    if (!match) return log(line);
    waiting.get(match[1])?.(JSON.parse(match[2]));
  });
  return {
    /** The next `@name` message, or a rejection when the driver exits first. */
    expect(name) {
      return Promise.race([
        new Promise((resolve) => waiting.set(name, resolve)),
        exited.then((code) => {
          throw new Error(`the participants driver exited with ${code} before @${name}`);
        }),
      ]);
    },
    send: (line) => child.stdin.write(`${line}\n`),
    async stop() {
      if (child.exitCode === null) child.stdin.write('stop\n');
      const timer = setTimeout(() => child.kill('SIGTERM'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Nearest-rank percentiles, as the sync suite computes them. */
function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  const r = (v) => Math.round(v * 10) / 10;
  return { n: sorted.length, p50: r(at(50)), p95: r(at(95)), max: r(sorted.at(-1) ?? 0) };
}

/** The participant page's initial JS: its module script and modulepreloads, gzip level 9. */
export async function participantInitialJs(dist = path.join(root, 'dist')) {
  const html = await readFile(path.join(dist, 'p/index.html'), 'utf8').catch(() => null);
  if (html === null) return { built: false };
  const refs = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<script[^>]+src="([^"]+)"[^>]+type="module"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+href="([^"]+)"[^>]+rel="modulepreload"/g),
  ].map((m) => m[1]);
  const files = [...new Set(refs)];
  let raw = 0;
  let gz = 0;
  for (const ref of files) {
    // The build's base is `/`: absolute references are from dist, relative ones from dist/p.
    const file = ref.startsWith('/') ? path.join(dist, ref.slice(1)) : path.resolve(dist, 'p', ref);
    const bytes = await readFile(file);
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  const kb = (b) => Math.round((b / 1024) * 10) / 10;
  return { built: true, files, rawKb: kb(raw), gzipKb: kb(gz), targetKb: TARGETS.initialJsKb };
}

/** One round of the driver's (`go`: phones by code; `baseline`: edit-link clients), measured. */
async function measureRound(page, driver, command, log) {
  driver.send(command);
  const sent = await driver.expect('sent');
  const ids = sent.entries.map((e) => e.id);
  await page
    .waitForFunction((all) => window.samspillParticipantsBench.count(all) === all.length, ids, {
      timeout: ARRIVAL_GRACE_MS,
      polling: 50,
    })
    .catch(() => log(`  not every entry reached the projector within ${ARRIVAL_GRACE_MS} ms`));
  const arrivals = await page.evaluate(() => window.samspillParticipantsBench.arrivals());
  const latencies = [];
  const byKind = { actor: [], collaboration: [] };
  for (const entry of sent.entries) {
    const at = arrivals[entry.id];
    if (at === undefined) continue;
    latencies.push(at - entry.sentAt);
    byKind[entry.kind].push(at - entry.sentAt);
  }
  return {
    config: sent.config,
    result: {
      by: sent.by,
      joinMs: sent.joinMs,
      sent: sent.entries.length,
      arrived: latencies.length,
      refused: sent.refusals.length,
      refusals: sent.refusals.slice(0, 10),
      unacknowledgedPhones: sent.unacknowledgedPhones,
      latencyMs: summary(latencies),
      latencyByKindMs: {
        actor: summary(byKind.actor),
        collaboration: summary(byKind.collaboration),
      },
      driverLoopDelayMs: sent.driverLoopDelayMs,
    },
  };
}

export default {
  name: 'participants',
  description:
    '60 phones join by code and add 5 entries each over 60 s; entry → projector store (loopback)',
  async run({ context, url, args, log }) {
    const argv = [`--mode=${args.syncServer ?? 'child'}`];
    if (args.quick) argv.push('--window=15000');
    const driver = startDriver(argv, log);
    const page = await context.newPage();
    let result;
    try {
      const server = await driver.expect('server');
      await page.goto(`${url}/bench/participants.html`);
      await page.waitForFunction(() => window.samspillParticipantsBench !== undefined, null, {
        timeout: 120_000,
      });
      const projector = await page.evaluate(
        (config) => window.samspillParticipantsBench.share(config),
        { server: server.url, doc: server.mapId, secret: server.editSecret },
      );
      log(
        `  projector: the demo map (${projector.actors} actors, ${projector.collaborations} collaborations) shared through openLiveShare`,
      );
      const phones = await measureRound(page, driver, 'go', log);
      // The projector's store after the room's round, before the baseline adds to it.
      const final = await page.evaluate(() => window.samspillParticipantsBench.final());
      log('  baseline: the same entries from 60 clients with the edit link (no rights check) …');
      const baseline = await measureRound(page, driver, 'baseline', log);
      await page.evaluate(() => window.samspillParticipantsBench.close());
      const ratio = (a, b) => Math.round((a / Math.max(b, 0.1)) * 100) / 100;
      result = {
        config: { ...phones.config, arrivalGraceMs: ARRIVAL_GRACE_MS },
        projector,
        ...phones.result,
        targetP95Ms: TARGETS.p95Ms,
        targetMet:
          phones.result.arrived === phones.result.sent &&
          phones.result.latencyMs.p95 <= TARGETS.p95Ms,
        baseline: baseline.result,
        ratio: {
          p50: ratio(phones.result.latencyMs.p50, baseline.result.latencyMs.p50),
          p95: ratio(phones.result.latencyMs.p95, baseline.result.latencyMs.p95),
        },
        projectorStore: final,
      };
    } finally {
      await page.close().catch(() => {});
      await driver.stop();
    }
    result.participantPageInitialJs = await participantInitialJs();
    report(result, log);
    for (const r of [result, result.baseline]) {
      if (r.refused > 0 || r.arrived !== r.sent) {
        throw new Error(
          `${r.by}: ${r.refused} refused, ${r.sent - r.arrived} of ${r.sent} entries never reached the projector`,
        );
      }
    }
    return result;
  },
};

const ms = (v) => `${v.toFixed(1)} ms`.padStart(11);

function report(r, log) {
  const c = r.config;
  log(
    `\n${'entry → projector store'.padEnd(36)}${'n'.padStart(5)}${'p50'.padStart(11)}${'p95'.padStart(11)}${'max'.padStart(11)}`,
  );
  const row = (label, l, extra = '') =>
    log(
      `${label.padEnd(36)}${String(l.n).padStart(5)}${ms(l.p50)}${ms(l.p95)}${ms(l.max)}   ${extra}`,
    );
  row(
    `${c.phones} phones × ${c.perPhone} over ${c.windowMs / 1000} s`,
    r.latencyMs,
    `target p95 ≤ ${r.targetP95Ms} ms: ${r.targetMet ? 'met' : 'MISSED'}`,
  );
  row('  actors', r.latencyByKindMs.actor);
  row('  collaborations', r.latencyByKindMs.collaboration);
  row(
    'baseline: 60 edit-link clients',
    r.baseline.latencyMs,
    `ratio p50 ${r.ratio.p50}×, p95 ${r.ratio.p95}× (the participant rights check)`,
  );
  log(
    `sent ${r.sent}, arrived ${r.arrived}, refused ${r.refused}; the projector's store holds ` +
      `${r.projectorStore.actors} actors and ${r.projectorStore.collaborations} collaborations ` +
      `from ${r.projectorStore.people} people (sync ${r.projectorStore.syncState}, ${r.projectorStore.dropped} dropped)`,
  );
  log(
    `${c.phones} phones looked the code up and joined in ${r.joinMs} ms; page clock vs Date.now(): ${r.projector.clockSkewMs.toFixed(1)} ms`,
  );
  log(
    `baseline: sent ${r.baseline.sent}, arrived ${r.baseline.arrived}, refused ${r.baseline.refused}`,
  );
  const js = r.participantPageInitialJs;
  log(
    js.built
      ? `participant page initial JS: ${js.gzipKb} KB gzip (${js.rawKb} KB raw) in ${js.files.length} file(s); target ≤ ${js.targetKb} KB: ${js.gzipKb <= js.targetKb ? 'met' : 'MISSED'}`
      : 'participant page initial JS: not built (dist/p/index.html is missing; `npm run bench` builds first)',
  );
}
