#!/usr/bin/env node
/**
 * npm run bench [-- --quick] [-- --sizes=1000,2000] [-- --suite=layout] [-- --timeout=240]
 *   [-- --sync-server=child|in-process]
 *
 * Starts a Vite dev server (no app config) on 127.0.0.1, opens ONE headless Chromium through
 * playwright-core, and runs every selected suite in it. Each suite prints its own tables and
 * returns JSON, written to bench/results/<suite>.json. Suites live in bench/suites/ and register
 * below; a suite is { name, description, page, run(ctx) → results }. A suite marked `node: true`
 * needs no browser: when only such suites are chosen, neither Vite nor Chromium is started (and
 * `node bench/run.mjs --suite=sync` also skips the `vite build` that `npm run bench` does first).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import analysis from './suites/analysis.mjs';
import appLoad from './suites/appLoad.mjs';
import exportSuite from './suites/export.mjs';
import frame from './suites/frame.mjs';
import hostile from './suites/hostile.mjs';
import importSuite from './suites/import.mjs';
import layout from './suites/layout.mjs';
import lists from './suites/lists.mjs';
import participants from './suites/participants.mjs';
import render from './suites/render.mjs';
import sync from './suites/sync.mjs';

/** Registry of suites, in run order. */
const SUITES = [
  appLoad,
  layout,
  analysis,
  exportSuite,
  frame,
  importSuite,
  lists,
  render,
  hostile,
  sync,
  participants,
];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const args = {
    quick: false,
    sizes: null,
    suites: null,
    timeoutMs: 240_000,
    style: null,
    shots: null,
    syncServer: 'child',
  };
  for (const a of argv) {
    if (a === '--quick') args.quick = true;
    else if (a.startsWith('--sizes=')) {
      args.sizes = a
        .slice(8)
        .split(',')
        .map((s) => Number(s.replace(/[_\s]/g, '')))
        .filter((n) => Number.isInteger(n) && n > 1);
    } else if (a.startsWith('--suite=')) args.suites = a.slice(8).split(',');
    else if (a.startsWith('--timeout=')) args.timeoutMs = Number(a.slice(10)) * 1000;
    else if (a.startsWith('--style=')) args.style = a.slice(8);
    else if (a.startsWith('--shots=')) args.shots = a.slice(8);
    else if (a === '--whole-map') args.wholeMap = true;
    else if (a === '--sync-server=child' || a === '--sync-server=in-process')
      args.syncServer = a.slice(14);
    else if (a === '--help' || a === '-h') {
      console.log(
        'usage: node bench/run.mjs [--quick] [--sizes=100,500] [--suite=layout] [--timeout=240] [--style=plain] [--whole-map] [--sync-server=child|in-process]',
      );
      process.exit(0);
    } else {
      console.error(`unknown argument: ${a}`);
      process.exit(2);
    }
  }
  return args;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createNetServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function startVite() {
  const port = await freePort();
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'warn',
    clearScreen: false,
    cacheDir: path.join(root, 'node_modules/.vite-bench'),
    server: { host: '127.0.0.1', port, strictPort: true, hmr: false, watch: null },
    optimizeDeps: {
      entries: [
        'bench/index.html',
        'bench/export.html',
        'bench/frame.html',
        'bench/import.html',
        'bench/hostile.html',
        'bench/participants.html',
      ],
      include: ['cytoscape', 'cytoscape-fcose', 'd3-force'],
    },
    worker: { format: 'es' },
  });
  await server.listen();
  return { server, url: `http://127.0.0.1:${port}` };
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const suites = args.suites ? SUITES.filter((s) => args.suites.includes(s.name)) : SUITES;
  if (suites.length === 0) {
    console.error(`no such suite; known: ${SUITES.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  const needsBrowser = suites.some((s) => !s.node);
  const { server, url } = needsBrowser ? await startVite() : { server: null, url: null };
  const browser = needsBrowser
    ? await chromium.launch({
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: CHROMIUM_ARGS,
      })
    : null;
  const meta = {
    date: new Date().toISOString(),
    browser: browser ? `Chromium ${browser.version()}` : 'none (Node-only suites)',
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
  };
  console.log(
    `Samspill bench — ${meta.browser}, ${meta.cpus} × ${meta.cpuModel}, node ${meta.node}`,
  );
  let failed = false;
  try {
    const context = browser
      ? await browser.newContext({ viewport: { width: 1280, height: 800 } })
      : null;
    for (const suite of suites) {
      console.log(`\n== ${suite.name}: ${suite.description}`);
      try {
        const results = await suite.run({
          context,
          url,
          vite: server,
          args,
          log: (s) => console.log(s),
        });
        const dir = path.join(root, 'bench/results');
        await mkdir(dir, { recursive: true });
        const file = path.join(dir, `${suite.name}.json`);
        await writeFile(file, `${JSON.stringify({ meta, ...results }, null, 2)}\n`);
        console.log(`\nwrote ${path.relative(root, file)}`);
      } catch (err) {
        failed = true;
        console.error(`suite ${suite.name} failed:`, err);
      }
    }
  } finally {
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
  }
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
