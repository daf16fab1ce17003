import { beforeAll, describe, expect, it } from 'vitest';
import type { GapSuggestion, PairSuggestion } from '../../src/analysis/gap';
import type { Translate } from '../../src/i18n';
import {
  inRunningText,
  joinList,
  suggestionDetail,
  suggestionTitle,
} from '../../src/ui/analysis/suggestionText';
import { translators } from '../fixtures/translators';
import { buildMap, SCHOOL } from './build';
import { suggestionTemplate as template } from './suggestionsTemplate';

let nb: Translate;
let en: Translate;
beforeAll(async () => {
  const t = await translators();
  nb = t.nb as unknown as Translate;
  en = t.en as unknown as Translate;
});

const doc = buildMap('F', [
  SCHOOL,
  { id: 'K', name: 'Eksempel barnehage' },
  { id: 'S', name: 'Haugen skole' },
  { id: 'A', name: 'Biblioteket' },
  { id: 'B', name: 'Frivilligsentralen' },
  { id: 'C', name: 'Fylkeskommunen' },
]);

const pair = (reasons: Partial<PairSuggestion['reasons']>): PairSuggestion => ({
  kind: 'pair',
  sourceId: 'K',
  targetId: 'S',
  score: 1,
  adamicAdar: 0,
  reasons: {
    commonNeighbourIds: [],
    pairing: null,
    sharedPurposeIds: [],
    viaSchoolOnly: false,
    ...reasons,
  },
});

describe('the words of a pair suggestion', () => {
  it('names the partners both work with, and the purposes they share', () => {
    const s = pair({ commonNeighbourIds: ['A', 'B'], sharedPurposeIds: ['inclusion'] });
    expect(suggestionTitle(s, doc, template, 'nb', nb)).toBe('Eksempel barnehage – Haugen skole');
    expect(suggestionDetail(s, doc, template, 'nb', nb)).toBe(
      'Eksempel barnehage og Haugen skole samarbeider begge med Biblioteket og Frivilligsentralen. Begge arbeider med inkludering og integrering.',
    );
    expect(suggestionDetail(s, doc, template, 'en', en)).toBe(
      'Eksempel barnehage and Haugen skole both work with Biblioteket and Frivilligsentralen. Both work on inclusion & integration.',
    );
  });

  it('says the school can connect them when it is all they share, and gives the example', () => {
    const s = pair({
      viaSchoolOnly: true,
      pairing: {
        purposeIds: ['childhood'],
        example: { nb: 'Sangskattekista', nn: 'Sangskattekista', en: 'Sangskattekista' },
      },
    });
    expect(suggestionDetail(s, doc, template, 'nb', nb)).toBe(
      'Begge samarbeider med kulturskolen, som kan koble dem. Et typisk samarbeid om helhetlig oppvekst (eksempel: Sangskattekista).',
    );
    expect(suggestionDetail(s, doc, template, 'en', en)).toBe(
      'Both work with the culture school, which can connect them. A typical collaboration on joined-up childhood services (example: Sangskattekista).',
    );
  });

  it('joins lists, counts the rest and keeps acronyms', () => {
    expect(joinList(['a', 'b', 'c'], nb)).toBe('a, b og c');
    expect(joinList(['a', 'b', 'c', 'd', 'e'], nb)).toBe('a, b, c og 2 andre');
    expect(joinList(['a', 'b', 'c', 'd'], en, 'otherPurposes')).toBe('a, b, c and 1 other purpose');
    expect(joinList(['bredde og rekruttering', 'livsløp'], nb)).toBe(
      'bredde og rekruttering samt livsløp',
    );
    expect(inRunningText('Inkludering og integrering', 'nb')).toBe('inkludering og integrering');
    expect(inRunningText('DKS-samarbeid', 'nb')).toBe('DKS-samarbeid');
  });
});

describe('the words of a gap suggestion', () => {
  const gap = (over: Partial<GapSuggestion>): GapSuggestion => ({
    kind: 'gap',
    typeId: 'dks',
    sectorId: 'culture',
    expectation: 'recommended',
    status: 'unconnected',
    action: 'connect',
    actorIds: ['C'],
    score: 2,
    ...over,
  });

  it('names who could fill it and the first step', () => {
    expect(suggestionTitle(gap({}), doc, template, 'nb', nb)).toBe('Bør ha: dks');
    expect(suggestionDetail(gap({}), doc, template, 'nb', nb)).toBe(
      'Fylkeskommunen er i kartet, men uten pågående samarbeid med kulturskolen. Første steg: Ring DKS-kontakten i fylket.',
    );
    expect(suggestionDetail(gap({}), doc, template, 'en', en)).toBe(
      'Fylkeskommunen is in the map, but without an ongoing collaboration with the culture school. First step: Call the county DKS contact.',
    );
  });

  it('asks to find one when the map has none, and to strengthen a weak link', () => {
    const find = gap({ typeId: 'festival', status: 'missing', action: 'find', actorIds: [] });
    expect(suggestionDetail(find, doc, template, 'nb', nb)).toBe(
      'Ingen samarbeidspartner av denne typen i kartet ennå.',
    );
    const weak = gap({ typeId: 'festival', status: 'weak', action: 'strengthen' });
    expect(suggestionDetail(weak, doc, template, 'en', en)).toBe(
      'The collaboration with Fylkeskommunen is weak.',
    );
  });
});
