// @vitest-environment jsdom
// jsdom for DOMParser (well-formedness); it also runs the writer in a browser-like global scope.
import type { DeckInput } from '../../../src/io/pptx/types';
import { deckInput, gapRows, IMG_NAME, SCRIPT_NAME } from './fixture';
import { part, runs, slidePaths, unzipDeck } from './zip';

const IMG_ESCAPED = '&lt;img src=x onerror=alert(1)&gt;';
const SCRIPT_ESCAPED = '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;';

/** Every user-supplied string of the input set to hostile text. */
function hostileInput(): DeckInput {
  const input = deckInput();
  const both = `${IMG_NAME} ${SCRIPT_NAME}`;
  return {
    ...input,
    title: both,
    subtitle: both,
    source: both,
    author: both,
    views: input.views.map((v) => ({ ...v, title: both, notes: both })),
    gap: input.gap && {
      ...input.gap,
      title: both,
      score: both,
      chartTitle: both,
      moreRows: `${both} {{count}}`,
      chart: { seriesName: both, labels: [IMG_NAME, SCRIPT_NAME], values: [10, 20] },
      table: { header: [both, both, both], rows: [[IMG_NAME, SCRIPT_NAME, both], ...gapRows(30)] },
    },
    suggestions: input.suggestions && {
      ...input.suggestions,
      title: both,
      items: [{ text: both, detail: both }],
    },
    summary: { title: both, image: null, lines: [both] },
  };
}

describe('buildDeck: user text is escaped', () => {
  it('never writes raw markup from user text into any XML part', async () => {
    const deck = await unzipDeck(hostileInput());
    for (const [path, xml] of deck.xml) {
      expect(xml, path).not.toMatch(/<img|<script|onerror=alert\(1\)>/i);
    }
    const slides = slidePaths(deck).map((p) => part(deck, p));
    for (const slide of slides) expect(slide).toContain(IMG_ESCAPED);
    expect(part(deck, 'ppt/slides/slide1.xml')).toContain(SCRIPT_ESCAPED);
    expect(part(deck, 'ppt/notesSlides/notesSlide2.xml')).toContain(IMG_ESCAPED);
    expect(part(deck, 'ppt/charts/chart1.xml')).toContain(IMG_ESCAPED);
    expect(part(deck, 'docProps/core.xml')).toContain(IMG_ESCAPED);
  });

  it('writes only well-formed XML, even from control characters and lone surrogates', async () => {
    const input = hostileInput();
    input.title = `Kart\u0001\u0008\u000B\uFFFE\uD800 æøå 🎻`;
    if (input.views[0]) input.views[0].notes = `Notat\u0000\uDC00 slutt`;
    const deck = await unzipDeck(input);
    const parser = new DOMParser();
    const broken = parser.parseFromString('<a><b></a>', 'application/xml');
    expect(broken.getElementsByTagName('parsererror').length).toBeGreaterThan(0);
    for (const [path, xml] of deck.xml) {
      const doc = parser.parseFromString(xml, 'application/xml');
      expect(doc.getElementsByTagName('parsererror'), path).toHaveLength(0);
    }
    expect(runs(part(deck, 'ppt/slides/slide1.xml'))).toContain('Kart æøå 🎻');
    expect(runs(part(deck, 'ppt/notesSlides/notesSlide2.xml'))).toContain('Notat slutt');
  });
});

const SLIDE_CX = 12192000;
const SLIDE_CY = 6858000;

/** A deck with every text at its worst: long titles, cells, many rows and suggestions. */
function stressInput(): DeckInput {
  const input = deckInput();
  const long = 'Kulturskolen i Ørsta og Volda, samarbeid med frivillige lag og helsetjenesten ';
  input.title = long.repeat(4);
  input.subtitle = long.repeat(3);
  input.source = long.repeat(8);
  input.views = input.views.map((v, i) => ({
    ...v,
    title: long.repeat(i + 1),
    image: { ...v.image, width: i === 1 ? 300 : 4000, height: i === 1 ? 2000 : 300 },
  }));
  if (input.gap) {
    input.gap.table.rows = gapRows(40).map((r) => [r[0] ?? '', long.repeat(3), r[2] ?? '']);
    input.gap.chart.labels = Array.from({ length: 30 }, (_, i) => `${long} ${i}`);
    input.gap.chart.values = Array.from({ length: 30 }, (_, i) => i * 4);
  }
  if (input.suggestions) {
    input.suggestions.items = Array.from({ length: 20 }, () => ({
      text: long.repeat(3),
      detail: long.repeat(5),
    }));
  }
  input.summary = { title: long, image: null, lines: Array.from({ length: 50 }, () => long) };
  return input;
}

describe('buildDeck: geometry', () => {
  it('keeps every shape, picture, chart and table inside the slide', async () => {
    const deck = await unzipDeck(stressInput());
    for (const path of slidePaths(deck)) {
      const xml = part(deck, path);
      const boxes = [
        ...xml.matchAll(/<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/g),
      ];
      expect(boxes.length, path).toBeGreaterThan(0);
      for (const [, x, y, cx, cy] of boxes) {
        expect(Number(x), path).toBeGreaterThanOrEqual(0);
        expect(Number(y), path).toBeGreaterThanOrEqual(0);
        expect(Number(x) + Number(cx), path).toBeLessThanOrEqual(SLIDE_CX);
        expect(Number(y) + Number(cy), path).toBeLessThanOrEqual(SLIDE_CY);
      }
    }
  });

  it('shrinks long titles', async () => {
    const sizeOf = (xml: string, start: string) => {
      const run = xml.split('<a:r>').find((r) => r.includes(`<a:t>${start}`));
      return Number(/sz="(\d+)"/.exec(run ?? '')?.[1]);
    };
    const stress = await unzipDeck(stressInput());
    const plain = await unzipDeck(deckInput());
    const long = 'Kulturskolen i Ørsta og Volda';
    const plainTitle = sizeOf(part(plain, 'ppt/slides/slide1.xml'), 'Kulturskolen i Ørsta');
    const plainView = sizeOf(part(plain, 'ppt/slides/slide2.xml'), 'Hele kartet');
    expect(plainTitle).toBe(4400);
    expect(plainView).toBe(2800);
    expect(sizeOf(part(stress, 'ppt/slides/slide1.xml'), long)).toBeLessThan(plainTitle);
    expect(sizeOf(part(stress, 'ppt/slides/slide2.xml'), long)).toBeLessThan(plainView);
    const longest = part(stress, 'ppt/slides/slide4.xml');
    expect(sizeOf(longest, long)).toBeLessThan(plainView);
    expect(
      runs(longest)
        .find((t) => t.startsWith(long))
        ?.endsWith('…'),
    ).toBe(true);
  });

  it('caps the bars of the chart', async () => {
    const chart = part(await unzipDeck(stressInput()), 'ppt/charts/chart1.xml');
    const count = /<c:cat>[\s\S]*?<c:ptCount val="(\d+)"/.exec(chart)?.[1];
    expect(Number(count)).toBeLessThanOrEqual(20);
  });
});
