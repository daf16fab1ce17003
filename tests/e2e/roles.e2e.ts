/**
 * Template version 2 in the details panel: the demo's county carries the DKS role, a leader ticks
 * an age group and types a next step, and all of it is still there after a reload (IndexedDB).
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type Session, waitForMap } from './browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** The row of an IndexedDB store whose `field` has `value` (the demo gets fresh ids). */
const stored = (page: Page, store: string, field: string, value: string) =>
  page.evaluate(
    ([s, f, v]) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open('samspill');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(s).objectStore(s).getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve((all.result as Record<string, unknown>[]).find((r) => r[f] === v));
          };
          all.onerror = () => reject(all.error);
        };
      }),
    [store, field, value] as const,
  );

async function openActor(s: Session, name: string) {
  await s.page.getByLabel('Search for an actor').fill(name);
  await s.page.getByLabel('Search for an actor').press('Enter');
  await s.page.getByRole('textbox', { name: 'Name', exact: true }).waitFor();
}

describe('age groups, extra roles and next steps in Chromium', () => {
  it('edits them in the details panel and keeps them after a reload', async () => {
    session = await openApp();
    const { page } = session;
    await openActor(session, 'Fjordland fylkeskommune');
    const roles = page.getByRole('group', { name: 'Extra roles' });
    const removeDks = roles.getByRole('button', {
      name: 'Remove the role School culture programme (DKS)',
    });
    await removeDks.waitFor();
    const ages = page.getByRole('group', { name: 'Age groups' });
    await ages.getByRole('checkbox', { name: 'Young people' }).check();
    await roles.getByLabel('New role').selectOption('regional-funds');
    await roles.getByRole('button', { name: 'Add role' }).click();
    await roles
      .getByRole('button', { name: 'Remove the role Regional development funds' })
      .waitFor();

    await openActor(session, 'Sparebankstiftelsen Eksempel');
    await page.getByRole('button', { name: /Ny søknad om instrumentfond/ }).click();
    const step = page.getByRole('textbox', { name: 'Next step', exact: true });
    expect(await step.inputValue()).toBe('Sende søknad om nytt instrumentfond');
    await step.fill('Sende søknaden innen fristen');
    await step.press('Enter');

    // Saving is debounced: wait until IndexedDB holds the edits, then reload.
    await expect
      .poll(
        async () =>
          (await stored(page, 'collaborations', 'label', 'Ny søknad om instrumentfond'))?.nextStep,
      )
      .toBe('Sende søknaden innen fristen');
    expect(await stored(page, 'actors', 'name', 'Fjordland fylkeskommune')).toMatchObject({
      ageGroups: ['youth'],
      extraTypeIds: ['dks', 'regional-funds'],
    });
    await page.reload();
    await waitForMap(page);
    await openActor(session, 'Fjordland fylkeskommune');
    const again = page.getByRole('group', { name: 'Age groups' });
    expect(await again.getByRole('checkbox', { name: 'Young people' }).isChecked()).toBe(true);
    const rolesAgain = page.getByRole('group', { name: 'Extra roles' });
    for (const type of ['School culture programme (DKS)', 'Regional development funds']) {
      await rolesAgain.getByRole('button', { name: `Remove the role ${type}` }).waitFor();
    }
    await openActor(session, 'Sparebankstiftelsen Eksempel');
    await page.getByRole('button', { name: /Ny søknad om instrumentfond/ }).click();
    expect(await page.getByRole('textbox', { name: 'Next step', exact: true }).inputValue()).toBe(
      'Sende søknaden innen fristen',
    );
  });
});
