/**
 * Keyboard use (WCAG 2.2 AA, docs/accessibility.md): focus comes back to the opener when a dialog
 * closes, Tab never loops in a workshop, Delete and "?" never act from a text field, tabs follow
 * the WAI-ARIA pattern, skip links lead past the top bar, and messages never cover or drop the
 * focus.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { actorNamed, openApp, quickAdd, type Session, showLists } from './browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

type Page = Session['page'];

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const label = (el as HTMLInputElement).labels?.[0]?.textContent?.trim();
    return el.getAttribute('aria-label') ?? (label || el.textContent?.trim() || el.tagName);
  });

const actorCount = (page: Page) =>
  page.getByRole('application', { name: 'Network map' }).getAttribute('data-actor-count');

describe('focus returns to the control that opened a dialog', () => {
  it('after Export closes by Esc, by Close and after a download, Import preview by Esc, and Rename by Esc', async () => {
    session = await openApp();
    const { page } = session;

    const exportButton = page.getByRole('button', { name: 'Export', exact: true });
    await exportButton.click();
    await page.getByRole('dialog', { name: 'Export' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Export' }).waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('Export');

    await exportButton.click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('button', { name: /^(Close|Cancel)$/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('Export');

    // The dialog closes on its own after a download (SVG, the default: the quickest to make).
    await exportButton.click();
    await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      dialog.getByRole('button', { name: 'Download' }).click(),
    ]);
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('Export');

    // Import: the button opens the file chooser, the file opens the preview.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles({
      name: 'partnere.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Label;Type\nNordby sjakklubb;\n'),
    });
    const preview = page.getByRole('dialog', { name: 'Import preview' });
    await preview.waitFor();
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('Import');

    // Rename sits in the Maps popover, which is gone when the dialog closes: back to "Maps".
    await page.getByRole('button', { name: /^Maps/ }).click();
    await page.getByRole('button', { name: 'Rename' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename' });
    await rename.waitFor();
    await page.keyboard.press('Escape');
    await rename.waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toMatch(/^Maps/);
    // The next Tab goes on from there, not from the top of the page.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Add actor');
  });

  it('Escape in a popover gives the focus back to its button', async () => {
    session = await openApp();
    const { page } = session;
    await page.getByRole('button', { name: /^Maps/ }).click();
    await page.getByRole('button', { name: 'Rename' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toMatch(/^Maps/);
  });
});

describe('keys', () => {
  it('Backspace in an empty "Add actor" box deletes nothing, and "?" types a question mark', async () => {
    session = await openApp();
    const { page } = session;
    const box = page.getByRole('textbox', { name: 'Add actor' });
    const before = Number(await actorCount(page));
    await quickAdd(page, 'Fjordby bokkafé');
    await expect.poll(async () => Number(await actorCount(page))).toBe(before + 1);
    // The new actor is selected; Backspace in the now empty box must not delete it.
    await box.focus();
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Delete');
    await page.waitForTimeout(300);
    expect(Number(await actorCount(page))).toBe(before + 1);

    await page.keyboard.type('Hva med ?');
    expect(await box.inputValue()).toBe('Hva med ?');
    await box.fill('');
    await page.keyboard.press('?');
    expect(await box.inputValue()).toBe('?');
    expect(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).count()).toBe(0);
  });

  it('F1 opens the keyboard help everywhere; "?" outside text fields, until single keys are off', async () => {
    session = await openApp();
    const { page } = session;
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await page.getByRole('textbox', { name: 'Add actor' }).focus();
    await page.keyboard.press('F1');
    await help.waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    // Focus returns to the name box it came from.
    await expect.poll(() => focused(page)).toBe('Add actor');

    await page.getByRole('tab', { name: 'Map' }).focus();
    await page.keyboard.press('?');
    await help.waitFor();
    await help.getByRole('checkbox', { name: 'Single-key shortcuts' }).uncheck();
    await help.getByRole('button', { name: 'Close' }).click();
    await help.waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('Map');
    await page.keyboard.press('?');
    await page.waitForTimeout(300);
    expect(await help.count()).toBe(0);
    // The choice holds after a reload; F1 still works.
    await page.reload();
    await page.getByRole('tab', { name: 'Map' }).focus();
    await page.keyboard.press('?');
    await page.waitForTimeout(300);
    expect(await help.count()).toBe(0);
    await page.keyboard.press('F1');
    await help.waitFor();
    expect(await help.getByRole('checkbox', { name: 'Single-key shortcuts' }).isChecked()).toBe(
      false,
    );
  });

  it('Delete on a list row removes that row, and the focus moves to the next row', async () => {
    session = await openApp();
    const { page } = session;
    await showLists(page);
    const table = page.getByRole('table', { name: 'Actors' });
    const shows = table.getByRole('button', { name: /^Show .* on the map$/ });
    const first = (await shows.first().getAttribute('aria-label')) ?? '';
    const second = (await shows.nth(1).getAttribute('aria-label')) ?? '';
    const name = first.replace(/^Show (.*) on the map$/, '$1');
    // Delete in the row's name field edits text, never the row.
    await actorNamed(page, name).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Escape');
    await shows.first().focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => actorNamed(page, name).count()).toBe(0);
    await expect.poll(() => focused(page)).toBe(second);
    await page.keyboard.press('Control+z');
    await expect.poll(() => actorNamed(page, name).count()).toBe(1);
  });

  it('the side-panel tabs and the view tabs move with the arrow keys, one Tab stop each', async () => {
    session = await openApp();
    const { page } = session;
    const side = page.getByRole('tablist', { name: 'Side panel' });
    const selected = () => side.getByRole('tab', { selected: true }).textContent();
    const first = await selected();
    await side.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('ArrowRight');
    const second = await selected();
    expect(second).not.toBe(first);
    expect(await focused(page)).toBe(second);
    await page.keyboard.press('End');
    expect(await selected()).toBe('Versions');
    await page.keyboard.press('Home');
    expect(await selected()).toBe('Gap analysis');
    await page.keyboard.press('ArrowLeft');
    expect(await selected()).toBe('Versions');
    // Only the selected tab is in the Tab order.
    const stops = await side
      .getByRole('tab')
      .evaluateAll((tabs) => tabs.filter((t) => (t as HTMLElement).tabIndex === 0).length);
    expect(stops).toBe(1);

    await page.getByRole('tab', { name: 'Map' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('table', { name: 'Actors' }).waitFor();
    expect(await focused(page)).toBe('Lists');
  });
});

describe('structure', () => {
  it('one h1 with the map name, and skip links that reach the Lists and the side panel', async () => {
    session = await openApp();
    const { page } = session;
    const h1 = page.getByRole('heading', { level: 1 });
    expect(await h1.count()).toBe(1);
    expect(await h1.textContent()).toMatch(/^Samspill – .+/);

    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Skip to “Add actor”');
    const link = page.getByRole('button', { name: 'Skip to the lists' });
    // Hidden until focused, then on screen.
    await link.focus();
    const box = await link.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(40);
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Actors' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('panel-lists');
    // From the lists, Tab goes into the table at once.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('#panel-lists'))).toBe(true);

    await page.getByRole('button', { name: 'Skip to the side panel' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('tab');
  });

  it('the filters and the legend come before the map controls in the focus order', async () => {
    session = await openApp();
    const { page } = session;
    const order = await page.evaluate(() => {
      const at = (sel: string) => document.querySelector(sel);
      const legend = at('.legend');
      const controls = at('.map-controls');
      if (!legend || !controls) return 0;
      return legend.compareDocumentPosition(controls);
    });
    expect(order & 4).toBe(4); // Node.DOCUMENT_POSITION_FOLLOWING
  });
});

describe('workshop keys', () => {
  it('Tab from the name box reaches "End workshop" and Shift+Tab comes back; "?" types', async () => {
    session = await openApp('/?lang=en', { width: 1920, height: 1080 });
    const { page } = session;
    await page.getByRole('button', { name: 'Start workshop' }).click();
    await page.getByRole('region', { name: 'Workshop', exact: true }).waitFor();
    const box = page.getByRole('textbox', { name: 'Add actor' });
    await expect.poll(() => focused(page)).toBe('Add actor');

    await page.keyboard.type('Hvem mangler?');
    expect(await box.inputValue()).toBe('Hvem mangler?');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await box.fill('');

    const seen: string[] = [];
    for (let i = 0; i < 15 && !seen.includes('End workshop'); i++) {
      await page.keyboard.press('Tab');
      await page.waitForTimeout(50);
      seen.push(await focused(page));
    }
    expect(seen).toContain('Start timer');
    expect(seen).toContain('Show the whole map');
    expect(seen).toContain('Keyboard shortcuts');
    expect(seen.at(-1)).toBe('End workshop');
    // Never back to the name box on the way.
    expect(seen).not.toContain('Add actor');
    for (let i = 0; i < 15 && (await focused(page)) !== 'Add actor'; i++) {
      await page.keyboard.press('Shift+Tab');
      await page.waitForTimeout(50);
    }
    expect(await focused(page)).toBe('Add actor');

    // Help opens with F1 from the name box, and the focus comes back to it.
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Workshop keyboard shortcuts' });
    await help.waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('Add actor');
  });
});

describe('messages', () => {
  /** Deletes the first actor of the Actors list from its row: a message with Undo. */
  async function deleteFirstRow(page: Page): Promise<string> {
    await showLists(page);
    const show = page
      .getByRole('table', { name: 'Actors' })
      .getByRole('button', { name: /^Show .* on the map$/ })
      .first();
    const name = ((await show.getAttribute('aria-label')) ?? '').replace(
      /^Show (.*) on the map$/,
      '$1',
    );
    await show.focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => actorNamed(page, name).count()).toBe(0);
    return name;
  }

  it('an Undo message stays while it has the focus, and never covers the map controls', async () => {
    session = await openApp('/?lang=en', { width: 1366, height: 768 });
    const { page } = session;
    const name = await deleteFirstRow(page);
    await page.getByRole('tab', { name: 'Map' }).click();
    const undoButton = page.locator('.toast').getByRole('button', { name: 'Undo' });
    await undoButton.waitFor();
    const toast = await page.locator('.toast').boundingBox();
    expect(toast).not.toBeNull();
    const controls = page.getByRole('main').locator('button, input, select');
    const boxes = await controls.evaluateAll((els) =>
      els
        .filter((el) => !el.closest('.toast-region') && el.getClientRects().length > 0)
        // Scrolled out of its panel: not on screen, so nothing can cover it.
        .filter((el) => {
          const r = el.getBoundingClientRect();
          const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
          for (let p = el.parentElement; p; p = p.parentElement) {
            if (getComputedStyle(p).overflowY === 'visible') continue;
            const c = p.getBoundingClientRect();
            if (x < c.left || x > c.right || y < c.top || y > c.bottom) return false;
          }
          return true;
        })
        .map((el) => {
          const r = el.getBoundingClientRect();
          return {
            name: el.getAttribute('aria-label') ?? el.textContent,
            x: r.x,
            y: r.y,
            w: r.width,
            h: r.height,
          };
        }),
    );
    expect(boxes.length).toBeGreaterThan(5);
    for (const b of boxes) {
      if (!toast) break;
      const overlaps =
        b.x < toast.x + toast.width &&
        toast.x < b.x + b.w &&
        b.y < toast.y + toast.height &&
        toast.y < b.y + b.h;
      expect(overlaps, `${b.name} under the message`).toBe(false);
    }
    await undoButton.focus();
    await page.waitForTimeout(7000);
    expect(await focused(page)).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.toast').count()).toBe(0);
    await showLists(page);
    await expect.poll(() => actorNamed(page, name).count()).toBe(1);
  });

  it('a newer action replaces the Undo message; the save is announced once', async () => {
    session = await openApp();
    const { page } = session;
    await deleteFirstRow(page);
    const second = await deleteFirstRow(page);
    const messages = page.locator('.toast');
    await expect.poll(() => messages.count()).toBe(1);
    expect(await messages.textContent()).toContain(second);
    const said = page.locator('.save-announcement');
    await expect.poll(() => said.textContent(), { timeout: 10_000 }).toBe('Saved');
    // Ctrl+Z undoes that action: its Undo message goes with it.
    await page.getByRole('tab', { name: 'Lists' }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => messages.count()).toBe(0);
  });
});
