import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import { openApp, quickAdd, type Session } from './browser';

const HOSTILE = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>'];
const TITLE = 'Kulturskolen i Eksempel kommune';

let session: Session;
let dialogs = 0;

beforeAll(async () => {
  session = await openApp();
  session.page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  for (const name of HOSTILE) await quickAdd(session.page, name);
  await session.page.waitForFunction(
    (n) => document.querySelector('[data-actor-count]')?.getAttribute('data-actor-count') === n,
    String(demo.actors.length + HOSTILE.length),
  );
});

afterAll(async () => {
  expect(dialogs).toBe(0);
  await session.close();
});

/** Opens "Export", lets `setup` choose options, downloads, and returns the file's bytes. */
async function exportFile(
  page: Page,
  setup: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await setup(dialog);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ]);
  const path = await download.path();
  return { bytes: readFileSync(path), name: download.suggestedFilename() };
}

const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

describe('export from the demo map', () => {
  it('writes PNGs of exactly the size asked for', async () => {
    const { page } = session;
    const hd = await exportFile(page, async () => {});
    expect(hd.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(hd.bytes)).toEqual({ width: 1920, height: 1080 });
    expect(hd.name).toMatch(/^kulturskolen-i-eksempel-kommune-\d{4}-\d{2}-\d{2}\.png$/);
    const uhd = await exportFile(page, async (d) => {
      await d.getByRole('combobox', { name: 'Resolution' }).selectOption('4');
    });
    expect(pngSize(uhd.bytes)).toEqual({ width: 3840, height: 2160 });
    const a4 = await exportFile(page, async (d) => {
      await d.getByRole('combobox', { name: 'Page' }).selectOption('a4');
      await d.getByRole('combobox', { name: 'Background' }).selectOption('transparent');
    });
    expect(pngSize(a4.bytes)).toEqual({ width: 1684, height: 1190 });
    // Colour type 6: RGBA, so the transparent background really is transparent.
    expect(a4.bytes[25]).toBe(6);
  });

  it('writes an SVG with every actor and the legend as text, and nothing that runs', async () => {
    const { page } = session;
    const { bytes } = await exportFile(page, async (d) => {
      await d.getByRole('radio', { name: 'Vector image (SVG)' }).check();
    });
    const text = bytes.toString('utf8');
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const all = [...doc.querySelectorAll('*')];
      return {
        error: doc.querySelector('parsererror') !== null,
        root: doc.documentElement.nodeName,
        texts: [...doc.querySelectorAll('text')].map((t) => {
          const spans = [...t.querySelectorAll('tspan')];
          return spans.length ? spans.map((s) => s.textContent).join(' ') : (t.textContent ?? '');
        }),
        scripts: doc.querySelectorAll('script, foreignObject, image').length,
        handlers: all
          .flatMap((e) => [...e.attributes].map((a) => a.name))
          .filter((n) => /^on/i.test(n)),
        hrefs: all.flatMap((e) =>
          [...e.attributes].filter((a) => /href$/i.test(a.name)).map((a) => a.value),
        ),
      };
    }, text);
    expect(parsed.error).toBe(false);
    expect(parsed.root).toBe('svg');
    for (const name of [...demo.actors.map((a) => a.name), ...HOSTILE]) {
      expect(parsed.texts, name).toContain(name);
    }
    for (const entry of ['Legend', 'Active', 'Politics & administration']) {
      expect(parsed.texts).toContain(entry);
    }
    expect(parsed.texts).toContain(TITLE);
    expect(parsed.scripts).toBe(0);
    expect(parsed.handlers).toEqual([]);
    expect(parsed.hrefs.filter((h) => !h.startsWith('#'))).toEqual([]);
    expect(text).not.toMatch(/javascript:/i);
    expect(text).not.toContain('<script');
    expect(text).toContain('&lt;img src=x');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('writes a PDF with the title and the hostile names as plain text', async () => {
    const { bytes } = await exportFile(session.page, async (d) => {
      await d.getByRole('radio', { name: 'PDF' }).check();
    });
    const raw = bytes.toString('latin1');
    expect(raw.startsWith('%PDF')).toBe(true);
    // The text shown, in drawing order: each `(…) Tj` string, with PDF escapes undone. A label
    // wrapped over two lines is two strings, so they are joined with a space like the lines.
    const shown = [...raw.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)]
      .map((m) => (m[1] ?? '').replace(/\\([()\\])/g, '$1'))
      .join(' ');
    expect(shown).toContain(TITLE);
    for (const name of HOSTILE) expect(shown).toContain(name);
    expect(raw).not.toMatch(/\/JavaScript|\/JS\b|\/Launch/);
  });

  it('"Copy image" puts a PNG on the clipboard', async () => {
    const { page, context, baseURL } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('button', { name: 'Copy image' }).click();
    await page.getByText('The image was copied.').waitFor();
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return null;
      const blob = await item.getType('image/png');
      const head = new Uint8Array(await blob.arrayBuffer()).subarray(0, 24);
      const view = new DataView(head.buffer, head.byteOffset);
      return { types: item.types, width: view.getUint32(16), height: view.getUint32(20) };
    });
    expect(copied).toEqual({ types: ['image/png'], width: 1920, height: 1080 });
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('writes a PowerPoint deck: title, one slide per view, gaps with a chart, suggestions', async () => {
    const { bytes, name } = await exportFile(session.page, async (d) => {
      await d.getByRole('radio', { name: 'PowerPoint (.pptx)' }).check();
    });
    expect(name).toMatch(/\.pptx$/);
    const zip = await JSZip.loadAsync(bytes);
    const files = Object.keys(zip.files);
    const slides = files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    // Gaps, what to do now and suggestions; no change over time without an earlier version.
    expect(slides).toHaveLength(1 + demo.views.length + 3);
    expect(files.some((f) => f.startsWith('ppt/media/'))).toBe(true);
    expect(files.some((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))).toBe(true);
    const slide1 = await zip.file('ppt/slides/slide1.xml')?.async('string');
    expect(slide1).toContain(TITLE);
    const second = await zip.file('ppt/slides/slide2.xml')?.async('string');
    expect(second).toContain(demo.views[0]?.name);
    const xml = await Promise.all(
      files.filter((f) => f.endsWith('.xml')).map((f) => zip.file(f)?.async('string') ?? ''),
    );
    const all = xml.join('\n');
    expect(all).toContain('What to do now');
    expect(all).not.toMatch(/<img|<script/);
    // The first view shows every actor; its speaker notes list them, hostile names as text.
    expect(all).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(all).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
