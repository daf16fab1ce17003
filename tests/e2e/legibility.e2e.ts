/**
 * Legibility (issue #11, docs/legibility.md) in Chromium: exported slides measured from the SVG,
 * the workshop's projector view, and "Fit to screen" on a laptop.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import { openApp, type Session } from './browser';
import { measureSvgLegibility } from './svgLegibility';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const canvas = (page: Page) => page.getByRole('application', { name: 'Network map' });

/** Exports the open map as SVG with the dialog's defaults (16:9, whole map, title, legend). */
async function exportSvg(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'Vector image (SVG)' }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}

/** Waits until the map is at rest (layout settled, frame applied, no animation), twice in a row. */
async function steady(page: Page): Promise<void> {
  let quiet = 0;
  for (let i = 0; i < 100 && quiet < 2; i++) {
    await page.waitForTimeout(150);
    quiet = (await page.evaluate(() => window.samspill?.idle() ?? false)) ? quiet + 1 : 0;
  }
  if (quiet < 2) throw new Error('the map does not come to rest');
}

/** Every actor inside the canvas, every label drawn at ≥ `px` and none overlapping. */
async function wholeMapReadable(page: Page, px: number, actors: readonly string[]) {
  await steady(page);
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('no canvas');
  for (const name of actors) {
    const p = await page.evaluate((n) => window.samspill?.renderedPosition(n) ?? null, name);
    expect(p, name).not.toBeNull();
    expect(p?.x, name).toBeGreaterThan(0);
    expect(p?.x, name).toBeLessThan(box.width);
    expect(p?.y, name).toBeGreaterThan(0);
    expect(p?.y, name).toBeLessThan(box.height);
  }
  const labels = await page.evaluate(() => window.samspill?.labels() ?? []);
  expect(labels.map((l) => l.name).sort()).toEqual([...actors].sort());
  for (const l of labels) {
    expect(l.visible, l.name).toBe(true);
    expect(l.fontPx, l.name).toBeGreaterThanOrEqual(px);
  }
  expect(await page.evaluate(() => window.samspill?.labelOverlaps())).toBe(0);
}

const DEMO_NAMES = demo.actors.map((a) => a.name);

describe('exported slides, measured from the SVG at 1920 px wide', () => {
  it('the demo map: every actor labelled at ≥ 24 px, nothing overlapping, filling the map area', async () => {
    session = await openApp('/?lang=en', { width: 1440, height: 900 });
    const svg = await exportSvg(session.page);
    const m = await session.page.evaluate(measureSvgLegibility, svg);
    expect(m.nodes).toBe(DEMO_NAMES.length);
    expect(m.labelled).toBe(DEMO_NAMES.length);
    expect(m.minLabelPx).toBeGreaterThanOrEqual(24);
    expect(m.labelLabel).toBe(0);
    expect(m.labelNode).toBe(0);
    expect(m.outside).toBe(0);
    expect(m.fill).toBeGreaterThanOrEqual(0.85);
  });

  it('an imported GraphML map of 80 actors and 250 links: labels ≥ 20 px, nothing overlapping', async () => {
    session = await openApp('/?lang=en', { width: 1440, height: 900 });
    const { page } = session;
    const file = readFileSync(new URL('../fixtures/io/kommune80.graphml', import.meta.url));
    await page
      .getByLabel('Choose files to import')
      .setInputFiles({ name: 'kommune80.graphml', mimeType: 'application/xml', buffer: file });
    const preview = page.getByRole('dialog', { name: 'Import preview' });
    await preview.getByRole('button', { name: 'Create the map' }).click();
    await preview.waitFor({ state: 'detached', timeout: 30_000 });
    await page.waitForFunction(
      () => document.querySelector('[data-actor-count]')?.getAttribute('data-actor-count') === '80',
    );
    await canvas(page).and(page.locator('[data-ready="true"]')).waitFor({ timeout: 30_000 });
    const m = await page.evaluate(measureSvgLegibility, await exportSvg(page));
    expect(m.nodes).toBe(80);
    expect(m.minLabelPx).toBeGreaterThanOrEqual(20);
    expect(m.labelLabel).toBe(0);
    expect(m.labelNode).toBe(0);
    expect(m.outside).toBe(0);
    expect(m.fill).toBeGreaterThanOrEqual(0.85);
    // Names go by importance when a slide cannot hold them all; this one holds nearly all.
    expect(m.labelled).toBeGreaterThanOrEqual(72);
  });
});

describe.each([
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
])('the workshop at $width×$height', (viewport) => {
  it('"Show the whole map" shows every actor with labels of at least 18 px, none overlapping', async () => {
    session = await openApp('/?lang=en', viewport);
    const { page } = session;
    await page.getByRole('button', { name: 'Start workshop' }).click();
    await page.getByRole('button', { name: 'Show the whole map' }).click();
    await wholeMapReadable(page, 18, DEMO_NAMES);
  });

  it('three actors typed one after another each appear inside the view within 1.5 s', async () => {
    session = await openApp('/?lang=en', viewport);
    const { page } = session;
    await page.getByRole('button', { name: 'Start workshop' }).click();
    const box = page.getByRole('textbox', { name: 'Add actor' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    const area = await canvas(page).boundingBox();
    if (!area) throw new Error('no canvas');
    for (const name of [
      'Fjellheim bo- og behandlingssenter',
      'Nordby menighet -- Biblioteket',
      'Kystlaget Brattøra',
    ]) {
      const actor = name.split(' -- ')[0] ?? name;
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
      await expect
        .poll(
          async () => {
            const p = await page.evaluate(
              (n) => window.samspill?.renderedPosition(n) ?? null,
              actor,
            );
            const label = await page.evaluate(
              (n) => window.samspill?.labels().find((l) => l.name === n) ?? null,
              actor,
            );
            return (
              p !== null &&
              p.x > 0 &&
              p.y > 0 &&
              p.x < area.width &&
              p.y < area.height &&
              label?.visible === true
            );
          },
          { timeout: 1500, interval: 100 },
        )
        .toBe(true);
      // Nothing else fades: the new actor is ringed, not selected.
      expect(await page.evaluate(() => window.samspill?.faded())).toBe(0);
    }
  });
});

describe('a laptop at 1366×768', () => {
  it('"Fit to screen" shows every actor of the demo map with labels of at least 11 px', async () => {
    session = await openApp('/?lang=en', { width: 1366, height: 768 });
    const { page } = session;
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await wholeMapReadable(page, 11, DEMO_NAMES);
  });
});

/** A map of `n` actors from a CSV, each linked to the culture school and to the one before. */
async function bigMap(page: Page, n: number) {
  const actors = ['Label;Sector', 'Kulturskolen i Storby;'];
  const links = ['From;To'];
  for (let i = 1; i < n; i++) {
    actors.push(`Storby samarbeidspartner nummer ${i};Frivillighet og fritid`);
    links.push(`Kulturskolen i Storby;Storby samarbeidspartner nummer ${i}`);
    if (i > 1)
      links.push(`Storby samarbeidspartner nummer ${i - 1};Storby samarbeidspartner nummer ${i}`);
  }
  const csv = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8');
  await page.getByLabel('Choose files to import').setInputFiles([
    { name: 'aktorer.csv', mimeType: 'text/csv', buffer: csv(actors) },
    { name: 'samarbeid.csv', mimeType: 'text/csv', buffer: csv(links) },
  ]);
  const preview = page.getByRole('dialog', { name: 'Import preview' });
  await preview.getByRole('button', { name: 'Create the map' }).click();
  await preview.waitFor({ state: 'detached', timeout: 30_000 });
  await page.waitForFunction(
    (count) =>
      document.querySelector('[data-actor-count]')?.getAttribute('data-actor-count') === count,
    String(n),
  );
  await steady(page);
}

const hiddenCount = async (page: Page) => {
  const note =
    (await page
      .getByText(/names? hidden for room/)
      .first()
      .textContent()) ?? '';
  return Number(/\d+/.exec(note)?.[0] ?? Number.NaN);
};

describe('a map too big for its frame', () => {
  it('hides names by importance, says how many, and brings them back as you zoom in', async () => {
    session = await openApp('/?lang=en', { width: 1280, height: 720 });
    const { page } = session;
    await bigMap(page, 200);
    const before = await hiddenCount(page);
    expect(before).toBeGreaterThan(0);
    // The culture school, the most connected actor, keeps its name.
    const labels = await page.evaluate(() => window.samspill?.labels() ?? []);
    expect(labels.find((l) => l.name === 'Kulturskolen i Storby')?.visible).toBe(true);
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => hiddenCount(page), { timeout: 5000 }).toBeLessThan(before);
    await steady(page);
    expect(await page.evaluate(() => window.samspill?.labelOverlaps())).toBe(0);
  });

  it("lists the names a slide had no room for in the slide's speaker notes", async () => {
    session = await openApp('/?lang=en', { width: 1280, height: 720 });
    const { page } = session;
    await bigMap(page, 200);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: 'PowerPoint (.pptx)' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      dialog.getByRole('button', { name: 'Download' }).click(),
    ]);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const notes = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))
        .map((f) => zip.file(f)?.async('string') ?? ''),
    );
    const text = notes.join('\n');
    const listed = /Not written on the slide for lack of room \((\d+)\): ([^<]*)/.exec(text);
    expect(listed).not.toBeNull();
    const count = Number(listed?.[1]);
    expect(count).toBeGreaterThan(0);
    // Every name it counts is in the list, in full.
    expect((listed?.[2] ?? '').split(', ')).toHaveLength(count);
    expect(listed?.[2]).toMatch(/Storby samarbeidspartner nummer \d+/);
  });
});
