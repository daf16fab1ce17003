import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type Direction, nearestInDirection } from '../../src/render/nearestInDirection';
import { openApp, type Session } from './browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const WORDS = {
  en: { canvas: 'Network map', details: 'Details', name: 'Name' },
  nb: { canvas: 'Nettverkskart', details: 'Detaljer', name: 'Navn' },
} as const;

/** Animations take 150–350 ms; a loaded machine draws slower. */
const WAIT = { timeout: 5_000 };

const ARROWS: Record<Direction, string> = {
  right: 'ArrowRight',
  left: 'ArrowLeft',
  down: 'ArrowDown',
  up: 'ArrowUp',
};

const canvasOf = (page: Page, lang: keyof typeof WORDS) =>
  page.getByRole('application', { name: WORDS[lang].canvas });

/** The map at rest: no layout, frame or animation on its way (samspill.idle()). */
async function idle(page: Page) {
  await page.waitForFunction(() => window.samspill?.idle() === true, undefined, {
    timeout: 10_000,
  });
  // One more frame, so a frame scheduled by the last change has started.
  await page.waitForTimeout(120);
  await page.waitForFunction(() => window.samspill?.idle() === true, undefined, {
    timeout: 10_000,
  });
}

const reachable = (page: Page) => page.evaluate(() => window.samspill?.reachable() ?? []);
const current = (page: Page) => page.evaluate(() => window.samspill?.current() ?? null);
const keyFocus = (page: Page) => page.evaluate(() => window.samspill?.keyFocus() ?? null);
const zoom = (page: Page) => page.evaluate(() => window.samspill?.zoom() ?? 0);
const said = (page: Page) => page.locator('#map-canvas-current').textContent();

/** A point on the canvas at least 60 px from every actor: a click there hits no node. */
async function blankSpot(page: Page, lang: keyof typeof WORDS) {
  const box = await canvasOf(page, lang).boundingBox();
  if (!box) throw new Error('no canvas');
  const actors = await reachable(page);
  for (let y = 30; y < box.height - 30; y += 20) {
    for (let x = box.width - 30; x > 30; x -= 20) {
      if (actors.every((a) => Math.hypot(a.x - x, a.y - y) > 60)) {
        return { x: box.x + x, y: box.y + y };
      }
    }
  }
  throw new Error('no blank spot on the canvas');
}

/**
 * Presses an arrow on the canvas and checks the selection moved to the actor the rule picks from
 * the positions as drawn just before, that the actor lies in that direction, has the focus ring,
 * and that the live region names it. Returns whether the current actor changed.
 */
async function step(page: Page, direction: Direction): Promise<boolean> {
  await idle(page);
  const actors = await reachable(page);
  const fromId = await current(page);
  const from = actors.find((a) => a.id === fromId);
  if (!from) throw new Error('no current actor to step from');
  const expected = nearestInDirection(from, direction, actors);
  await page.keyboard.press(ARROWS[direction]);
  const now = await current(page);
  if (expected === null) {
    expect(now).toBe(fromId);
    return false;
  }
  expect(now).toBe(expected);
  const to = actors.find((a) => a.id === expected);
  if (!to) throw new Error('picked an actor that is not drawn');
  // Checked apart from the rule: the new actor is ahead in that direction.
  const ahead = {
    right: to.x - from.x,
    left: from.x - to.x,
    down: to.y - from.y,
    up: from.y - to.y,
  };
  expect(ahead[direction]).toBeGreaterThan(0);
  await expect.poll(() => said(page), WAIT).toContain(to.name);
  expect((await keyFocus(page))?.id).toBe(expected);
  return true;
}

describe('the map canvas answers the keyboard', () => {
  it('arrows walk the actors, Enter opens the details, + and 0 zoom and fit, Esc clears (en)', async () => {
    session = await openApp('/?lang=en');
    const { page } = session;
    await idle(page);
    const fitted = await zoom(page);
    const canvas = canvasOf(page, 'en');
    const detailsTab = page.getByRole('tab', { name: 'Details' });
    expect(await detailsTab.getAttribute('aria-selected')).toBe('false');

    // A click on a blank spot focuses the canvas and selects nothing; no ring from a click.
    const spot = await blankSpot(page, 'en');
    await page.mouse.click(spot.x, spot.y);
    expect(await canvas.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await current(page)).toBeNull();
    expect(await keyFocus(page)).toBeNull();

    // The first arrow picks the culture school.
    await page.keyboard.press('ArrowRight');
    const focal = (await reachable(page)).find((a) => a.focal);
    expect(focal).toBeDefined();
    expect(await current(page)).toBe(focal?.id);
    expect((await keyFocus(page))?.id).toBe(focal?.id);
    await expect.poll(() => said(page), WAIT).toMatch(/collaborations?$/);
    expect(await said(page)).toContain(focal?.name);

    let moves = 0;
    for (const direction of ['right', 'left', 'down', 'up', 'down', 'right'] as const) {
      if (await step(page, direction)) moves++;
    }
    expect(moves).toBeGreaterThanOrEqual(4);
    // Moving does not switch the side panel's tab; focus stays on the canvas.
    expect(await detailsTab.getAttribute('aria-selected')).toBe('false');
    expect(await canvas.evaluate((el) => el === document.activeElement)).toBe(true);
    // The ring sits on the current actor as drawn.
    const ring = await keyFocus(page);
    const here = (await reachable(page)).find((a) => a.id === ring?.id);
    expect(here).toBeDefined();
    if (ring && here) {
      expect(here.x).toBeGreaterThanOrEqual(ring.box.x);
      expect(here.x).toBeLessThanOrEqual(ring.box.x + ring.box.width);
      expect(here.y).toBeGreaterThanOrEqual(ring.box.y);
      expect(here.y).toBeLessThanOrEqual(ring.box.y + ring.box.height);
    }

    // A held modifier, or a key pressed elsewhere, moves nothing.
    const before = await current(page);
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Control+ArrowDown');
    await page.keyboard.press('Alt+ArrowLeft');
    expect(await current(page)).toBe(before);

    // Enter opens the details, with focus in its first field, ready to edit.
    const name = (await reachable(page)).find((a) => a.id === before)?.name;
    await page.keyboard.press('Enter');
    await expect.poll(() => detailsTab.getAttribute('aria-selected'), WAIT).toBe('true');
    const nameBox = page.getByRole('textbox', { name: 'Name', exact: true });
    await expect
      .poll(() => nameBox.evaluate((el) => el === document.activeElement), WAIT)
      .toBe(true);
    expect(await nameBox.inputValue()).toBe(name);
    expect(
      await page.evaluate(() => document.activeElement?.closest('#side-panel-details') !== null),
    ).toBe(true);

    // Keys typed outside the canvas are not the canvas's.
    await page.getByLabel('Search for an actor').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('0');
    expect(await current(page)).toBe(before);
    await page.getByLabel('Search for an actor').fill('');

    // + zooms in, - out, 0 fits the whole map again.
    await canvas.focus();
    await idle(page);
    const z0 = await zoom(page);
    await page.keyboard.press('+');
    await expect.poll(() => zoom(page), WAIT).toBeGreaterThan(z0 * 1.2);
    await idle(page);
    const z1 = await zoom(page);
    await page.keyboard.press('-');
    await expect.poll(() => zoom(page), WAIT).toBeLessThan(z1 * 0.85);
    expect(await canvas.evaluate((el) => el === document.activeElement)).toBe(true);
    for (let i = 0; i < 4; i++) await page.keyboard.press('=');
    await expect.poll(() => zoom(page), WAIT).toBeGreaterThan(fitted * 2);
    await idle(page);

    // Zoomed in, the camera follows the current actor: it stays inside the canvas.
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas');
    for (const direction of ['right', 'right', 'down', 'left', 'left', 'up'] as const) {
      await step(page, direction);
      await idle(page);
      const id = await current(page);
      const at = (await reachable(page)).find((a) => a.id === id);
      expect(at).toBeDefined();
      expect(at?.x).toBeGreaterThan(0);
      expect(at?.x).toBeLessThan(box.width);
      expect(at?.y).toBeGreaterThan(0);
      expect(at?.y).toBeLessThan(box.height);
    }

    await page.keyboard.press('0');
    await idle(page);
    expect(Math.abs((await zoom(page)) / fitted - 1)).toBeLessThan(0.1);

    // Esc clears the current actor and its ring.
    await page.keyboard.press('Escape');
    expect(await current(page)).toBeNull();
    expect(await keyFocus(page)).toBeNull();

    // A click takes the ring away (a mouse user sees the selection border only).
    await page.keyboard.press('ArrowDown');
    expect(await keyFocus(page)).not.toBeNull();
    const spot2 = await blankSpot(page, 'en');
    await page.mouse.click(spot2.x, spot2.y);
    expect(await keyFocus(page)).toBeNull();

    // Delete on the canvas removes the current actor; Ctrl+Z brings it back.
    await page.keyboard.press('ArrowDown');
    let victim: string | null = null;
    for (const direction of ['down', 'right', 'left', 'up'] as const) {
      if (await step(page, direction)) {
        victim = await current(page);
        break;
      }
    }
    expect(victim).not.toBeNull();
    await page.keyboard.press('Delete');
    await expect
      .poll(async () => (await reachable(page)).some((a) => a.id === victim), WAIT)
      .toBe(false);
    expect(await current(page)).toBeNull();
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await reachable(page)).some((a) => a.id === victim), WAIT)
      .toBe(true);
  });

  it('speaks bokmål and opens «Detaljer» (nb)', async () => {
    session = await openApp('/?lang=nb');
    const { page } = session;
    await idle(page);
    const canvas = canvasOf(page, 'nb');
    // Tab reaches the canvas like any control.
    const onCanvas = () => canvas.evaluate((el) => el === document.activeElement);
    for (let i = 0; i < 80 && !(await onCanvas()); i++) await page.keyboard.press('Tab');
    expect(await onCanvas()).toBe(true);
    await page.keyboard.press('ArrowDown');
    const focal = (await reachable(page)).find((a) => a.focal);
    expect(await current(page)).toBe(focal?.id);
    await expect.poll(() => said(page), WAIT).toMatch(/samarbeid$/);
    expect(await said(page)).toContain(focal?.name);
    let moved = false;
    for (const direction of ['down', 'right', 'up', 'left'] as const) {
      moved = (await step(page, direction)) || moved;
    }
    expect(moved).toBe(true);
    await page.keyboard.press(' ');
    const detailsTab = page.getByRole('tab', { name: WORDS.nb.details });
    await expect.poll(() => detailsTab.getAttribute('aria-selected'), WAIT).toBe('true');
    const nameBox = page.getByRole('textbox', { name: WORDS.nb.name, exact: true });
    await expect
      .poll(() => nameBox.evaluate((el) => el === document.activeElement), WAIT)
      .toBe(true);
    expect(await page.locator('#map-canvas-description').textContent()).toContain('Piltastene');
  });

  it('leaves the arrows to a presentation, even with the canvas focused (en)', async () => {
    session = await openApp('/?lang=en');
    const { page } = session;
    await page.getByRole('tab', { name: 'Views' }).click();
    await page.getByRole('button', { name: 'Present' }).click();
    const show = page.getByRole('region', { name: 'Presentation' });
    await show.waitFor();
    expect(await show.textContent()).toContain('1 of 3');
    await canvasOf(page, 'en').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => show.textContent(), WAIT).toContain('2 of 3');
    await page.keyboard.press('Enter');
    expect(await current(page)).toBeNull();
    expect(await keyFocus(page)).toBeNull();
    expect(await said(page)).toBe('');
    await page.keyboard.press('Escape');
    await show.waitFor({ state: 'detached' });
  });
});
