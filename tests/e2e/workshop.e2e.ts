import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type Session } from './browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const ACTORS = ['Workshop Alpha', 'Workshop Beta', 'Workshop Gamma'];
const LINKS = ['Workshop Alpha -- Workshop Beta', 'Workshop Gamma -- Biblioteket'];

describe('workshop mode', () => {
  it('start, add 3 actors and 2 collaborations, end: the summary lists exactly those 5', async () => {
    session = await openApp('/?lang=en', { width: 1920, height: 1080 });
    const { page } = session;
    await page.getByRole('button', { name: 'Start workshop' }).click();
    await page.getByRole('region', { name: 'Workshop', exact: true }).waitFor();
    const box = page.getByRole('textbox', { name: 'Add actor' });
    const boxFocused = () => box.evaluate((el) => el === document.activeElement);
    await expect.poll(boxFocused).toBe(true);
    for (const entry of [...ACTORS, ...LINKS]) {
      await page.keyboard.type(entry);
      await page.keyboard.press('Enter');
      await expect.poll(() => box.inputValue()).toBe('');
      // The box keeps the focus after every entry: the next name can be typed at once.
      await expect.poll(boxFocused).toBe(true);
    }
    const chips = page.getByRole('region', { name: 'Recently added' }).getByRole('button');
    await expect.poll(() => chips.allTextContents()).toEqual([...ACTORS].reverse());

    // Projector view: labels at least 18 px on screen (24 px font × zoom) and none overlapping.
    await expect
      .poll(() => page.evaluate(() => window.samspill?.labelOverlaps() ?? -1), { timeout: 15_000 })
      .toBe(0);
    const zoom = await page.evaluate(() => window.samspill?.zoom() ?? 0);
    expect(24 * zoom).toBeGreaterThanOrEqual(18);

    // "?" in the name box types a question mark (WCAG 2.1.4); F1 opens the help everywhere.
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Workshop keyboard shortcuts' });
    await help.waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'End workshop' }).click();
    const summary = page.getByRole('dialog', { name: 'What we added today' });
    await summary.waitFor();
    const groups = summary.getByRole('region', { name: 'Changes since the version' });
    const headings = await groups.getByRole('heading').allTextContents();
    expect(headings).toEqual(['Actors added (3)', 'Collaborations added (2)']);
    const items = await groups.getByRole('listitem').allTextContents();
    expect(items.sort()).toEqual(
      [...ACTORS, 'Workshop Alpha – Workshop Beta', 'Workshop Gamma – Biblioteket'].sort(),
    );
    const text = (await summary.textContent()) ?? '';
    // The demo map by the version-2 definitions: 36 of 81 points = 44 % (docs/gap-analysis.md §10).
    expect(text).toMatch(/Coverage before\s*44 %/);
    expect(text).toMatch(/Coverage now\s*\d+ %/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      summary.getByRole('button', { name: 'Download as image (PNG)' }).click(),
    ]);
    const png = readFileSync(await download.path());
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);

    const [deck] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      summary.getByRole('button', { name: 'Download the deck with the summary' }).click(),
    ]);
    const zip = await JSZip.loadAsync(readFileSync(await deck.path()));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    // Cover, the demo's three views, gaps, what to do now, suggestions, and the workshop summary
    // last (no change over time: the only version is today's).
    expect(slides).toHaveLength(8);
    const last = (await zip.file('ppt/slides/slide8.xml')?.async('string')) ?? '';
    expect(last).toContain('summary');
    expect(last).toContain('Workshop Alpha');

    await summary.getByRole('button', { name: 'End and go back' }).click();
    await page
      .getByRole('region', { name: 'Workshop', exact: true })
      .waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: 'Start workshop' }).isVisible()).toBe(true);
  });
});
