/** Deck inputs shared by the deck tests and the visual check script. */
import type { DeckImage, DeckInput } from '../../../src/io/pptx/types';

/** A valid 4×3 RGB PNG, filled with the accent colour. */
export const PNG_4x3: DeckImage = {
  data: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR4nGMwVuqAIwacHADGLQpdQ6FC1AAAAABJRU5ErkJggg==',
  width: 4,
  height: 3,
};

export const IMG_NAME = '<img src=x onerror=alert(1)>';
export const SCRIPT_NAME = '"><script>alert(1)</script>';

export const SECTORS = [
  'Kultur',
  'Skole og barnehage',
  'Helse og omsorg',
  'Frivillighet',
  'Næringsliv',
];
export const COVERAGE = [80, 45, 20, 100, 0];

export function gapRows(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => [
    SECTORS[i % SECTORS.length] ?? '',
    `Aktørtype nummer ${i + 1}`,
    i % 3 ? 'Svak' : 'Mangler',
  ]);
}

export function deckInput(images: DeckImage[] = [PNG_4x3, PNG_4x3, PNG_4x3]): DeckInput {
  const titles = ['Hele kartet', `Kultur og ${IMG_NAME}`, 'Skole – ærlig øvelse på å'];
  return {
    lang: 'nb',
    title: 'Kulturskolen i Ørsta – samarbeid på tvers',
    subtitle: 'Partnerkart for kulturskolen',
    date: '01.12.2026',
    source: `Kilde: kartlegging høsten 2026, ${SCRIPT_NAME}`,
    author: 'Kari Nordmann',
    views: images.map((image, i) => ({
      title: titles[i % titles.length] ?? '',
      image,
      notes: `Aktører vist: Ørsta kulturskole, ${IMG_NAME}, Volda korps (${i + 1})`,
    })),
    gap: {
      title: 'Gapanalyse',
      score: 'Dekning 60 % (42 av 70)',
      chart: { seriesName: 'Dekning', labels: [...SECTORS], values: [...COVERAGE] },
      chartTitle: 'Dekning per sektor',
      table: { header: ['Sektor', 'Type', 'Status'], rows: gapRows(6) },
      moreRows: '… og {{count}} til',
    },
    suggestions: {
      title: 'Forslag til nye samarbeid',
      items: [
        { text: 'Kulturskolen – NAV', detail: 'Felles formål: inkludering' },
        { text: `Kulturskolen – ${SCRIPT_NAME}`, detail: 'Felles formål: folkehelse' },
        { text: 'Kulturskolen – Frivilligsentralen', detail: '' },
      ],
      empty: 'Ingen forslag akkurat nå.',
    },
  };
}
