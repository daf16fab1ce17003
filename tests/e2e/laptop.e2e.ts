/**
 * Laptop screens and the projector: 1366×768, 1280×720 and a 1920×1080 screen at 150 % zoom
 * (a 1280×720 viewport at 1.5 device pixels per CSS pixel), in bokmål and English, in the normal
 * view and in a workshop. No control in the top bar covers another, the page never scrolls
 * sideways, a long name never grows the hint under the name box, and no toast or backup reminder
 * shows at the projector. At 1920×1080 the top bar is one row with the whole map name.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type Session, waitForMap } from './browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const SIZES = [
  { name: '1366×768', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 },
  { name: '1280×720', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 },
  { name: '1920×1080 at 150 %', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1.5 },
];

const LANGS = [
  {
    lang: 'nb',
    path: '/',
    box: 'Legg til aktør',
    start: 'Start verksted',
    workshop: 'Verksted',
    changeType: 'Endre type for',
    reminder: 'Påminnelse om sikkerhetskopi',
    maps: 'Kart',
  },
  {
    lang: 'en',
    path: '/?lang=en',
    box: 'Add actor',
    start: 'Start workshop',
    workshop: 'Workshop',
    changeType: 'Change type of',
    reminder: 'Backup reminder',
    maps: 'Maps',
  },
] as const;

type Lang = (typeof LANGS)[number];

/** 300 characters of words, as someone might paste a whole sentence into the name box. */
const longName = (tag: string) => {
  const text = `${tag} ${'Samarbeidsforum for kulturliv og frivillighet i distriktet '.repeat(6)}`;
  return `${text.slice(0, 299)}x`;
};

/** The selectors of the parts at the top of the screen: the top bar and the workshop's bars. */
const TOP = ['header.topbar', '.ws-bar', '.ws-recent'];

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Every visible interactive control under the given roots, as the part of it that can be seen
 * (clipped by scrolling ancestors). Only leaf controls count: an input inside a label, or a
 * control inside another control, is one control.
 */
function visibleControls(page: Page, roots: readonly string[]): Promise<Box[]> {
  return page.evaluate((selectors) => {
    const CONTROL =
      'button, input:not([type="hidden"]), select, textarea, a[href], output, [role="tab"]';
    const visibleRect = (el: Element) => {
      const r = el.getBoundingClientRect();
      let left = r.left;
      let top = r.top;
      let right = r.right;
      let bottom = r.bottom;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') return null;
      for (let a = el.parentElement; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
          const c = a.getBoundingClientRect();
          left = Math.max(left, c.left);
          top = Math.max(top, c.top);
          right = Math.min(right, c.right);
          bottom = Math.min(bottom, c.bottom);
        }
      }
      // Visually hidden text (1 px boxes) and controls scrolled out of view are not shown.
      if (right - left <= 1 || bottom - top <= 1) return null;
      return { x: left, y: top, width: right - left, height: bottom - top };
    };
    const seen = new Set<Element>();
    const all: { el: Element; box: { x: number; y: number; width: number; height: number } }[] = [];
    for (const root of selectors.flatMap((s) => [...document.querySelectorAll(s)])) {
      for (const el of root.querySelectorAll(CONTROL)) {
        if (seen.has(el)) continue;
        seen.add(el);
        const box = visibleRect(el);
        if (box) all.push({ el, box });
      }
    }
    return all
      .filter(({ el }) => !all.some((o) => o.el !== el && el.contains(o.el)))
      .map(({ el, box }) => ({
        name: (
          el.getAttribute('aria-label') ||
          el.textContent?.trim() ||
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`
        ).slice(0, 40),
        ...box,
      }));
  }, roots);
}

/** Pairs of boxes that cover each other by more than 1 px in both directions. */
function overlaps(boxes: Box[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as Box;
      const b = boxes[j] as Box;
      const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (dx > 1 && dy > 1) found.push(`“${a.name}” × “${b.name}”`);
    }
  }
  return found;
}

async function expectNoOverlaps(page: Page, roots: readonly string[], what: string) {
  const boxes = await visibleControls(page, roots);
  expect(boxes.length, `${what}: controls found`).toBeGreaterThan(3);
  expect.soft(overlaps(boxes), `${what}: overlapping controls`).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page, what: string) {
  const widths = await page.evaluate(() => ({
    html: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
    body: [document.body.scrollWidth, document.body.clientWidth],
  }));
  expect
    .soft(widths.html[0], `${what}: page scroll width`)
    .toBeLessThanOrEqual(widths.html[1] ?? 0);
  expect
    .soft(widths.body[0], `${what}: body scroll width`)
    .toBeLessThanOrEqual(widths.body[1] ?? 0);
}

const canvasTop = async (page: Page) => {
  const box = await page
    .getByRole('application', { name: /Network map|Nettverkskart/ })
    .boundingBox();
  if (!box) throw new Error('the map is not visible');
  return box.y;
};

/** The element's height, and the height of one line of text in its font. */
function lineHeights(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const probe = document.createElement('span');
    probe.style.font = getComputedStyle(el).font;
    probe.style.display = 'block';
    probe.style.position = 'absolute';
    probe.style.visibility = 'hidden';
    probe.style.whiteSpace = 'nowrap';
    probe.textContent = 'Xg';
    document.body.append(probe);
    const line = probe.getBoundingClientRect().height;
    probe.remove();
    return { height: el.getBoundingClientRect().height, line, text: el.textContent ?? '' };
  });
}

async function expectOneLine(page: Page, selector: string, what: string) {
  const { height, line } = await lineHeights(page, selector);
  expect
    .soft(Math.abs(height - line), `${what}: ${height} px high, one line is ${line} px`)
    .toBeLessThanOrEqual(2);
}

/** Types a 300-character name and checks the type hint under the box stays one line. */
async function addLongName(page: Page, l: Lang, tag: string, what: string) {
  const top = await canvasTop(page);
  const name = longName(tag);
  expect(name).toHaveLength(300);
  const box = page.getByRole('textbox', { name: l.box });
  await box.fill(name);
  await box.press('Enter');
  await expect.poll(() => box.inputValue()).toBe('');
  // The picker keeps its whole accessible name, however much of it can be seen.
  const picker = page.getByRole('combobox', { name: `${l.changeType} ${name}`, exact: true });
  await picker.waitFor();
  await expectOneLine(page, '.type-guess label', `${what}: the type hint`);
  expect.soft(await canvasTop(page), `${what}: the map's top edge`).toBe(top);
}

/** Waits until the first edit is on record, so a reload brings up the backup reminder. */
async function editNoted(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<string | null>((resolve) => {
              const open = indexedDB.open('samspill');
              open.onerror = () => resolve(null);
              open.onsuccess = () => {
                const db = open.result;
                const get = db.transaction('settings').objectStore('settings').get('lastEditAt');
                get.onsuccess = () => {
                  resolve((get.result as { value?: string } | undefined)?.value ?? null);
                  db.close();
                };
                get.onerror = () => {
                  resolve(null);
                  db.close();
                };
              };
            }),
        ),
      { timeout: 10_000 },
    )
    .not.toBeNull();
}

/** The backup reminder is up and covers no control anywhere on the page. */
async function expectReminderCoversNothing(page: Page, l: Lang, what: string) {
  const reminder = page.getByRole('region', { name: l.reminder });
  await reminder.waitFor();
  const box = await reminder.boundingBox();
  if (!box) throw new Error('the reminder has no box');
  const controls = await page.evaluate(() => {
    const CONTROL =
      'button, input:not([type="hidden"]), select, textarea, a[href], output, [role="tab"], [role="application"]';
    const reminder = document.querySelector('.backup-reminder');
    return [...document.querySelectorAll(CONTROL)]
      .filter((el) => !reminder?.contains(el))
      .map((el) => {
        let { left, top, right, bottom } = el.getBoundingClientRect();
        if (getComputedStyle(el).visibility === 'hidden') return null;
        for (let a = el.parentElement; a; a = a.parentElement) {
          const s = getComputedStyle(a);
          if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
            const c = a.getBoundingClientRect();
            left = Math.max(left, c.left);
            top = Math.max(top, c.top);
            right = Math.min(right, c.right);
            bottom = Math.min(bottom, c.bottom);
          }
        }
        if (right - left <= 1 || bottom - top <= 1) return null;
        const name = el.getAttribute('aria-label') || el.textContent?.trim() || el.tagName;
        return {
          name: name.slice(0, 40),
          x: left,
          y: top,
          width: right - left,
          height: bottom - top,
        };
      })
      .filter((b) => b !== null);
  });
  const covered = overlaps([{ name: 'backup reminder', ...box }, ...controls]).filter((o) =>
    o.startsWith('“backup reminder”'),
  );
  expect.soft(covered, `${what}: controls under the backup reminder`).toEqual([]);
}

describe('laptop screens and the projector', () => {
  for (const size of SIZES) {
    for (const l of LANGS) {
      it(`${size.name}, ${l.lang}: the top bar, the name box and the workshop fit`, async () => {
        session = await openApp(l.path, size.viewport, {
          deviceScaleFactor: size.deviceScaleFactor,
        });
        const { page } = session;
        const at = `${size.name} ${l.lang}`;

        // Normal view.
        await expectNoOverlaps(page, ['header.topbar'], `${at} top bar`);
        await expectNoSidewaysScroll(page, `${at} normal view`);
        await expectOneLine(page, '.quick-add-hint', `${at}: the hint under the name box`);
        await addLongName(page, l, 'Normal', `${at} normal view`);
        await expectNoOverlaps(page, ['header.topbar'], `${at} top bar after a long name`);
        await expectNoSidewaysScroll(page, `${at} after a long name`);

        // The first edit is noted: after a reload the backup reminder comes up.
        await editNoted(page);
        await page.reload();
        await waitForMap(page);
        await expectReminderCoversNothing(page, l, at);

        // Workshop: neither the reminder nor the "workshop started" toast may show.
        await page.getByRole('button', { name: l.start }).click();
        await page.getByRole('region', { name: l.workshop, exact: true }).waitFor();
        await page.waitForTimeout(300);
        const noPopUps = async (when: string) => {
          expect
            .soft(
              await page.locator('.toast').filter({ visible: true }).count(),
              `${at} ${when}: toasts`,
            )
            .toBe(0);
          expect
            .soft(
              await page
                .getByRole('region', { name: l.reminder })
                .filter({ visible: true })
                .count(),
              `${at} ${when}: backup reminder`,
            )
            .toBe(0);
        };
        await noPopUps('workshop');
        await expectNoOverlaps(page, TOP, `${at} workshop`);
        await expectNoSidewaysScroll(page, `${at} workshop`);
        await addLongName(page, l, 'Workshop', `${at} workshop`);
        await noPopUps('workshop after a name');
        await expectNoOverlaps(page, TOP, `${at} workshop after a long name`);
        await expectNoSidewaysScroll(page, `${at} workshop after a long name`);
      });
    }
  }

  for (const l of LANGS) {
    it(`1920×1080 and 1440×900, ${l.lang}: the top bar is one row with the whole map name`, async () => {
      session = await openApp(l.path, { width: 1920, height: 1080 });
      const { page } = session;
      for (const viewport of [
        { width: 1920, height: 1080 },
        { width: 1440, height: 900 },
      ]) {
        await page.setViewportSize(viewport);
        await page.waitForTimeout(200);
        const at = `${viewport.width} ${l.lang}`;
        const boxes = await visibleControls(page, ['header.topbar']);
        const centres = boxes.map((b) => b.y + b.height / 2);
        const spread = Math.max(...centres) - Math.min(...centres);
        expect
          .soft(spread, `${at}: vertical centres ${JSON.stringify(boxes)}`)
          .toBeLessThanOrEqual(4);
        expect.soft(overlaps(boxes), `${at}: overlapping controls`).toEqual([]);
        await expectNoSidewaysScroll(page, at);
      }
      await page.setViewportSize({ width: 1920, height: 1080 });
      const name = page.getByRole('button', { name: l.maps, exact: true }).locator('.maps-current');
      const fits = await name.evaluate((el) => ({
        text: el.textContent,
        scroll: el.scrollWidth,
        client: el.clientWidth,
      }));
      expect(fits.text).toBe('Kulturskolen i Eksempel kommune');
      expect.soft(fits.scroll, 'the map name is cut off').toBeLessThanOrEqual(fits.client);

      // The backup reminder at the widest screen covers nothing either.
      await addLongName(page, l, 'Wide', `1920 ${l.lang}`);
      await editNoted(page);
      await page.reload();
      await waitForMap(page);
      await expectReminderCoversNothing(page, l, `1920 ${l.lang}`);
    });
  }
});
