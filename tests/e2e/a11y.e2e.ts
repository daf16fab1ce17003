/**
 * WCAG 2.2 AA by axe-core (issue 15): every state the issue lists and a few more, in bokmål and
 * English, with no violation. One browser profile per language walks from state to state.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from './axe';
import { openApp, type Session, waitForMap } from './browser';

/** Every control and heading the walk uses, in both languages. */
const WORDS = {
  en: {
    lists: 'Lists',
    collaborations: 'Collaborations',
    map: 'Map',
    gaps: 'Gap analysis',
    planGoal: /^Tie .* to a plan goal$/,
    planGoalTitle: /^Plan goal for /,
    storage: 'Storage',
    storageTitle: 'Storage in this browser',
    details: 'Details',
    views: 'Views',
    versions: 'Versions',
    compare: /^Compare .* with now$/,
    stopCompare: 'Stop comparing',
    search: 'Search for an actor',
    exportButton: 'Export',
    exportTitle: 'Export',
    maps: /^Maps/,
    share: 'Share',
    shareTitle: 'Share map',
    importButton: 'Import',
    preview: 'Import preview',
    counts: 'What the import does',
    cancel: 'Cancel',
    present: 'Present',
    presentation: 'Presentation',
    startWorkshop: 'Start workshop',
    workshop: 'Workshop',
    addActor: 'Add actor',
    endWorkshop: 'End workshop',
    summary: 'What we added today',
    endAndBack: 'End and go back',
    actorName: 'Name',
  },
  nb: {
    lists: 'Lister',
    collaborations: 'Samarbeid',
    map: 'Kart',
    gaps: 'Gapanalyse',
    planGoal: /^Knytt .* til et planmål$/,
    planGoalTitle: /^Planmål for /,
    storage: 'Lagring',
    storageTitle: 'Lagring i denne nettleseren',
    details: 'Detaljer',
    views: 'Perspektiver',
    versions: 'Versjoner',
    compare: /^Sammenlign .* med nå$/,
    stopCompare: 'Avslutt sammenligning',
    search: 'Søk etter aktør',
    exportButton: 'Eksporter',
    exportTitle: 'Eksporter',
    maps: /^Kart/,
    share: 'Del',
    shareTitle: 'Del kartet',
    importButton: 'Importer',
    preview: 'Forhåndsvisning av import',
    counts: 'Dette skjer ved import',
    cancel: 'Avbryt',
    present: 'Presenter',
    presentation: 'Presentasjon',
    startWorkshop: 'Start verksted',
    workshop: 'Verksted',
    addActor: 'Legg til aktør',
    endWorkshop: 'Avslutt verksted',
    summary: 'Dette la vi til i dag',
    endAndBack: 'Avslutt og gå tilbake',
    actorName: 'Navn',
  },
} as const;

/**
 * What axe finds in a nameless button and grey-on-white text put into `where` (the page, or an
 * open modal dialog): shows that a state's empty list means something.
 */
async function probe(page: Page, where: 'body' | 'dialog:modal'): Promise<string[]> {
  await page.evaluate((selector) => {
    const box = document.createElement('div');
    box.id = 'axe-probe';
    // On top of the page, so axe can tell its background for certain; inside a dialog, in its flow.
    if (selector === 'body') {
      box.style.cssText = 'position:fixed;inset:auto auto 0 0;z-index:2147483647;background:#fff';
    }
    const text = document.createElement('p');
    text.textContent = 'Probe text';
    // Through the CSSOM: the policy refuses style="" attributes.
    text.style.color = '#bbb';
    box.append(document.createElement('button'), text);
    document.querySelector(selector)?.append(box);
  }, where);
  const found = (await audit(page)).filter((line) => line.includes('#axe-probe'));
  await page.evaluate(() => document.getElementById('axe-probe')?.remove());
  return found.map((line) => line.split(' ')[0] ?? '').sort();
}

for (const lang of ['nb', 'en'] as const) {
  const w = WORDS[lang];
  describe(`axe-core, WCAG 2.2 AA, ?lang=${lang}`, () => {
    let session: Session;
    let page: Page;
    const tab = (name: string) => page.getByRole('tab', { name, exact: true });

    beforeAll(async () => {
      session = await openApp(`/?lang=${lang}`);
      page = session.page;
    });
    afterAll(async () => {
      await session?.close();
    });

    it('the map', async () => {
      await waitForMap(page);
      expect(await audit(page)).toEqual([]);
    });

    it('would see a violation: a nameless button and grey-on-white text are reported', async () => {
      expect(await probe(page, 'body')).toEqual(['button-name', 'color-contrast']);
    });

    it('the side panel: gap analysis', async () => {
      await tab(w.gaps).click();
      await page.locator('#side-panel-gaps h2, #side-panel-gaps h3').first().waitFor();
      expect(await audit(page)).toEqual([]);
    });

    it('the gap analysis: a plan goal dialog', async () => {
      await page.getByRole('button', { name: w.planGoal }).first().click();
      const dialog = page.getByRole('dialog', { name: w.planGoalTitle });
      await dialog.waitFor();
      expect(await audit(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    });

    it('the Storage popover', async () => {
      const button = page.getByRole('button', { name: w.storage, exact: true });
      await button.click();
      const popover = page.getByRole('region', { name: w.storageTitle });
      await popover.waitFor();
      expect(await audit(page)).toEqual([]);
      await button.click();
      await popover.waitFor({ state: 'detached' });
    });

    it('the side panel: details, nothing selected', async () => {
      await tab(w.details).click();
      await page.locator('#side-panel-details').waitFor();
      expect(await audit(page)).toEqual([]);
    });

    it('the side panel: views', async () => {
      await tab(w.views).click();
      await page.getByRole('button', { name: w.present, exact: true }).waitFor();
      expect(await audit(page)).toEqual([]);
    });

    it('the side panel: versions', async () => {
      await tab(w.versions).click();
      await page.locator('#side-panel-versions').waitFor();
      expect(await audit(page)).toEqual([]);
    });

    it("the side panel: versions, comparing the day's version with now", async () => {
      const panel = page.locator('#side-panel-versions');
      await panel.getByRole('button', { name: w.compare }).first().click();
      const stop = panel.getByRole('button', { name: w.stopCompare });
      await stop.waitFor();
      expect(await audit(page)).toEqual([]);
      await stop.click();
    });

    it('an actor selected (its details in the side panel)', async () => {
      const search = page.getByRole('combobox', { name: w.search });
      await search.fill('Biblioteket');
      await search.press('Enter');
      await expect.poll(() => tab(w.details).getAttribute('aria-selected')).toBe('true');
      await expect
        .poll(() =>
          page
            .locator('#side-panel-details')
            .getByRole('textbox', { name: w.actorName })
            .first()
            .inputValue(),
        )
        .toBe('Biblioteket');
      expect(await audit(page)).toEqual([]);
    });

    it('the Lists', async () => {
      await tab(w.lists).click();
      await page.getByRole('table').first().waitFor();
      expect(await audit(page)).toEqual([]);
    });

    it('a collaboration selected (its details in the side panel)', async () => {
      const table = page.getByRole('table', { name: w.collaborations, exact: true });
      await table.locator('tbody th button').first().click();
      await expect.poll(() => tab(w.details).getAttribute('aria-selected')).toBe('true');
      await page.locator('#side-panel-details .inspector-collaboration').waitFor();
      expect(await audit(page)).toEqual([]);
      await tab(w.map).click();
      await waitForMap(page);
    });

    it('the Export dialog', async () => {
      await page.getByRole('button', { name: w.exportButton, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: w.exportTitle });
      await dialog.waitFor();
      expect(await audit(page)).toEqual([]);
      // The dialog's own text is judged too, contrast included.
      expect(await probe(page, 'dialog:modal')).toEqual(['button-name', 'color-contrast']);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    });

    it('the Share dialog', async () => {
      await page.getByRole('button', { name: w.maps }).click();
      await page.getByRole('button', { name: w.share, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: w.shareTitle });
      await dialog.waitFor();
      expect(await audit(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    });

    it('the Import preview of a small CSV file', async () => {
      const csv = [
        'Label;Type;Sector',
        'Kulturskolen i Nordby;Kulturskole;',
        'Nordby skole;Skoler;',
        'Nordby skolekorps;;Frivillighet og fritid',
      ].join('\r\n');
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: w.importButton, exact: true }).click(),
      ]);
      await chooser.setFiles({
        name: 'nordby.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv),
      });
      const preview = page.getByRole('dialog', { name: w.preview });
      await preview.getByRole('table', { name: w.counts }).waitFor({ timeout: 30_000 });
      expect(await audit(page)).toEqual([]);
      await preview.getByRole('button', { name: w.cancel, exact: true }).click();
      await preview.waitFor({ state: 'detached' });
    });

    it('presentation mode', async () => {
      await tab(w.views).click();
      await page.getByRole('button', { name: w.present, exact: true }).click();
      const show = page.getByRole('region', { name: w.presentation });
      await show.waitFor();
      expect(await audit(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await show.waitFor({ state: 'detached' });
      await waitForMap(page);
    });

    it('workshop mode, with an actor added', async () => {
      await page.getByRole('button', { name: w.startWorkshop }).click();
      await page.getByRole('region', { name: w.workshop, exact: true }).waitFor();
      const box = page.getByRole('textbox', { name: w.addActor });
      await box.fill('Nordby husflidslag');
      await box.press('Enter');
      await expect.poll(() => box.inputValue()).toBe('');
      expect(await audit(page)).toEqual([]);
    });

    it("the workshop's summary", async () => {
      await page.getByRole('button', { name: w.endWorkshop }).click();
      const summary = page.getByRole('dialog', { name: w.summary });
      await summary.waitFor();
      expect(await audit(page)).toEqual([]);
      await summary.getByRole('button', { name: w.endAndBack }).click();
      await summary.waitFor({ state: 'detached' });
    });
  });
}
