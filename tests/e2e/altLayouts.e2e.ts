import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type Session } from './browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const FULL_HD = { width: 1920, height: 1080 };

const positionOf = (page: Page, name: string) =>
  page.evaluate((n) => window.samspill?.renderedPosition(n) ?? null, name);

const overlaps = (page: Page) => page.evaluate(() => window.samspill?.labelOverlaps() ?? -1);

/**
 * Waits until a layout switch has played out: the probe actor has left where it was (or two
 * seconds have passed: some switches keep it in place), then it and the zoom stay still while
 * the animation and the fit after it finish.
 */
async function settle(page: Page, probe: string, before: string) {
  const state = async () =>
    JSON.stringify([
      await positionOf(page, probe),
      await page.evaluate(() => window.samspill?.zoom()),
    ]);
  for (let i = 0; i < 20 && JSON.stringify(await positionOf(page, probe)) === before; i++) {
    await page.waitForTimeout(100);
  }
  let last = await state();
  let still = 0;
  for (let i = 0; i < 60 && still < 4; i++) {
    await page.waitForTimeout(150);
    const now = await state();
    still = now === last ? still + 1 : 0;
    last = now;
  }
  expect(still).toBe(4);
}

async function switchTo(page: Page, select: string, option: string, probe: string) {
  const before = JSON.stringify(await positionOf(page, probe));
  await page.getByRole('combobox', { name: select, exact: true }).selectOption({ label: option });
  await settle(page, probe, before);
}

type Box = { x: number; y: number; width: number; height: number };
const intersect = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('Rings and Power/interest at 1920×1080', () => {
  it('rings by distance and by strength draw no overlapping labels', async () => {
    session = await openApp('/?lang=en', FULL_HD);
    const { page } = session;
    await switchTo(page, 'Layout', 'Rings', 'Biblioteket');
    await expect.poll(() => overlaps(page)).toBe(0);
    expect(await positionOf(page, 'Biblioteket')).not.toBeNull();

    await switchTo(page, 'Rings by', 'Strength', 'Biblioteket');
    await expect.poll(() => overlaps(page)).toBe(0);
    await switchTo(page, 'Rings by', 'Distance', 'Biblioteket');
    await expect.poll(() => overlaps(page)).toBe(0);
  });

  it('power/interest: no overlaps, and the unscored list beside the grid folds away', async () => {
    session = await openApp('/?lang=en', FULL_HD);
    const { page } = session;
    await switchTo(page, 'Layout', 'Power/interest', 'Ordfører Kari Nilsen');
    await expect.poll(() => overlaps(page)).toBe(0);

    const canvas = page.getByRole('application', { name: 'Network map' });
    const list = page.getByRole('region', { name: 'Not scored' });
    await list.getByRole('button', { name: 'Kulturskolen i Eksempel kommune' }).waitFor();
    const open = { canvas: await canvas.boundingBox(), list: await list.boundingBox() };
    if (!open.canvas || !open.list) throw new Error('canvas or list not drawn');
    // A column of its own: the canvas ends where the list begins.
    expect(intersect(open.list, open.canvas)).toBe(false);
    expect(open.list.width).toBeGreaterThan(150);

    const hide = list.getByRole('button', { name: 'Hide the list of actors not scored' });
    expect(await hide.getAttribute('aria-expanded')).toBe('true');
    await hide.click();
    const show = list.getByRole('button', { name: 'Show the list of actors not scored' });
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    expect(
      await list.getByRole('button', { name: 'Kulturskolen i Eksempel kommune' }).count(),
    ).toBe(0);
    // The canvas takes back the room, and the narrow strip left still sits beside it.
    await expect
      .poll(async () => (await canvas.boundingBox())?.width ?? 0)
      .toBeGreaterThan(open.canvas.width + 150);
    await settle(page, 'Ordfører Kari Nilsen', '');
    const closed = { canvas: await canvas.boundingBox(), list: await list.boundingBox() };
    if (!closed.canvas || !closed.list) throw new Error('canvas or list not drawn');
    expect(intersect(closed.list, closed.canvas)).toBe(false);
    expect(await overlaps(page)).toBe(0);

    await show.click();
    await list.getByRole('button', { name: 'Kulturskolen i Eksempel kommune' }).waitFor();
    expect(await hide.getAttribute('aria-expanded')).toBe('true');
  });

  it('a Norwegian map lays out Power/interest and Rings without overlaps too', async () => {
    session = await openApp('/', FULL_HD);
    const { page } = session;
    await switchTo(page, 'Oppsett', 'Innflytelse/interesse', 'Ordfører Kari Nilsen');
    await expect.poll(() => overlaps(page)).toBe(0);
    const list = page.getByRole('region', { name: 'Uten innflytelse/interesse' });
    await list
      .getByRole('button', { name: 'Skjul listen over aktører uten innflytelse/interesse' })
      .click();
    await list
      .getByRole('button', { name: 'Vis listen over aktører uten innflytelse/interesse' })
      .waitFor();
    await switchTo(page, 'Oppsett', 'Ringer', 'Biblioteket');
    await expect.poll(() => overlaps(page)).toBe(0);
  });
});
