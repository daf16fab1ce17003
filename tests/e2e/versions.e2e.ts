import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import { openApp, quickAdd, type Session } from './browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const REMOVED = 'Turistforeningen';
const ADDED = 'Nytt Partnerlag';

const positionOf = (page: Page, name: string) =>
  page.evaluate((n) => window.samspill?.renderedPosition(n) ?? null, name);

async function actorCount(page: Page) {
  return Number(await page.locator('[data-actor-count]').getAttribute('data-actor-count'));
}

describe('versions (snapshots)', () => {
  it('compare shows additions and removals; restore, then undo the restore', async () => {
    session = await openApp();
    const { page } = session;
    await page.getByRole('tab', { name: 'Versions' }).click();
    const list = page.getByRole('list', { name: 'Saved versions' });
    // The first open of the day took an automatic version.
    await expect.poll(() => list.textContent()).toContain('Automatic');

    await page.getByRole('button', { name: 'Save version' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save version' });
    await dialog.getByRole('textbox').fill('Før møtet');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => list.textContent()).toContain('Før møtet');

    await quickAdd(page, ADDED);
    await page.getByLabel('Search for an actor').fill(REMOVED);
    await page.getByLabel('Search for an actor').press('Enter');
    // Delete acts on the map's selection only while the map has the focus.
    await page.getByRole('application', { name: 'Network map' }).focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => positionOf(page, REMOVED)).toBeNull();
    expect(await actorCount(page)).toBe(demo.actors.length);

    await page.getByRole('tab', { name: 'Versions' }).click();
    await page.getByRole('button', { name: 'Compare Før møtet with now' }).click();
    const changes = page.getByRole('region', { name: 'Changes since the version' });
    await changes.waitFor();
    expect(await changes.getByRole('heading').allTextContents()).toEqual([
      'Actors added (1)',
      'Actors removed (1)',
      'Collaborations removed (1)',
    ]);
    const items = await changes.getByRole('listitem').allTextContents();
    expect(items.slice(0, 2)).toEqual([ADDED, REMOVED]);
    // On the map: the addition drawn, the removal back as a ghost where it stood.
    await expect.poll(() => positionOf(page, REMOVED)).not.toBeNull();
    expect(await positionOf(page, ADDED)).not.toBeNull();
    await page.getByRole('button', { name: 'Stop comparing' }).click();
    await expect.poll(() => positionOf(page, REMOVED)).toBeNull();

    await page.getByRole('button', { name: 'Restore Før møtet' }).click();
    await expect.poll(() => positionOf(page, REMOVED)).not.toBeNull();
    await expect.poll(() => positionOf(page, ADDED)).toBeNull();
    await expect.poll(() => list.textContent()).toContain('Before restoring');

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await expect.poll(() => positionOf(page, ADDED)).not.toBeNull();
    await expect.poll(() => positionOf(page, REMOVED)).toBeNull();
  });
});
