/**
 * The words of the gap-analysis CSV, in nb and en. Like the analysis layer, io does not import
 * i18next: the serializer is a pure function of its inputs and the locale.
 */
import type { CoverageStatus } from '../../analysis/gap';
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
    manage: string;
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
  articulation: string;
  bridge: (count: number) => string;
  overloaded: (name: string, count: number, percent: number) => string;
  stale: (date: string, months: number) => string;
  power: (power: number, interest: number | null) => string;
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
    bridge: 'Eneste forbindelse',
    overloaded: 'Én person bærer nettverket',
    stale: 'Ingen aktivitet på 12 måneder',
    manage: 'Følg tett opp',
    suggestion: 'Forslag',
  },
  status: { missing: 'Mangler', unconnected: 'Ikke koblet', weak: 'Svak', covered: 'Dekket' },
  expectation: { core: 'Kjerne', recommended: 'Anbefalt', optional: 'Valgfri' },
  noActive: 'Ingen aktive samarbeid',
  active: 'Aktiv',
  weakLink: 'Svak kobling',
  noLink: 'Ingen kobling',
  points: (p, c, t) => `${p} % (${c} av ${t} poeng)`,
  weight: (e, w) => `${e} (vekt ${w})`,
  bestLink: (s, st, via) => `Beste kobling: ${s}, ${st}${via ? `, via ${via}` : ''}`,
  strength: { 1: 'svak', 2: 'middels', 3: 'sterk' },
  linkStatus: { idea: 'idé', planned: 'planlagt', active: 'aktiv', paused: 'på pause' },
  isolated: 'Har ingen samarbeid',
  articulation: 'Binder deler av nettverket sammen',
  bridge: (n) => `Eneste vei til ${n} ${n === 1 ? 'aktør' : 'aktører'}`,
  overloaded: (name, n, p) => `${name} er ansvarlig for ${n} aktive samarbeid (${p} %)`,
  stale: (d, m) => `Siste aktivitet ${d}, for ${m} ${m === 1 ? 'måned' : 'måneder'} siden`,
  power: (p, i) => `Makt ${p}${i === null ? '' : `, interesse ${i}`}`,
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
    articulation: 'Single point of failure',
    bridge: 'Only link',
    overloaded: 'One person carries the network',
    stale: 'No activity for 12 months',
    manage: 'Manage closely',
    suggestion: 'Suggestion',
  },
  status: { missing: 'Missing', unconnected: 'Not connected', weak: 'Weak', covered: 'Covered' },
  expectation: { core: 'Core', recommended: 'Recommended', optional: 'Optional' },
  noActive: 'No active collaboration',
  active: 'Active',
  weakLink: 'Weak link',
  noLink: 'No link',
  points: (p, c, t) => `${p}% (${c} of ${t} points)`,
  weight: (e, w) => `${e} (weight ${w})`,
  bestLink: (s, st, via) => `Best link: ${s}, ${st}${via ? `, via ${via}` : ''}`,
  strength: { 1: 'weak', 2: 'medium', 3: 'strong' },
  linkStatus: { idea: 'idea', planned: 'planned', active: 'active', paused: 'paused' },
  isolated: 'Has no collaborations',
  articulation: 'Holds parts of the network together',
  bridge: (n) => `The only link to ${n} ${n === 1 ? 'actor' : 'actors'}`,
  overloaded: (name, n, p) => `${name} is responsible for ${n} active collaborations (${p}%)`,
  stale: (d, m) => `Last activity ${d}, ${m} ${m === 1 ? 'month' : 'months'} ago`,
  power: (p, i) => `Power ${p}${i === null ? '' : `, interest ${i}`}`,
};

export const CSV_WORDS: Record<Locale, CsvWords> = { nb, en };
