/**
 * Issue 12, item 9, in Chromium: a CSV pair whose `Fra;Til` rows name actors already on the demo
 * map merges into it. The import worker gets the map's actors, the preview lists the link ends it
 * found there, and after the merge the links are on the map and in IndexedDB.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type Session, showLists } from './browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const csv = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8');

/** Collaborations stored in IndexedDB, as "from — to" by actor name. */
const storedLinks = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('samspill');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['actors', 'collaborations']);
          const actors = tx.objectStore('actors').getAll();
          const links = tx.objectStore('collaborations').getAll();
          tx.oncomplete = () => {
            const name = new Map(
              (actors.result as { id: string; name: string }[]).map((a) => [a.id, a.name]),
            );
            resolve(
              (links.result as { sourceId: string; targetId: string }[]).map(
                (c) => `${name.get(c.sourceId)} — ${name.get(c.targetId)}`,
              ),
            );
            open.result.close();
          };
        };
      }),
  );

describe('merging a CSV whose links name actors on the map', () => {
  it('lists the ends found in the map, and the links exist after the merge', async () => {
    session = await openApp();
    const { page } = session;
    await showLists(page);
    const collaborations = page.getByRole('table', { name: 'Collaborations', exact: true });
    const before = await collaborations.locator('tbody tr').count();

    await page.getByLabel('Choose files to import').setInputFiles([
      {
        name: 'aktorer.csv',
        mimeType: 'text/csv',
        buffer: csv(['Navn;Type', 'Nordby sjakklubb;', 'Fjordby bokkafé;']),
      },
      {
        name: 'samarbeid.csv',
        mimeType: 'text/csv',
        buffer: csv([
          'Fra;Til;Styrke',
          'Kulturskolen i Eksempel kommune;Nordby sjakklubb;sterk',
          'Kulturskolen;Fjordby bokkafé;2',
          'Bibliotek;Fjordby bokkafé;1',
        ]),
      },
    ]);
    const preview = page.getByRole('dialog', { name: 'Import preview' });
    await preview.waitFor();
    // Links to actors only the map has: the dialog starts with the merge.
    expect(await preview.getByRole('radio', { name: /^Merge into this map/ }).isChecked()).toBe(
      true,
    );
    const found = preview.getByText(/link ends were found among the map’s actors/);
    await found.waitFor();
    expect(await found.textContent()).toBe(
      '3 link ends were found among the map’s actors: Kulturskolen i Eksempel kommune, Kulturskolen, Bibliotek',
    );
    expect(await preview.getByRole('alert').count()).toBe(0);

    await preview.getByRole('button', { name: 'Merge' }).click();
    await preview.waitFor({ state: 'detached' });
    await expect.poll(() => collaborations.locator('tbody tr').count()).toBe(before + 3);
    const added = [
      'Kulturskolen i Eksempel kommune — Nordby sjakklubb',
      'Kulturskolen i Eksempel kommune — Fjordby bokkafé',
      'Biblioteket — Fjordby bokkafé',
    ];
    await expect
      .poll(() => storedLinks(page), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(added));
    // The new actors are drawn on the map, and no actor "Kulturskolen" was made.
    const drawn = () => page.evaluate(() => window.samspill?.labels().map((l) => l.name) ?? []);
    await expect
      .poll(drawn)
      .toEqual(expect.arrayContaining(['Nordby sjakklubb', 'Fjordby bokkafé', 'Biblioteket']));
    expect(await drawn()).not.toContain('Kulturskolen');
  });
});
