import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import { openApp, type Session, waitForMap } from './browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const viewNames = (page: Page) =>
  page.getByRole('list', { name: 'Saved views' }).locator('.views-name').allTextContents();

const positionOf = (page: Page, name: string) =>
  page.evaluate((n) => window.samspill?.renderedPosition(n) ?? null, name);

/** An actor the second demo view (inclusion and health) filters away. */
function hiddenInSecondView(): string {
  const purposes = new Set(demo.views[1]?.filters.purposes ?? []);
  const linked = new Set(
    demo.collaborations
      .filter((c) => c.purposeIds.some((p) => purposes.has(p)))
      .flatMap((c) => [c.sourceId, c.targetId]),
  );
  const actor = demo.actors.find((a) => !linked.has(a.id) && a.id !== demo.map.focalActorId);
  if (!actor) throw new Error('demo has no actor outside the view');
  return actor.name;
}

describe('views (perspektiver)', () => {
  it('are saved, renamed, reordered and deleted, and kept across a reload', async () => {
    session = await openApp();
    const { page } = session;
    await page.getByRole('tab', { name: 'Views' }).click();
    expect(await viewNames(page)).toEqual(demo.views.map((v) => v.name));

    await page.getByRole('checkbox', { name: 'Show gaps' }).check();
    await page.getByRole('button', { name: 'Save current view' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save current view' });
    await expect.poll(() => dialog.getByRole('textbox').inputValue()).toBe('View 4');
    await dialog.getByRole('textbox').fill('Rådmannen');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => viewNames(page))
      .toEqual([...demo.views.map((v) => v.name), 'Rådmannen']);

    await page.getByRole('button', { name: 'Rename Rådmannen' }).click();
    await page.getByRole('dialog', { name: 'Rename' }).getByRole('textbox').fill('Politikerne');
    await page
      .getByRole('dialog', { name: 'Rename' })
      .getByRole('button', { name: 'Save' })
      .click();
    await page.getByRole('button', { name: 'Move Politikerne up' }).click();
    await page.getByRole('button', { name: 'Move Politikerne up' }).click();
    const expected = [demo.views[0]?.name, 'Politikerne', demo.views[1]?.name, demo.views[2]?.name];
    await expect.poll(() => viewNames(page)).toEqual(expected);

    await page.reload();
    await waitForMap(page);
    await page.getByRole('tab', { name: 'Views' }).click();
    await expect.poll(() => viewNames(page)).toEqual(expected);

    await page.getByRole('checkbox', { name: 'Show gaps' }).uncheck();
    await page.getByRole('button', { name: 'Show Politikerne' }).click();
    // The view brings back its own colouring: gaps on.
    await expect
      .poll(() => page.getByRole('checkbox', { name: 'Show gaps' }).isChecked())
      .toBe(true);

    await page.getByRole('button', { name: 'Delete Politikerne' }).click();
    await expect.poll(() => viewNames(page)).toEqual(demo.views.map((v) => v.name));
    await page.keyboard.press('Control+z');
    await expect.poll(() => viewNames(page)).toEqual(expected);
  });

  it('present: full screen, arrows step through the views with their filters, Esc leaves', async () => {
    session = await openApp();
    const { page } = session;
    const hidden = hiddenInSecondView();
    await page.getByRole('tab', { name: 'Views' }).click();
    await page.getByRole('button', { name: 'Present' }).click();
    const show = page.getByRole('region', { name: 'Presentation' });
    await show.waitFor();
    expect(await page.getByRole('textbox', { name: 'Add actor' }).isVisible()).toBe(false);
    expect(await show.textContent()).toContain(`${demo.views[0]?.name}`);
    expect(await show.textContent()).toContain('1 of 3');
    await expect.poll(() => positionOf(page, hidden)).not.toBeNull();

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => show.textContent()).toContain('2 of 3');
    expect(await show.textContent()).toContain(`${demo.views[1]?.name}`);
    await expect.poll(() => positionOf(page, hidden)).toBeNull();
    // Nothing edits the map during a show: Delete is ignored and nothing can be selected.
    await page.keyboard.press('Delete');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => show.textContent()).toContain('3 of 3');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => show.textContent()).toContain('2 of 3');

    await page.keyboard.press('Escape');
    await show.waitFor({ state: 'detached' });
    expect(await page.getByRole('textbox', { name: 'Add actor' }).isVisible()).toBe(true);
    // Back to the map as it was: no filter, so the actor is drawn again.
    await expect.poll(() => positionOf(page, hidden)).not.toBeNull();
    await page.getByRole('tab', { name: 'Lists' }).click();
    expect(await page.getByRole('table', { name: 'Actors' }).locator('tbody tr').count()).toBe(
      demo.actors.length,
    );
  });
});
