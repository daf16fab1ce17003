import { describe, expect, it } from 'vitest';
import { deckInput } from './fixture';
import { part, unzipDeck } from './zip';

/** Issue 14: a deck in nynorsk is marked as such, for spelling and hyphenation, and writes "60 %". */
describe('buildDeck in nynorsk', () => {
  it('marks every text run it writes nn-NO, and none in another language', async () => {
    const deck = await unzipDeck({ ...deckInput(), lang: 'nn' });
    // The runs of text on the slides: pptxgenjs's own slide-number placeholder is always en-US,
    // whatever we ask, and holds no words.
    const all = [...deck.xml.entries()]
      .filter(([path]) => /^ppt\/slides\/slide\d+\.xml$/.test(path))
      .map(([, xml]) => xml.replace(/<a:fld [^>]*type="slidenum">.*?<\/a:fld>/g, ''))
      .join('\n');
    const runs = [...all.matchAll(/<a:r><a:rPr [^>]*\blang="([^"]+)"/g)].map((m) => m[1]);
    expect(runs.length).toBeGreaterThan(20);
    expect([...new Set(runs)]).toEqual(['nn-NO']);
    expect(part(deck, 'ppt/slides/slide1.xml')).toContain('lang="nn-NO"');
  });

  it('writes percentages the Norwegian way, as bokmål does and English does not', async () => {
    const chart = async (lang: 'nb' | 'nn' | 'en') =>
      part(await unzipDeck({ ...deckInput(), lang }), 'ppt/charts/chart1.xml');
    const nbsp = /formatCode="0&quot;\u00A0%&quot;"/;
    expect(await chart('nn')).toMatch(nbsp);
    expect(await chart('nb')).toMatch(nbsp);
    expect(await chart('en')).not.toMatch(nbsp);
  });
});
