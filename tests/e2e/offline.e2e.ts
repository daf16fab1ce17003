import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { actorNamed, openApp, quickAdd, type Session, showLists, waitForMap } from './browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Waits until the service worker is active and controls the page. */
async function controlledBySw(page: Page) {
  // Fails with the worker's state rather than hanging (an install fails if a precached file 404s).
  const state = await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then(() => 'ready'),
      new Promise<string>((r) =>
        setTimeout(async () => {
          const reg = await navigator.serviceWorker.getRegistration();
          r(`not ready: ${reg ? (reg.installing?.state ?? reg.waiting?.state ?? 'none') : 'none'}`);
        }, 30_000),
      ),
    ]),
  );
  expect(state).toBe('ready');
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await waitForMap(page);
  }
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

describe('offline after the first visit', () => {
  it('precaches every built file, the lazily loaded chunks and the layout worker included', async () => {
    session = await openApp('/');
    const { page } = session;
    await controlledBySw(page);
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const req of await (await caches.open(name)).keys())
          urls.push(new URL(req.url).pathname);
      }
      return urls;
    });
    const outDir = process.env.E2E_OUT_DIR ?? 'dist';
    const assets = readdirSync(resolve(import.meta.dirname, '../..', outDir, 'assets')).filter(
      (f) => !f.endsWith('.map'),
    );
    expect(assets.some((f) => f.startsWith('jspdf'))).toBe(true);
    expect(assets.some((f) => f.includes('worker'))).toBe(true);
    expect(assets.filter((f) => !cached.includes(`/assets/${f}`))).toEqual([]);
    for (const f of ['/index.html', '/manifest.webmanifest', '/icons/icon-512.png']) {
      expect(cached).toContain(f);
    }
  });

  it('opens the last map with the network off, adds an actor, exports a PNG and switches language', async () => {
    session = await openApp('/');
    const { context, page } = session;
    await controlledBySw(page);

    await context.setOffline(true);
    const fromNetwork: string[] = [];
    page.on('response', (r) => {
      if (r.url().startsWith('http') && !r.fromServiceWorker()) fromNetwork.push(r.url());
    });
    await page.reload();
    await waitForMap(page);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    // The network really is off: anything not precached fails.
    const uncached = await page.evaluate(() =>
      fetch(`/not-precached-${Date.now()}.json`).then(
        () => 'fetched',
        () => 'failed',
      ),
    );
    expect(uncached).toBe('failed');
    await expect
      .poll(() => page.getByRole('button', { name: 'Kart', exact: true }).textContent())
      .toContain('Kulturskolen i Eksempel kommune');

    // Language switching needs no network: the messages are in the precached bundle.
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
    await page.getByRole('textbox', { name: 'Add actor' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Lists' }).count()).toBe(1);

    await quickAdd(page, 'Frakoblet kor');
    await showLists(page);
    await expect.poll(() => actorNamed(page, 'Frakoblet kor').count()).toBe(1);

    // The export dialog and the PNG writer are chunks loaded on demand, here from the cache.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      dialog.getByRole('button', { name: 'Download' }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(fromNetwork).toEqual([]);
  });
});
