import { afterEach, describe, expect, it } from 'vitest';
import { actorNamed, openApp, quickAdd, type Session, showLists, waitForMap } from './browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

function rows(table: string) {
  if (!session) throw new Error('no session');
  return session.page.getByRole('table', { name: table }).locator('tbody tr');
}
const actorRows = () => rows('Actors');
const collabRows = () => rows('Collaborations');

describe('foundation in Chromium', () => {
  it('creates and draws the demo map on first run, in bokmål by default', async () => {
    session = await openApp('/');
    const { page } = session;
    await page.getByRole('combobox', { name: 'Språk' }).waitFor();
    await page.getByRole('textbox', { name: 'Legg til aktør' }).waitFor();
    const canvas = page.getByRole('application', { name: 'Nettverkskart' });
    expect(Number(await canvas.getAttribute('data-actor-count'))).toBeGreaterThanOrEqual(30);
    await page.getByRole('tab', { name: 'Lister' }).click();
    expect(
      await page.getByRole('table', { name: 'Aktører' }).locator('tbody tr').count(),
    ).toBeGreaterThanOrEqual(30);
  });

  it('switches language with ?lang=en and with the Language control', async () => {
    session = await openApp('/?lang=en');
    const { page } = session;
    await page.getByRole('textbox', { name: 'Add actor' }).waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('nb');
    await page.getByRole('textbox', { name: 'Legg til aktør' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
  });

  it('keeps a quick-added actor across a reload, with its guessed type', async () => {
    session = await openApp();
    const { page } = session;
    const persist = page.locator('[data-persist]');
    expect(await persist.getAttribute('data-persist')).toBe('unknown');
    await quickAdd(page, 'Nordby bibliotek');
    // Persistent storage is asked for at the first edit, and the answer is shown.
    await expect.poll(() => persist.getAttribute('data-persist')).toMatch(/granted|denied/);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Nordby bibliotek added as Library');
    await page.waitForTimeout(1200);
    await page.reload();
    await waitForMap(page);
    await showLists(page);
    await expect.poll(() => actorNamed(page, 'Nordby bibliotek').count()).toBe(1);
  });

  it('adds a collaboration with the short syntax, and undoes and redoes it by keyboard', async () => {
    session = await openApp();
    const { page } = session;
    await showLists(page);
    const before = await collabRows().count();
    await quickAdd(page, 'Kulturskolen -- Nordby sjakklubb: Sjakk og musikk');
    await expect.poll(() => collabRows().count()).toBe(before + 1);
    await expect.poll(() => collabRows().filter({ hasText: 'Nordby sjakklubb' }).count()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => collabRows().count()).toBe(before);
    await expect.poll(() => actorNamed(page, 'Nordby sjakklubb').count()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => collabRows().count()).toBe(before + 1);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => collabRows().count()).toBe(before);
  });

  it('renames a map, creates a second map, switches back and loses nothing', async () => {
    session = await openApp();
    const { page } = session;
    await showLists(page);
    const actors = await actorRows().count();
    const links = await collabRows().count();

    await page.getByRole('button', { name: 'Maps' }).click();
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    await page.getByRole('textbox', { name: 'Map name' }).fill('Workshop vår 2027');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Maps' }).textContent())
      .toContain('Workshop vår 2027');

    await page.getByRole('button', { name: 'Maps' }).click();
    await page.getByRole('button', { name: 'New map', exact: true }).click();
    await page.getByRole('textbox', { name: 'Map name' }).fill('Tomt kart');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Maps' }).textContent())
      .toContain('Tomt kart');
    await expect.poll(() => actorRows().count()).toBe(1);

    await page.getByRole('button', { name: 'Maps' }).click();
    await page.getByRole('button', { name: 'Workshop vår 2027' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Maps' }).textContent())
      .toContain('Workshop vår 2027');
    await expect.poll(() => actorRows().count()).toBe(actors);
    await expect.poll(() => collabRows().count()).toBe(links);

    await page.reload();
    await waitForMap(page);
    await expect
      .poll(() => page.getByRole('button', { name: 'Maps' }).textContent())
      .toContain('Workshop vår 2027');
  });

  it('keeps an edit when the page is closed and reopened within a second', async () => {
    session = await openApp();
    const { context, page, baseURL } = session;
    await quickAdd(page, 'Rask aktør');
    await page.close({ runBeforeUnload: true });
    const again = await context.newPage();
    await again.goto(new URL('/?lang=en', baseURL).href);
    await waitForMap(again);
    await showLists(again);
    await expect.poll(() => actorNamed(again, 'Rask aktør').count()).toBe(1);
  });

  it('deletes the selected actor with the Delete key and brings it back with Undo', async () => {
    session = await openApp();
    const { page } = session;
    await quickAdd(page, 'Slettes snart');
    await page
      .getByRole('application', { name: 'Network map' })
      .click({ position: { x: 5, y: 5 } });
    await page.getByLabel('Search for an actor').fill('Slettes snart');
    await page.getByLabel('Search for an actor').press('Enter');
    await page.getByRole('application', { name: 'Network map' }).focus();
    await page.keyboard.press('Delete');
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('“Slettes snart” was deleted.');
    await showLists(page);
    await expect.poll(() => actorNamed(page, 'Slettes snart').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => actorNamed(page, 'Slettes snart').count()).toBe(1);
  });

  it('deletes a map after confirmation, and brings it back with undo', async () => {
    session = await openApp();
    const { page } = session;
    const maps = page.getByRole('button', { name: 'Maps' });
    await maps.click();
    await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
    await expect
      .poll(() => maps.textContent())
      .toContain('Copy of Kulturskolen i Eksempel kommune');
    await maps.click();
    await page.getByRole('button', { name: 'Delete map' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      'Delete “Copy of Kulturskolen i Eksempel kommune”?',
    );
    await dialog.getByRole('button', { name: 'Delete map' }).click();
    await expect.poll(() => maps.textContent()).not.toContain('Copy of');
    await page.getByRole('button', { name: 'Undo delete' }).click();
    await expect
      .poll(() => maps.textContent())
      .toContain('Copy of Kulturskolen i Eksempel kommune');
    await showLists(page);
    expect(await actorRows().count()).toBeGreaterThanOrEqual(30);
  });
});
