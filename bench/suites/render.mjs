/**
 * Render suite (issue #18): imported maps of 2,000, 5,000 and 20,000 actors (2.5 links per actor)
 * opened in the BUILT app (`vite preview`): a CSV pair through the app's own import, "Create the
 * map", until the map shows every actor at rest. Then, three times, a wheel zoom with the pointer
 * still on the map, at once a pan (the first pan after a zoom) and a pan back, frames counted
 * with requestAnimationFrame. Against a bare Cytoscape page (bench/render.html) drawing the same
 * elements at the same canvas places, canvas size and viewport with a plain stylesheet, driven
 * the same way in the same run, the two pages taking turns round by round. Also: the longest main-thread task and the time from "Create the
 * map" to a usable map, the JS heap after GC, and the element `style` events during each gesture
 * (Cytoscape restyling elements throws away its cached drawings). `--sizes=2000,5000` narrows it.
 * Preview serves `dist`, or BENCH_OUT_DIR when set (a build made with `vite build --outDir`).
 * A big map opens on its focal actor; `--whole-map` presses "Fit to screen" before the gestures.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { RENDER_PROBE } from '../renderProbe.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SIZES = [2000, 5000, 20_000];
const TARGETS = {
  panRatio: 0.9,
  longestTask5k: 200,
  usable5kMs: 4000,
  open20kMs: 10_000,
  longestTask20k: 500,
  pan20kFps: 10,
};
const VIEWPORT = { width: 1280, height: 800 };

const SECTORS = [
  'Politikk og administrasjon',
  'Oppvekst og utdanning',
  'Helse og velferd',
  'Integrering',
  'Kultur og kulturarv',
  'Frivillighet og fritid',
  'Arrangementer og festivaler',
  'Næringsliv og finansiering',
  'Regionalt og nasjonalt',
];
const FIRST = ['Nord', 'Sør', 'Øst', 'Vest', 'Stor', 'Lille', 'Berg', 'Fjell', 'Sjø', 'Skog'];
const LAST = ['skole', 'korps', 'bibliotek', 'lag', 'kor', 'senter', 'forening', 'museum'];

/** Seeded CSV pair: a culture school and n − 1 partners, 2.5 links each, mostly in-sector. */
export function csvPair(n) {
  let seed = 18;
  const rnd = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const name = (i) =>
    i === 0 ? 'Kulturskolen i Storby' : `${FIRST[i % 10]}${LAST[(i >> 3) % 8]} ${i}`;
  const sector = (i) => i % SECTORS.length;
  const actors = ['Navn;Sektor', 'Kulturskolen i Storby;Kulturskole'];
  for (let i = 1; i < n; i++) actors.push(`${name(i)};${SECTORS[sector(i)]}`);
  // Preferential attachment: a new actor links to an end of a random earlier link.
  const ends = [0];
  const seen = new Set();
  const links = ['Fra;Til;Styrke'];
  const link = (a, b) => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) return false;
    seen.add(key);
    ends.push(a, b);
    links.push(`${name(a)};${name(b)};${1 + (seen.size % 3)}`);
    return true;
  };
  for (let i = 1; i < n; i++) link(i, ends[Math.floor(rnd() * ends.length)]);
  while (seen.size < Math.round(n * 2.5)) {
    const a = 1 + Math.floor(rnd() * (n - 1));
    let b = ends[Math.floor(rnd() * ends.length)];
    // Most extra links stay in the sector, as on a real map.
    if (rnd() < 0.7) b = Math.max(1, b - sector(b) + sector(a));
    if (b < n) link(a, b);
  }
  const file = (lines) => Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
  return [
    { name: 'aktører.csv', mimeType: 'text/csv', buffer: file(actors) },
    { name: 'samarbeid.csv', mimeType: 'text/csv', buffer: file(links) },
  ];
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return Math.round(usedSize / 1e5) / 10;
}

async function measured(page, drive) {
  await page.evaluate(() => window.__renderBench.start());
  await drive();
  return page.evaluate(() => window.__renderBench.stop());
}

const PAN = { x: 240, y: 120 };

async function zoomIn(page) {
  for (let i = 0; i < 10; i++) {
    await page.mouse.wheel(0, -100);
    await page.waitForTimeout(30);
  }
}

/**
 * Zoom with the wheel (the pointer stays where it is, over the map), then at once a pan from a
 * spot clear of nodes and links at the zoomed view, then a pan back. `at`: the canvas's box and
 * that spot, in page pixels.
 */
async function gestures(page, at) {
  const { mouse } = page;
  await mouse.move(at.left + at.width / 2, at.top + at.height / 2);
  await page.waitForTimeout(300);
  const zoom = await measured(page, () => zoomIn(page));
  const pan = async (from, dx, dy) =>
    measured(page, async () => {
      await mouse.move(from.x, from.y);
      await mouse.down();
      await mouse.move(from.x + dx, from.y + dy, { steps: 40 });
      await mouse.up();
    });
  const firstPan = await pan(at.spot, PAN.x, PAN.y);
  // Back from where the first pan let go: the same clear place on the map.
  const back = await pan({ x: at.spot.x + PAN.x, y: at.spot.y + PAN.y }, -PAN.x, -PAN.y);
  return { zoom, firstPan, pan: back };
}

/** The wheel zooms the same way each time: the clear spot to pan from, found in the zoomed view. */
async function panSpot(page, at, viewport, log, who) {
  await page.evaluate((v) => window.__renderBench.setViewport(v), viewport);
  await page.mouse.move(at.left + at.width / 2, at.top + at.height / 2);
  await zoomIn(page);
  await page.waitForTimeout(500);
  const spot = await page.evaluate(() => window.__renderBench.emptySpot());
  log(`    ${who}: pans start ${spot.clearance} px clear of nodes and links`);
  return spot;
}

/** One round of gestures from the given viewport. */
async function round(page, at, viewport, log, label) {
  await page.evaluate((v) => window.__renderBench.setViewport(v), viewport);
  await page.waitForTimeout(800);
  const r = await gestures(page, at);
  const say = (g) =>
    `${g.fps} fps (worst ${g.worst} ms, ${g.styles} style events, ${g.hovers} mouseover/out, moved ${g.panned.x},${g.panned.y})`;
  log(`    ${label}: zoom ${say(r.zoom)}; first pan ${say(r.firstPan)}; pan ${say(r.pan)}`);
  if (r.firstPan.panned.x !== PAN.x || r.pan.panned.x !== -PAN.x) {
    log('    (a pan did not move the map as far as the pointer)');
  }
  return r;
}

/** Medians of fps over the rounds, the worst frame of all and the median of style events. */
function summary(out) {
  const pick = (k) => ({
    fps: median(out.map((r) => r[k].fps)),
    worst: Math.max(...out.map((r) => r[k].worst)),
    styles: median(out.map((r) => r[k].styles)),
  });
  return { zoom: pick('zoom'), firstPan: pick('firstPan'), pan: pick('pan'), runs: out };
}

async function openApp(browser, url) {
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  await ctx.addInitScript(RENDER_PROBE);
  const page = await ctx.newPage();
  await page.goto(url);
  await page.locator('[role="application"][data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => window.samspill?.idle(), null, { timeout: 60_000 });
  return { ctx, page };
}

async function appSize(browser, url, n, timeoutMs, log, wholeMap) {
  const { ctx, page } = await openApp(browser, url);
  try {
    await page.getByLabel('Choose files to import').setInputFiles(csvPair(n));
    const dialog = page.getByRole('dialog', { name: 'Import preview' });
    const create = dialog.getByRole('button', { name: 'Create the map' });
    await create.waitFor({ timeout: timeoutMs });
    await page.waitForFunction((b) => b && !b.disabled, await create.elementHandle(), {
      timeout: timeoutMs,
    });
    await page.waitForTimeout(500);
    const usable = page.evaluate(([k, ms]) => window.__renderBench.usable(k, ms), [n, timeoutMs]);
    await create.click();
    const open = await usable;
    if (wholeMap) {
      // A big map opens on its focal actor (docs/big-maps.md); measure the whole map instead.
      await page.getByRole('button', { name: 'Fit to screen' }).click();
      await page.waitForFunction(() => window.samspill?.idle(), null, { timeout: timeoutMs });
    }
    await page.waitForTimeout(1000);
    const heap = await heapMb(page);
    const drawn = await page.evaluate(() => window.__renderBench.drawn());
    log(
      `  app: first view after ${open.firstView.ms} ms (longest task ${open.firstView.longestTask} ms), all drawn after ${open.ms} ms, longest task ${open.longestTask} ms (${open.tasksOver200} over 200 ms; ${open.whileLoading.longestTask} ms while the rest went in), heap ${heap} MB; ${drawn.nodes.length} nodes, ${drawn.edges.length} links drawn, canvas ${drawn.width}×${drawn.height}`,
    );
    const at = { left: drawn.left, top: drawn.top, width: drawn.width, height: drawn.height };
    return { ctx, page, at, open, heap, drawn };
  } catch (err) {
    await ctx.close();
    throw err;
  }
}

async function bareSize(browser, url, drawn, log) {
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  await ctx.addInitScript(RENDER_PROBE);
  const page = await ctx.newPage();
  try {
    await page.goto(`${url}/bench/render.html`);
    await page.waitForFunction(() => window.samspillRenderBench !== undefined, null, {
      timeout: 120_000,
    });
    // From a timer, as a task of the page: work run straight from the bench is no long task.
    const open = await page.evaluate(
      (d) => new Promise((r) => setTimeout(() => r(window.samspillRenderBench.show(d)), 0)),
      drawn,
    );
    await page.waitForTimeout(1000);
    const heap = await heapMb(page);
    log(
      `  bare Cytoscape: drawn after ${open.ms} ms, longest task ${open.longestTask} ms, heap ${heap} MB`,
    );
    const at = { left: 0, top: 0, width: drawn.width, height: drawn.height };
    return { ctx, page, at, open, heap };
  } catch (err) {
    await ctx.close();
    throw err;
  }
}

/**
 * Both pages stay open and take turns, one round each: on a shared machine the load changes
 * from minute to minute, and each ratio then compares rounds measured side by side.
 */
async function compare(app, bare, viewport, runs, log) {
  const pages = [
    ['app', app, []],
    ['bare', bare, []],
  ];
  for (const [who, p] of pages) p.at.spot = await panSpot(p.page, p.at, viewport, log, who);
  for (let i = 0; i < runs; i++) {
    for (const [who, p, out] of pages) {
      out.push(await round(p.page, p.at, viewport, log, `${who} run ${i + 1}`));
    }
  }
  return { app: summary(pages[0][2]), bare: summary(pages[1][2]) };
}

const ratio = (a, b) => (b ? (a / b).toFixed(2) : '–');

function table(log, rows, runs) {
  log('\nRender — the built app (imported CSV pair) vs bare Cytoscape, same elements and places');
  log(
    'actors   what                          Samspill      bare Cytoscape   ratio (Samspill / bare)',
  );
  for (const { n, app, bare } of rows) {
    const line = (what, a, b, unit, r = ratio(a, b)) =>
      log(
        `${n.toLocaleString('en-US').padEnd(8)} ${what.padEnd(29)} ${`${a} ${unit}`.padStart(12)} ${`${b} ${unit}`.padStart(16)}   ${r}`,
      );
    line(`zoom, fps (median of ${runs})`, app.zoom.fps, bare.zoom.fps, 'fps');
    line('first pan after zoom, fps', app.firstPan.fps, bare.firstPan.fps, 'fps');
    line('pan, fps', app.pan.fps, bare.pan.fps, 'fps');
    const worst = (g) => Math.max(g.zoom.worst, g.firstPan.worst, g.pan.worst);
    line('worst frame', worst(app), worst(bare), 'ms');
    line('style events per zoom', app.zoom.styles, bare.zoom.styles, '', '');
    line('style events per first pan', app.firstPan.styles, bare.firstPan.styles, '', '');
    // Bare Cytoscape draws everything at once: its first view is its whole map.
    line('time to first view (can pan)', app.open.firstView.ms, bare.open.ms, 'ms');
    line('longest task to first view', app.open.firstView.longestTask, bare.open.longestTask, 'ms');
    line('time to all drawn', app.open.ms, bare.open.ms, 'ms');
    line('longest task to all drawn', app.open.longestTask, bare.open.longestTask, 'ms');
    line('JS heap after GC', app.heap, bare.heap, 'MB');
  }
  const five = rows.find((r) => r.n === 5000);
  if (five) {
    const pan = Math.min(five.app.pan.fps, five.app.firstPan.fps);
    const bare = Math.min(five.bare.pan.fps, five.bare.firstPan.fps);
    const { firstView } = five.app.open;
    const verdict = (b) => (b ? 'met' : 'MISSED');
    log(
      `\ntargets at 5,000: pan ≥ ${TARGETS.panRatio}× bare (first pan included): ${ratio(pan, bare)}× ${verdict(pan / bare >= TARGETS.panRatio)}; longest task to a map you can pan ≤ ${TARGETS.longestTask5k} ms: ${firstView.longestTask} ms ${verdict(firstView.longestTask <= TARGETS.longestTask5k)} (to all drawn: ${five.app.open.longestTask} ms); usable ≤ ${TARGETS.usable5kMs} ms: first view ${firstView.ms} ms ${verdict(firstView.ms <= TARGETS.usable5kMs)}, all drawn ${five.app.open.ms} ms ${verdict(five.app.open.ms <= TARGETS.usable5kMs)}`,
    );
  }
  const twenty = rows.find((r) => r.n === 20_000);
  if (twenty) {
    const { open } = twenty.app;
    const pan = Math.min(twenty.app.pan.fps, twenty.app.firstPan.fps);
    const ok = (b) => (b ? 'met' : 'MISSED');
    log(
      `targets at 20,000: opens ≤ ${TARGETS.open20kMs} ms: first view ${open.firstView.ms} ms ${ok(open.firstView.ms <= TARGETS.open20kMs)}, all drawn ${open.ms} ms ${ok(open.ms <= TARGETS.open20kMs)}; no task over ${TARGETS.longestTask20k} ms: ${open.longestTask} ms ${ok(open.longestTask <= TARGETS.longestTask20k)}; pans ≥ ${TARGETS.pan20kFps} fps: ${pan} fps ${ok(pan >= TARGETS.pan20kFps)}`,
    );
  }
}

export default {
  name: 'render',
  description: 'imported maps of 2,000–20,000 actors in the built app against bare Cytoscape',
  async run({ context, url, args, log }) {
    const sizes = args.sizes ?? SIZES;
    const runs = args.quick ? 1 : 3;
    // BENCH_OUT_DIR: a build of one's own, safe from another `vite build` into dist meanwhile.
    const outDir = process.env.BENCH_OUT_DIR;
    const server = await preview({
      root,
      ...(outDir ? { build: { outDir: path.resolve(root, outDir) } } : {}),
      preview: { host: '127.0.0.1', port: 0 },
      logLevel: 'warn',
    });
    const appUrl = `${server.resolvedUrls.local[0]}?lang=en`;
    const browser = context.browser();
    const rows = [];
    let demoHeap = null;
    try {
      const demo = await openApp(browser, appUrl);
      await demo.page.waitForTimeout(1000);
      demoHeap = await heapMb(demo.page);
      await demo.ctx.close();
      log(`demo map: JS heap after GC ${demoHeap} MB`);
      for (const n of sizes) {
        log(
          `\n${n.toLocaleString('en-US')} actors, ${Math.round(n * 2.5).toLocaleString('en-US')} links`,
        );
        const app = await appSize(browser, appUrl, n, args.timeoutMs, log, args.wholeMap);
        try {
          const bare = await bareSize(browser, url, app.drawn, log);
          try {
            const g = await compare(app, bare, app.drawn, runs, log);
            const keep = (p, r) => ({ open: p.open, heap: p.heap, spot: p.at.spot, ...r });
            rows.push({ n, app: keep(app, g.app), bare: keep(bare, g.bare) });
          } finally {
            await bare.ctx.close();
          }
        } finally {
          await app.ctx.close();
        }
      }
    } finally {
      await server.close();
    }
    table(log, rows, runs);
    log(`demo map JS heap after GC: ${demoHeap} MB`);
    return { sizes, runs, demoHeapMb: demoHeap, rows, targets: TARGETS, viewport: VIEWPORT };
  },
};
