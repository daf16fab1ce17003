/**
 * The words of the gap-analysis CSV, in nb and en. Like the analysis layer, io does not import
 * i18next: the serializer is a pure function of its inputs and the locale.
 */
import type { CoverageStatus, StakeholderAdvice } from '../../analysis/gap';
import type { Expectation, Locale } from '../../domain/types';

export interface CsvWords {
  headers: {
    kind: string;
    sector: string;
    type: string;
    status: string;
    actors: string;
    detail: string;
  };
  kinds: {
    score: string;
    sectorScore: string;
    type: string;
    purpose: string;
    isolated: string;
    articulation: string;
    bridge: string;
    overloaded: string;
    stale: string;
    stalled: string;
    notRelevant: string;
    owner: string;
    advice: Record<StakeholderAdvice, string>;
    suggestion: string;
  };
  status: Record<CoverageStatus, string>;
  expectation: Record<Expectation, string>;
  noActive: string;
  active: string;
  weakLink: string;
  noLink: string;
  points: (percent: number, covered: number, total: number) => string;
  weight: (expectation: string, weight: number) => string;
  bestLink: (strength: string, status: string, via: string | null) => string;
  strength: Record<1 | 2 | 3, string>;
  linkStatus: Record<'idea' | 'planned' | 'active' | 'paused', string>;
  isolated: string;
  cutOff: (names: string, more: number) => string;
  overloaded: (name: string, count: number, total: number, percent: number) => string;
  stale: (date: string, months: number) => string;
  stalled: (status: string, date: string, months: number) => string;
  power: (power: number, interest: number | null) => string;
  planGoal: (plan: string, goal: string) => string;
  notCounted: string;
}

const nb: CsvWords = {
  headers: {
    kind: 'Funn',
    sector: 'Sektor',
    type: 'Type',
    status: 'Status',
    actors: 'Aktører',
    detail: 'Detaljer',
  },
  kinds: {
    score: 'Dekningsgrad',
    sectorScore: 'Dekning i sektor',
    type: 'Typegap',
    purpose: 'Formål uten aktivt samarbeid',
    isolated: 'Isolert aktør',
    articulation: 'Sårbart punkt',
    bridge: 'Sårbart samarbeid',
    overloaded: 'Én person bærer nettverket',
    stale: 'Ingen aktivitet på 12 måneder',
    stalled: 'Idé som står stille',
    notRelevant: 'Ikke aktuelt her',
    owner: 'Eier',
    advice: {
      'manage-closely': 'Følg tett opp',
      'keep-satisfied': 'Hold fornøyd',
      'keep-informed': 'Hold informert',
    },
    suggestion: 'Forslag',
  },
  status: { missing: 'Mangler', unconnected: 'Uten samarbeid', weak: 'Svak', covered: 'Dekket' },
  expectation: { core: 'Må ha', recommended: 'Bør ha', optional: 'Kan ha' },
  noActive: 'Ingen aktive samarbeid',
  active: 'Aktiv',
  weakLink: 'Svak kobling',
  noLink: 'Ingen kobling',
  points: (p, c, t) => `${p} % (${c} av ${t} poeng)`,
  weight: (e, w) => `${e} (vekt ${w})`,
  bestLink: (s, st, via) => `Beste kobling: ${s}, ${st}${via ? `, via ${via}` : ''}`,
  strength: { 1: 'svak', 2: 'middels', 3: 'sterk' },
  linkStatus: { idea: 'idé', planned: 'planlagt', active: 'aktiv', paused: 'på pause' },
  isolated: 'Har ingen pågående samarbeid',
  cutOff: (names, more) =>
    `Hvis det faller bort, mister ${names}${more > 0 ? ` og ${more} til` : ''} veien til kulturskolen`,
  overloaded: (name, n, total, p) =>
    `${name} er ansvarlig for ${n} av ${total} aktive samarbeid med navngitt ansvarlig (${p} %)`,
  stale: (d, m) => `Siste aktivitet ${d}, for ${m} ${m === 1 ? 'måned' : 'måneder'} siden`,
  stalled: (s, d, m) => `${s} siden ${d}, ingen aktivitet på ${m} ${m === 1 ? 'måned' : 'måneder'}`,
  power: (p, i) => `Innflytelse ${p}${i === null ? '' : `, interesse ${i}`}`,
  planGoal: (plan, goal) => (goal ? `Planmål: ${plan} – ${goal}` : `Plan: ${plan}`),
  notCounted: 'Telles ikke',
};

const en: CsvWords = {
  headers: {
    kind: 'Finding',
    sector: 'Sector',
    type: 'Type',
    status: 'Status',
    actors: 'Actors',
    detail: 'Detail',
  },
  kinds: {
    score: 'Coverage score',
    sectorScore: 'Sector coverage',
    type: 'Type gap',
    purpose: 'Purpose with no active collaboration',
    isolated: 'Isolated actor',
    articulation: 'Vulnerable point',
    bridge: 'Vulnerable collaboration',
    overloaded: 'One person carries the network',
    stale: 'No activity for 12 months',
    stalled: 'Stalled idea',
    notRelevant: 'Not relevant here',
    owner: 'Owner',
    advice: {
      'manage-closely': 'Manage closely',
      'keep-satisfied': 'Keep satisfied',
      'keep-informed': 'Keep informed',
    },
    suggestion: 'Suggestion',
  },
  status: { missing: 'Missing', unconnected: 'No collaboration', weak: 'Weak', covered: 'Covered' },
  expectation: { core: 'Must have', recommended: 'Should have', optional: 'Nice to have' },
  noActive: 'No active collaboration',
  active: 'Active',
  weakLink: 'Weak link',
  noLink: 'No link',
  points: (p, c, t) => `${p}% (${c} of ${t} points)`,
  weight: (e, w) => `${e} (weight ${w})`,
  bestLink: (s, st, via) => `Best link: ${s}, ${st}${via ? `, via ${via}` : ''}`,
  strength: { 1: 'weak', 2: 'medium', 3: 'strong' },
  linkStatus: { idea: 'idea', planned: 'planned', active: 'active', paused: 'paused' },
  isolated: 'Has no ongoing collaboration',
  cutOff: (names, more) =>
    `If it drops out, ${names}${more > 0 ? ` and ${more} more` : ''} lose their path to the culture school`,
  overloaded: (name, n, total, p) =>
    `${name} is responsible for ${n} of the ${total} active collaborations with a named person responsible (${p}%)`,
  stale: (d, m) => `Last activity ${d}, ${m} ${m === 1 ? 'month' : 'months'} ago`,
  stalled: (s, d, m) => `${s} since ${d}, no activity for ${m} ${m === 1 ? 'month' : 'months'}`,
  power: (p, i) => `Influence ${p}${i === null ? '' : `, interest ${i}`}`,
  planGoal: (plan, goal) => (goal ? `Plan goal: ${plan} – ${goal}` : `Plan: ${plan}`),
  notCounted: 'Not counted',
};

export const CSV_WORDS: Record<Locale, CsvWords> = { nb, en };
