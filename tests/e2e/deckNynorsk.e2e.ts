import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import template from '../../data/templates/kulturskole.json';
import { openApp, type Session } from './browser';

/**
 * Issue 14: the deck exported with `?lang=nn` is nynorsk through and through: its text runs are
 * marked nn-NO, and the template's words on the gap slides are the nynorsk ones. DECK_NN_OUT
 * keeps the file, to render a slide with LibreOffice and look at it.
 */
let session: Session | undefined;

afterAll(async () => {
  await session?.close();
});

describe('the deck in nynorsk', () => {
  it('marks every run nn-NO and writes the template in nynorsk', async () => {
    session = await openApp('/?lang=nn');
    const { page } = session;
    await page.getByRole('button', { name: 'Eksporter', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Eksporter' });
    await dialog.getByRole('radio', { name: 'PowerPoint (.pptx)' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      dialog.getByRole('button', { name: 'Last ned' }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    if (process.env.DECK_NN_OUT) writeFileSync(process.env.DECK_NN_OUT, bytes);
    const zip = await JSZip.loadAsync(bytes);
    const slides = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/(slides\/slide|charts\/chart)\d+\.xml$/.test(f))
        .map((f) => zip.file(f)?.async('string') ?? ''),
    );
    // pptxgenjs's own slide-number field is always en-US, whatever the deck asks, and holds no
    // words: only the runs of text count.
    const all = slides.join('\n').replace(/<a:fld [^>]*type="slidenum">.*?<\/a:fld>/g, '');
    const runs = [...all.matchAll(/<a:r><a:rPr [^>]*\blang="([^"]+)"/g)].map((m) => m[1]);
    expect(runs.length).toBeGreaterThan(20);
    expect([...new Set(runs)]).toEqual(['nn-NO']);
    // Sector names on the gap slide's chart and table come from the template's nn labels.
    const nn = template.sectors.map((s) => s.labels.nn);
    const nb = template.sectors.map((s) => s.labels.nb).filter((l, i) => l !== nn[i]);
    expect(nn.filter((l) => all.includes(l.replace(/&/g, '&amp;'))).length).toBeGreaterThan(2);
    expect(nb.filter((l) => all.includes(l))).toEqual([]);
    // Norwegian percent: a non-breaking space before the sign.
    expect(all).toContain('formatCode="0&quot;\u00A0%&quot;"');
  });
});
