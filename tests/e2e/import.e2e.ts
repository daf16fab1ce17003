/** Import (#5) in Chromium: restore a backup, drop a CSV pair, merge into the demo map. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, previewCounts, type Session, showLists, waitForMap } from './browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const DEMO = 'Kulturskolen i Eksempel kommune';

const rows = (page: Page, table: 'Actors' | 'Collaborations') =>
  page.getByRole('table', { name: table, exact: true }).locator('tbody tr');

/** The names in the Actors table, from each row's inline name field. */
const actorNames = (page: Page) =>
  page
    .getByRole('table', { name: 'Actors', exact: true })
    .getByRole('textbox', { name: /^Name of / })
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value).sort());

/** Rows stored in IndexedDB, read in the page beside the app's own connection. */
const stored = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ maps: number; actors: number }>((resolve, reject) => {
        const open = indexedDB.open('samspill');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['maps', 'actors']);
          const maps = tx.objectStore('maps').count();
          const actors = tx.objectStore('actors').count();
          tx.oncomplete = () => {
            resolve({ maps: maps.result, actors: actors.result });
            open.result.close();
          };
        };
      }),
  );

const csv = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8');

describe('import in Chromium', () => {
  it('backs up every map, and restores a deleted map from the backup as it was', async () => {
    session = await openApp();
    const { page } = session;
    await showLists(page);
    const names = await actorNames(page);
    const links = await rows(page, 'Collaborations').count();
    expect(names.length).toBeGreaterThanOrEqual(30);

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: 'Backup of all maps (.samspill.json)' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^samspill-backup-\d{4}-\d{2}-\d{2}\.samspill\.json$/,
    );
    const backup = await download.path();
    const saved = JSON.parse(readFileSync(backup, 'utf8'));
    expect(saved).toMatchObject({ format: 'samspill-backup', maps: [{ map: { name: DEMO } }] });

    const maps = page.getByRole('button', { name: 'Maps' });
    await maps.click();
    await page.getByRole('button', { name: 'Delete map' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete map' }).click();
    await expect.poll(() => maps.textContent()).not.toContain(DEMO);
    await expect.poll(() => rows(page, 'Actors').count()).toBe(1);

    await page.getByLabel('Choose files to import').setInputFiles(backup);
    const preview = page.getByRole('dialog', { name: 'Import preview' });
    await expect.poll(() => preview.textContent()).toContain(`${DEMO}: ${names.length} actors`);
    await preview.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => maps.textContent()).toContain(DEMO);
    await expect.poll(() => rows(page, 'Actors').count()).toBe(names.length);
    expect(await actorNames(page)).toEqual(names);
    expect(await rows(page, 'Collaborations').count()).toBe(links);

    // Stored, not only shown: the restored map is there after a reload.
    await page.reload();
    await waitForMap(page);
    await showLists(page);
    await expect.poll(() => actorNames(page)).toEqual(names);
  });

  it('previews a CSV pair dropped onto the app', async () => {
    session = await openApp();
    const { page } = session;
    const actors = [
      'Label;Type;Sector',
      'Kulturskolen i Nordby;Kulturskole;',
      'Nordby skole;Skoler;',
    ];
    actors.push('Nordby bibliotek;;', 'Nordby skolekorps;;Frivillighet og fritid');
    const links = [
      'From;To;Strength',
      'Kulturskolen i Nordby;Nordby skole;3',
      'Kulturskolen i Nordby;Nordby bibliotek;2',
      'Nordby skolekorps;Nordby skole;1',
    ];
    const data = await page.evaluateHandle(
      ([a, c]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([a], 'aktorer.csv', { type: 'text/csv' }));
        transfer.items.add(new File([c], 'samarbeid.csv', { type: 'text/csv' }));
        return transfer;
      },
      [actors.join('\n'), links.join('\n')] as const,
    );
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    const app = page.locator('.app');
    await app.dispatchEvent('dragenter', { dataTransfer: data });
    await app.dispatchEvent('dragover', { dataTransfer: data });
    await page.locator('.drop-overlay').waitFor();
    expect(await page.locator('.drop-overlay').textContent()).toContain('Drop the files');
    await app.dispatchEvent('drop', { dataTransfer: data });
    await page.locator('.drop-overlay').waitFor({ state: 'detached' });

    const preview = page.getByRole('dialog', { name: 'Import preview' });
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Files: aktorer.csv, samarbeid.csv');
    // Parsed off the main thread.
    expect(workers.some((url) => url.includes('importWorker'))).toBe(true);
    expect(await preview.getByRole('radio', { name: 'New map' }).isChecked()).toBe(true);
    // Planned in the worker after the dialog opens.
    await expect.poll(() => previewCounts(page, 'Actors')).toEqual([4, 0, 0]);
    expect(await previewCounts(page, 'Collaborations')).toEqual([3, 0, 0]);
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await preview.waitFor({ state: 'detached' });
    await showLists(page);
    await expect.poll(() => actorNames(page)).not.toContain('Nordby skole');
  });

  it('merges into the demo map: matched and new actors, then one undo takes it back', async () => {
    session = await openApp();
    const { page } = session;
    await showLists(page);
    const before = await rows(page, 'Actors').count();
    // "Biblioteket" is in the demo as it is; "Asylmottak" matches "Asylmottaket" by its definite form.
    const buffer = csv([
      'Label;Type;Sector',
      'Biblioteket;;',
      'Asylmottak;;',
      'Nordby sjakklubb;;',
      'Fjordby bokkafé;;',
    ]);
    await page
      .getByLabel('Choose files to import')
      .setInputFiles({ name: 'nye-partnere.csv', mimeType: 'text/csv', buffer });
    const preview = page.getByRole('dialog', { name: 'Import preview' });
    await preview.getByRole('radio', { name: /^Merge into this map/ }).check();
    const matched = preview.getByRole('region', { name: 'Found in the map (2 actors)' });
    await matched.waitFor();
    const found = await matched.getByRole('listitem').allTextContents();
    expect(found.some((m) => m.startsWith('Biblioteket → Biblioteket'))).toBe(true);
    expect(found.some((m) => m.startsWith('Asylmottak → Asylmottaket'))).toBe(true);
    await expect.poll(() => previewCounts(page, 'Actors')).toEqual([2, 0, 2]);

    await preview.getByRole('button', { name: 'Merge' }).click();
    await preview.waitFor({ state: 'detached' });
    await expect.poll(() => rows(page, 'Actors').count()).toBe(before + 2);
    const after = await actorNames(page);
    expect(after).toEqual(expect.arrayContaining(['Nordby sjakklubb', 'Fjordby bokkafé']));
    expect(after.filter((n) => n === 'Biblioteket')).toHaveLength(1);

    await page.keyboard.press('Control+z');
    await expect.poll(() => rows(page, 'Actors').count()).toBe(before);
  });

  it('writes a new map from the worker; a cancelled write leaves nothing behind', async () => {
    session = await openApp();
    const { page } = session;
    const before = await stored(page);
    const input = page.getByLabel('Choose files to import');
    const preview = page.getByRole('dialog', { name: 'Import preview' });

    // Large enough that the write takes a while: cancel it as soon as its progress shows. (With
    // 8,000 a loaded CI machine once finished the write before the click reached it.)
    const many = ['Label;Sector', 'Kulturskolen i Sørby;'];
    for (let i = 1; i < 16_000; i++) many.push(`Sørby lag nr. ${i};Frivillighet og fritid`);
    await input.setInputFiles({ name: 'sorby.csv', mimeType: 'text/csv', buffer: csv(many) });
    await expect
      .poll(() => previewCounts(page, 'Actors'), { timeout: 40_000 })
      .toEqual([16_000, 0, 0]);
    await preview.getByRole('button', { name: 'Create the map' }).click();
    await preview.getByRole('progressbar', { name: 'Progress' }).waitFor();
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await preview.waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await page.getByRole('status').allTextContents()).join(' '))
      .toContain('The import was cancelled. Nothing was changed.');
    expect(await stored(page)).toEqual(before);

    const few = ['Label;Type', 'Kulturskolen i Nordby;Kulturskole', 'Nordby skole;Skoler'];
    await input.setInputFiles({ name: 'nordby.csv', mimeType: 'text/csv', buffer: csv(few) });
    await preview.getByRole('textbox', { name: 'Name of the new map' }).fill('Nordby');
    await expect.poll(() => previewCounts(page, 'Actors')).toEqual([2, 0, 0]);
    await preview.getByRole('button', { name: 'Create the map' }).click();
    await preview.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByRole('button', { name: 'Maps' }).textContent())
      .toContain('Nordby');
    await showLists(page);
    await expect.poll(() => actorNames(page)).toEqual(['Kulturskolen i Nordby', 'Nordby skole']);
    expect(await stored(page)).toEqual({ maps: before.maps + 1, actors: before.actors + 2 });
  });
});
