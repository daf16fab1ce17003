import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { actorNamed, openApp, quickAdd, type Session, showLists, waitForMap } from './browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Two tabs of one browser profile on the same (demo) map, both showing the Lists tab. */
async function twoTabs() {
  session = await openApp();
  const a = session.page;
  const b = await session.context.newPage();
  await b.goto(new URL('/?lang=en', session.baseURL).href);
  await waitForMap(b);
  await showLists(a);
  await showLists(b);
  return { a, b };
}

async function rename(page: Page, from: string, to: string) {
  const field = actorNamed(page, from);
  await field.fill(to);
  await field.press('Enter');
}

// The deadline: another tab shows an edit within 2 s.
const WITHIN_2_S = { timeout: 2000, interval: 50 };

describe('two tabs on one map', () => {
  it('shows an edit made in one tab in the other within 2 s', async () => {
    const { a, b } = await twoTabs();
    await rename(a, 'Nabokommunen Sørvik', 'Sørvik kommune');
    await expect.poll(() => actorNamed(b, 'Sørvik kommune').count(), WITHIN_2_S).toBe(1);
    expect(await actorNamed(b, 'Nabokommunen Sørvik').count()).toBe(0);

    await quickAdd(b, 'Fanekoret');
    await expect.poll(() => actorNamed(a, 'Fanekoret').count(), WITHIN_2_S).toBe(1);
  });

  it('keeps edits to different actors made in both tabs at once, after reloading both', async () => {
    const { a, b } = await twoTabs();
    await Promise.all([
      rename(a, 'Nabokommunen Sørvik', 'Sørvik fra A'),
      rename(b, 'Nabokommunen Østfjord', 'Østfjord fra B'),
    ]);
    for (const page of [a, b]) {
      await expect.poll(() => actorNamed(page, 'Sørvik fra A').count(), WITHIN_2_S).toBe(1);
      await expect.poll(() => actorNamed(page, 'Østfjord fra B').count(), WITHIN_2_S).toBe(1);
    }
    for (const page of [a, b]) {
      await page.reload();
      await waitForMap(page);
      await showLists(page);
    }
    for (const page of [a, b]) {
      await expect.poll(() => actorNamed(page, 'Sørvik fra A').count()).toBe(1);
      await expect.poll(() => actorNamed(page, 'Østfjord fra B').count()).toBe(1);
      expect(await actorNamed(page, 'Nabokommunen Sørvik').count()).toBe(0);
      expect(await actorNamed(page, 'Nabokommunen Østfjord').count()).toBe(0);
    }
  });

  it('drops a forged message from another tab, counts it and keeps the map as it was', async () => {
    const { a, b } = await twoTabs();
    // A listener of our own in tab A sees what A's app announces.
    await a.evaluate(() => {
      const w = window as unknown as { heard: unknown[]; channel: BroadcastChannel };
      w.heard = [];
      w.channel = new BroadcastChannel('samspill');
      w.channel.onmessage = (e) => w.heard.push(e.data);
    });
    await rename(a, 'Nabokommunen Sørvik', 'Sørvik kommune');
    await expect.poll(() => actorNamed(b, 'Sørvik kommune').count(), WITHIN_2_S).toBe(1);
    // The same announcement, with the renamed actor's name turned into a number.
    const forged = await a.evaluate(() => {
      const w = window as unknown as { heard: { kind: string }[]; channel: BroadcastChannel };
      const real = w.heard.find((m) => m.kind === 'changes');
      if (!real) return false;
      const copy = JSON.parse(JSON.stringify(real));
      let done = false;
      const spoil = (node: unknown) => {
        if (done || !node || typeof node !== 'object') return;
        const obj = node as Record<string, unknown>;
        if (obj.name === 'Sørvik kommune') {
          obj.name = 12345;
          done = true;
        }
        for (const v of Object.values(obj)) spoil(v);
      };
      spoil(copy.change);
      w.channel.postMessage({ ...copy, tab: 'forged' });
      return done;
    });
    expect(forged).toBe(true);
    const dropped = () => b.evaluate(() => window.samspillTabSync?.dropped().count ?? -1);
    await expect.poll(dropped, WITHIN_2_S).toBe(1);
    expect(await actorNamed(b, 'Sørvik kommune').count()).toBe(1);
    await b.reload();
    await waitForMap(b);
    await showLists(b);
    expect(await actorNamed(b, 'Sørvik kommune').count()).toBe(1);
  });
});
