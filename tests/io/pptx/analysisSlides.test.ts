import { deckSlideCount } from '../../../src/io/pptx/deck';
import type { DeckInput } from '../../../src/io/pptx/types';
import { deckInput } from './fixture';
import { part, runs, slidePaths, unzipDeck } from './zip';

const DATES = ['10.01.2026', '01.06.2026', 'Nå'];

/** The fixture with "what to do now" and the change over time, as the app words them. */
function withAnalysis(rows = 2): DeckInput {
  return {
    ...deckInput(),
    now: {
      title: 'Dette bør vi gjøre nå',
      items: [
        {
          text: 'Kom videre med Sparebankstiftelsen Eksempel: idé uten aktivitet på 24 måneder',
          detail: 'Første steg: Finn søknadsfristen · Neste steg 01.03.2027: Sende søknad',
        },
        {
          text: 'Følg tett opp: Ordfører Kari Nilsen (innflytelse 5), svakt samarbeid',
          detail: '',
        },
      ],
      empty: 'Ingenting haster nå.',
    },
    history: {
      title: 'Utvikling over tid',
      chartTitle: 'Dekning i lagrede versjoner (%)',
      seriesName: 'Dekning',
      valueAxis: 'Dekning',
      categoryAxis: 'Lagrede versjoner',
      labels: DATES,
      values: [38, 41, 44],
      table: {
        header: ['Type', ...DATES],
        rows: Array.from({ length: rows }, (_, i) => [
          `Type ${i + 1}`,
          'Mangler',
          'Svak',
          'Dekket',
        ]),
      },
      emptyTable: 'Ingen type har endret status.',
      moreRows: '… og {{count}} til',
    },
  };
}

describe('the analysis slides of the deck', () => {
  it('puts "what to do now" and the change over time after the gap slide', async () => {
    const input = withAnalysis();
    const deck = await unzipDeck(input);
    expect(deckSlideCount(input)).toBe(1 + 3 + 1 + 1 + 1 + 1);
    expect(slidePaths(deck)).toHaveLength(deckSlideCount(input));
    const now = runs(part(deck, 'ppt/slides/slide6.xml'));
    expect(now).toEqual(
      expect.arrayContaining([
        'Dette bør vi gjøre nå',
        'Kom videre med Sparebankstiftelsen Eksempel: idé uten aktivitet på 24 måneder',
        'Første steg: Finn søknadsfristen · Neste steg 01.03.2027: Sende søknad',
      ]),
    );
    expect(runs(part(deck, 'ppt/slides/slide8.xml'))).toContain('Forslag til nye samarbeid');
  });

  it('draws the score over time as a native line chart with titled axes', async () => {
    const deck = await unzipDeck(withAnalysis());
    const chart = part(deck, 'ppt/charts/chart2.xml');
    expect(chart).toContain('<c:lineChart>');
    expect(chart).toMatch(/<c:max val="100"\s*\/>/);
    for (const label of DATES) expect(chart).toContain(`<c:v>${label}</c:v>`);
    for (const value of [38, 41, 44]) expect(chart).toContain(`<c:v>${value}</c:v>`);
    const titles = runs(chart);
    expect(titles).toEqual(expect.arrayContaining(['Dekning', 'Lagrede versjoner']));
    const slide = runs(part(deck, 'ppt/slides/slide7.xml'));
    expect(slide).toEqual(expect.arrayContaining(['Utvikling over tid', 'Type 1', 'Dekket']));
  });

  it('caps the status table and says how many types were left out', async () => {
    const slide = part(await unzipDeck(withAnalysis(40)), 'ppt/slides/slide7.xml');
    const text = runs(slide);
    expect(text.some((r) => /^… og \d+ til$/.test(r))).toBe(true);
    expect(text).not.toContain('Type 40');
  });

  it('says so when no type changed status', async () => {
    const input = withAnalysis(0);
    const text = runs(part(await unzipDeck(input), 'ppt/slides/slide7.xml'));
    expect(text).toContain('Ingen type har endret status.');
  });
});
