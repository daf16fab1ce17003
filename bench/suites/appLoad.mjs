/**
 * App-load suite: the production build served by `vite preview`. Reports the initial JavaScript
 * (gzip) that index.html loads before anything lazy, and the time from navigation until the demo
 * map is drawn, laid out and answering input (`data-ready="true"` on the map), first run (empty
 * database: the demo map is created) and return visit (the map loads from IndexedDB).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TARGETS = { initialJsKb: 400, readyMs: 1500 };
const RUNS = 5;

async function initialJs() {
  const html = await readFile(path.join(root, 'dist/index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((m) => m[1]);
  let raw = 0;
  let gz = 0;
  for (const ref of new Set(refs)) {
    const bytes = await readFile(path.join(root, 'dist', ref.replace(/^\//, '')));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: [...new Set(refs)], rawKb: raw / 1024, gzipKb: gz / 1024 };
}

/** Records when the map reports ready, from inside the page, so polling adds no delay. */
const READY_PROBE = () => {
  new MutationObserver((_, obs) => {
    if (document.querySelector('[role="application"][data-ready="true"]')) {
      window.__readyAt = performance.now();
      obs.disconnect();
    }
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-ready'],
    childList: true,
  });
};

async function timeToReady(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 30_000 });
  return page.evaluate(() => window.__readyAt);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default {
  name: 'app-load',
  description: 'initial JS size and time until the demo map is interactive (production build)',
  async run({ context, log }) {
    const js = await initialJs();
    const server = await preview({
      root,
      preview: { host: '127.0.0.1', port: 0 },
      logLevel: 'warn',
    });
    const url = `${server.resolvedUrls.local[0]}?lang=en`;
    const first = [];
    const again = [];
    try {
      const browser = context.browser();
      for (let i = 0; i < RUNS; i++) {
        // A fresh context each run: an empty IndexedDB, so the first visit builds the demo map.
        const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        await ctx.addInitScript(READY_PROBE);
        const page = await ctx.newPage();
        first.push(await timeToReady(page, url));
        await page.waitForTimeout(300);
        again.push(await timeToReady(page, url));
        await ctx.close();
      }
    } finally {
      await server.close();
    }
    const result = {
      initialJs: js,
      firstVisitMs: { runs: first, median: median(first) },
      returnVisitMs: { runs: again, median: median(again) },
      targets: TARGETS,
    };
    log(
      `initial JS: ${js.gzipKb.toFixed(0)} KB gzip (${js.rawKb.toFixed(0)} KB raw) in ${js.files.length} file(s); target ≤ ${TARGETS.initialJsKb} KB → ${(js.gzipKb / TARGETS.initialJsKb).toFixed(2)} of budget`,
    );
    log(
      `ready, first visit (demo map created): median ${median(first).toFixed(0)} ms of ${RUNS} [${first.map((x) => x.toFixed(0)).join(', ')}]; target ≤ ${TARGETS.readyMs} ms → ${(median(first) / TARGETS.readyMs).toFixed(2)} of budget`,
    );
    log(
      `ready, return visit (from IndexedDB): median ${median(again).toFixed(0)} ms [${again.map((x) => x.toFixed(0)).join(', ')}]`,
    );
    return result;
  },
};
