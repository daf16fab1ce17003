// Lays out the demo map once in Chromium with Samspill's own layout and stores the positions in
// data/samples, so a first visit opens on a settled map instead of laying it out from scratch.
// Usage: npm run build && node scripts/bake-demo-layout.mjs
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const root = resolve(import.meta.dirname, '..');
const file = join(root, 'data/samples/eksempel-kommune.samspill-map.json');
const server = await preview({ root, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const profile = mkdtempSync(join(tmpdir(), 'samspill-bake-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--no-first-run',
  ],
  viewport: { width: 1600, height: 1000 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.resolvedUrls.local[0]);
  await page.locator('[role="application"][data-ready="true"]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500);
  const placed = await page.evaluate(async () => {
    const db = await new Promise((ok, fail) => {
      const req = indexedDB.open('samspill');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const rows = await new Promise((ok) => {
      const req = db.transaction('actors').objectStore('actors').getAll();
      req.onsuccess = () => ok(req.result);
    });
    return rows.map((a) => ({ name: a.name, position: a.position }));
  });
  const byName = new Map(placed.map((p) => [p.name, p.position]));
  const demo = JSON.parse(readFileSync(file, 'utf8'));
  let count = 0;
  for (const actor of demo.actors) {
    const p = byName.get(actor.name);
    if (!p) continue;
    actor.position = { x: Math.round(p.x), y: Math.round(p.y), pinned: false };
    count++;
  }
  writeFileSync(file, `${JSON.stringify(demo, null, 2)}\n`);
  console.log(`placed ${count} of ${demo.actors.length} demo actors`);
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
