import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import { openApp, type Session, waitForMap } from './browser';

/**
 * Issue 14: nynorsk is a third language of the app. APP_NN_SHOT keeps a 1920×1080 screenshot of
 * the app in nynorsk, to look at.
 */
let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Bokmål-only words that would betray an untranslated text in the app's own words. */
const BOKMAAL =
  /(?<!\p{L})(ikke|hva|hvordan|mangler|aktører|kulturskolen|sikkerhetskopi|nettleseren|navn)(?!\p{L})/giu;

/** Every text in a stored map. */
function dataStrings(value: unknown): string[] {
  if (typeof value === 'string') return value.length > 2 ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(dataStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(dataStrings);
  return [];
}

describe('the app in nynorsk', () => {
  it('?lang=nn shows the app in nynorsk, with the gap analysis', async () => {
    session = await openApp('/?lang=nn', { width: 1920, height: 1080 });
    const { page } = session;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nn');
    const control = page.getByRole('combobox', { name: 'Språk' });
    expect(await control.inputValue()).toBe('nn');
    expect(await control.locator('option:checked').textContent()).toBe('Norsk nynorsk');
    await page.getByRole('textbox', { name: 'Legg til aktør' }).waitFor();
    await page.getByRole('tab', { name: 'Gapanalyse' }).click();
    await page.getByRole('heading', { name: 'Det som manglar eller er svakt' }).waitFor();
    await page.getByText('Dekning', { exact: true }).first().waitFor();
    // Chromium's Intl knows no nynorsk dates: they must still read dd.mm.yyyy, as in bokmål.
    const panel = () => page.locator('.side-panel').textContent();
    await expect.poll(panel, { timeout: 15_000 }).toMatch(/Neste steg \d{2}\.\d{2}\.\d{4}:/);
    expect(await panel()).not.toMatch(/\d{2}\/\d{2}\/\d{4}/);
    // The demo map's names and notes are data, written in bokmål: only the app's words must be
    // nynorsk. Longest first, so a name is not left half cut by a shorter one inside it.
    let text = (await page.locator('body').textContent()) ?? '';
    for (const data of dataStrings(demo).sort((x, y) => y.length - x.length))
      text = text.split(data).join(' ');
    const leaks = [...text.matchAll(BOKMAAL)].map((m) =>
      text.slice(Math.max(0, m.index - 30), m.index + 30),
    );
    expect(leaks).toEqual([]);
    const shot = process.env.APP_NN_SHOT;
    if (shot) {
      mkdirSync(dirname(shot), { recursive: true });
      await page.screenshot({ path: shot });
    }
  });

  it('the language control switches to nynorsk, and the choice is kept', async () => {
    session = await openApp('/');
    const { page } = session;
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('nn');
    await page.getByRole('tab', { name: 'Detaljar' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nn');
    await page.waitForTimeout(500);
    await page.reload();
    await waitForMap(page);
    await page.getByRole('tab', { name: 'Detaljar' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nn');
  });
});
