import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDeck, deckSlideCount } from '../../../src/io/pptx/deck';
import type { DeckInput } from '../../../src/io/pptx/types';
import { COVERAGE, deckInput, gapRows, PNG_4x3, SECTORS } from './fixture';
import { part, runs, slidePaths, unzipDeck } from './zip';

describe('buildDeck: structure', () => {
  it('writes title, views, gap and suggestions slides, as deckSlideCount says', async () => {
    const input = deckInput();
    const deck = await unzipDeck(input);
    expect(deckSlideCount(input)).toBe(1 + 3 + 1 + 1);
    expect(slidePaths(deck)).toHaveLength(deckSlideCount(input));
    expect(Object.keys(deck.zip.files).some((p) => p.startsWith('ppt/media/'))).toBe(true);
    expect(deck.xml.has('ppt/charts/chart1.xml')).toBe(true);
  });

  it('is 16:9 widescreen', async () => {
    const deck = await unzipDeck(deckInput());
    expect(part(deck, 'ppt/presentation.xml')).toContain('cx="12192000" cy="6858000"');
  });

  it('has no chart without a gap section, and adds the summary slide', async () => {
    const input: DeckInput = {
      ...deckInput(),
      gap: null,
      summary: { title: 'Oppsummering', image: PNG_4x3, lines: ['Vi fant to nye partnere'] },
    };
    const deck = await unzipDeck(input);
    expect(deck.xml.has('ppt/charts/chart1.xml')).toBe(false);
    expect(slidePaths(deck)).toHaveLength(deckSlideCount(input));
    expect(deckSlideCount(input)).toBe(1 + 3 + 1 + 1);
    expect(runs(part(deck, 'ppt/slides/slide6.xml'))).toContain('Vi fant to nye partnere');
  });

  it('puts the whole map on the title slide when a cover is given', async () => {
    const input: DeckInput = { ...deckInput([]), gap: null, suggestions: null, cover: PNG_4x3 };
    const deck = await unzipDeck(input);
    expect(slidePaths(deck)).toHaveLength(1);
    const slide = part(deck, 'ppt/slides/slide1.xml');
    expect(slide).toContain('<p:pic>');
    expect(runs(slide).join(' ')).toContain(input.title);
    await expect(
      buildDeck({ ...input, cover: { ...PNG_4x3, data: 'javascript:x' } }),
    ).rejects.toThrow(/cover/);
  });

  it('builds a title-only deck', async () => {
    const input: DeckInput = { ...deckInput([]), gap: null, suggestions: null };
    const deck = await unzipDeck(input);
    expect(deckSlideCount(input)).toBe(1);
    expect(slidePaths(deck)).toHaveLength(1);
  });

  it('returns a Blob by default', async () => {
    const blob = await buildDeck(deckInput());
    expect(blob).toBeInstanceOf(Blob);
    expect((blob as Blob).size).toBeGreaterThan(1000);
    expect((blob as Blob).type).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
  });

  it('rejects images that are not base64 raster data URLs', async () => {
    const bad = (data: string) => deckInput([{ data, width: 4, height: 3 }]);
    await expect(buildDeck(bad('https://example.com/map.png'))).rejects.toThrow(/view 1/);
    await expect(buildDeck(bad('data:image/svg+xml;base64,PHN2Zy8+'))).rejects.toThrow();
  });

  it('loads pptxgenjs only on demand', () => {
    const dir = join(__dirname, '../../../src/io/pptx');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/^import\s+(?!type\b)[^;]*from\s+'(pptxgenjs|jszip)'/m);
    }
  });
});

describe('buildDeck: content', () => {
  it('puts the map name, subtitle, date and source on the title slide, æøå intact', async () => {
    const input = { ...deckInput(), title: 'Blåbær og ærfugl på Ørsta' };
    const text = runs(part(await unzipDeck(input), 'ppt/slides/slide1.xml'));
    expect(text).toContain('Blåbær og ærfugl på Ørsta');
    expect(text).toContain('Partnerkart for kulturskolen');
    expect(text.join(' ')).toContain('01.12.2026');
    expect(text.join(' ')).toContain('Kari Nordmann');
    expect(text.join(' ')).toContain('Kilde: kartlegging høsten 2026');
  });

  it('writes the view title and the speaker notes of each view', async () => {
    const input = deckInput();
    const deck = await unzipDeck(input);
    input.views.forEach((view, i) => {
      expect(runs(part(deck, `ppt/slides/slide${i + 2}.xml`))).toContain(view.title);
      expect(runs(part(deck, `ppt/notesSlides/notesSlide${i + 2}.xml`))).toContain(view.notes);
    });
  });

  it('makes a native horizontal bar chart with the sectors and values', async () => {
    const chart = part(await unzipDeck(deckInput()), 'ppt/charts/chart1.xml');
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toMatch(/<c:max val="100"\s*\/>/);
    expect(chart).toContain('<c:showVal val="1"/>');
    for (const label of SECTORS) expect(chart).toContain(`<c:v>${label}</c:v>`);
    for (const value of COVERAGE) expect(chart).toContain(`<c:v>${value}</c:v>`);
  });

  it('repairs the range of the chart workbook (PptxGenJS#1531)', async () => {
    const deck = await unzipDeck(deckInput());
    const table = [...deck.xml.entries()].find(([p]) => p.endsWith('!xl/tables/table1.xml'));
    expect(table?.[1]).toMatch(/ref="A1:B6"/);
    expect(table?.[1]).not.toContain(`'"`);
  });

  it('lists missing types in a native table', async () => {
    const slide = part(await unzipDeck(deckInput()), 'ppt/slides/slide5.xml');
    expect(slide).toContain('<a:tbl>');
    expect(runs(slide)).toEqual(expect.arrayContaining(['Sektor', 'Type', 'Status', 'Mangler']));
  });

  it('caps a 40-row table and says how many rows were left out', async () => {
    const input = deckInput();
    if (input.gap) input.gap.table.rows = gapRows(40);
    const slide = part(await unzipDeck(input), 'ppt/slides/slide5.xml');
    const rows = slide.match(/<a:tr /g)?.length ?? 0;
    const shown = rows - 2; // header and "more" line
    expect(shown).toBeGreaterThan(3);
    expect(shown).toBeLessThanOrEqual(12);
    expect(runs(slide)).toContain(`… og ${40 - shown} til`);
    expect(runs(slide)).not.toContain('Aktørtype nummer 40');
  });

  it('cuts very long cells with an ellipsis', async () => {
    const input = deckInput();
    if (input.gap) input.gap.table.rows = [['Kultur', 'x'.repeat(300), 'Mangler']];
    const cells = runs(part(await unzipDeck(input), 'ppt/slides/slide5.xml'));
    const long = cells.find((t) => t.startsWith('xxx'));
    expect(long?.endsWith('…')).toBe(true);
    expect(Array.from(long ?? '').length).toBeLessThanOrEqual(120);
  });

  it('lists suggestions with their detail', async () => {
    const text = runs(part(await unzipDeck(deckInput()), 'ppt/slides/slide6.xml'));
    expect(text).toEqual(
      expect.arrayContaining(['Kulturskolen – NAV', 'Felles formål: inkludering']),
    );
  });

  it('shows the empty text when there are no suggestions', async () => {
    const input = deckInput();
    if (input.suggestions) input.suggestions.items = [];
    const text = runs(part(await unzipDeck(input), 'ppt/slides/slide6.xml'));
    expect(text).toContain('Ingen forslag akkurat nå.');
  });

  it('caps suggestions at eight and counts the rest', async () => {
    const input = deckInput();
    if (input.suggestions) {
      input.suggestions.items = Array.from({ length: 11 }, (_, i) => ({
        text: `Kulturskolen – Partner ${i + 1}`,
        detail: 'Felles formål: inkludering',
      }));
      input.suggestions.moreItems = '… og {{count}} forslag til';
    }
    const text = runs(part(await unzipDeck(input), 'ppt/slides/slide6.xml'));
    expect(text).toContain('Kulturskolen – Partner 8');
    expect(text).not.toContain('Kulturskolen – Partner 9');
    expect(text).toContain('… og 3 forslag til');
  });

  it('sets document metadata, with a constant Company', async () => {
    const deck = await unzipDeck(deckInput());
    const core = part(deck, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Kulturskolen i Ørsta – samarbeid på tvers</dc:title>');
    expect(core).toContain('<dc:creator>Kari Nordmann</dc:creator>');
    expect(part(deck, 'docProps/app.xml')).toContain('<Company>Samspill</Company>');
  });

  it('marks text runs with the deck language', async () => {
    const nb = part(await unzipDeck(deckInput()), 'ppt/slides/slide1.xml');
    const en = part(await unzipDeck({ ...deckInput(), lang: 'en' }), 'ppt/slides/slide1.xml');
    expect(nb).toContain('lang="nb-NO"');
    expect(en).toContain('lang="en-GB"');
    expect(en).not.toContain('lang="nb-NO"');
  });
});
