/**
 * The words of the gap-analysis CSV, from the app's messages (`gapCsv.*` in src/i18n). io does not
 * import i18n: the UI passes its `t`, and the type below makes tsc check that every key exists.
 */
import type { CoverageStatus, StakeholderAdvice } from '../../analysis/gap';
import type { Expectation } from '../../domain/types';

type Kind =
  | 'score'
  | 'sectorScore'
  | 'type'
  | 'purpose'
  | 'isolated'
  | 'articulation'
  | 'bridge'
  | 'overloaded'
  | 'stale'
  | 'stalled'
  | 'notRelevant'
  | 'owner'
  | 'suggestion'
  | `advice.${StakeholderAdvice}`;
type LinkStatus = 'idea' | 'planned' | 'active' | 'paused';

/** Every message key the CSV uses. */
export type CsvKey =
  | `gapCsv.headers.${keyof CsvWords['headers']}`
  | `gapCsv.kinds.${Kind}`
  | `gapCsv.status.${CoverageStatus}`
  | `gapCsv.expectation.${Expectation}`
  | `gapCsv.strength.${'weak' | 'medium' | 'strong'}`
  | `gapCsv.linkStatus.${LinkStatus}`
  | `gapCsv.${
      | 'noActive'
      | 'active'
      | 'weakLink'
      | 'noLink'
      | 'points'
      | 'weight'
      | 'bestLink'
      | 'bestLinkVia'
      | 'isolated'
      | 'cutOff'
      | 'cutOffMore'
      | 'overloaded'
      | 'stale'
      | 'stalled'
      | 'power'
      | 'powerInterest'
      | 'planGoal'
      | 'plan'
      | 'notCounted'}`;

/** The app's translate function, narrowed to the CSV's keys. */
export type CsvTranslate = (key: CsvKey, options?: Record<string, unknown>) => string;

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
  linkStatus: Record<LinkStatus, string>;
  isolated: string;
  cutOff: (names: string, more: number) => string;
  overloaded: (name: string, count: number, total: number, percent: number) => string;
  stale: (date: string, months: number) => string;
  stalled: (status: string, date: string, months: number) => string;
  power: (power: number, interest: number | null) => string;
  planGoal: (plan: string, goal: string) => string;
  notCounted: string;
}

const ADVICE: readonly StakeholderAdvice[] = ['manage-closely', 'keep-satisfied', 'keep-informed'];
const STATUSES: readonly CoverageStatus[] = ['missing', 'unconnected', 'weak', 'covered'];
const EXPECTATIONS: readonly Expectation[] = ['core', 'recommended', 'optional'];
const LINK_STATUSES: readonly LinkStatus[] = ['idea', 'planned', 'active', 'paused'];

function record<K extends string>(keys: readonly K[], word: (k: K) => string): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, word(k)])) as Record<K, string>;
}

/** The CSV's words in the language of `t`, looked up once per export. */
export function csvWords(t: CsvTranslate): CsvWords {
  const kind = (k: Kind) => t(`gapCsv.kinds.${k}`);
  return {
    headers: {
      kind: t('gapCsv.headers.kind'),
      sector: t('gapCsv.headers.sector'),
      type: t('gapCsv.headers.type'),
      status: t('gapCsv.headers.status'),
      actors: t('gapCsv.headers.actors'),
      detail: t('gapCsv.headers.detail'),
    },
    kinds: {
      score: kind('score'),
      sectorScore: kind('sectorScore'),
      type: kind('type'),
      purpose: kind('purpose'),
      isolated: kind('isolated'),
      articulation: kind('articulation'),
      bridge: kind('bridge'),
      overloaded: kind('overloaded'),
      stale: kind('stale'),
      stalled: kind('stalled'),
      notRelevant: kind('notRelevant'),
      owner: kind('owner'),
      advice: record(ADVICE, (a) => kind(`advice.${a}`)),
      suggestion: kind('suggestion'),
    },
    status: record(STATUSES, (s) => t(`gapCsv.status.${s}`)),
    expectation: record(EXPECTATIONS, (e) => t(`gapCsv.expectation.${e}`)),
    noActive: t('gapCsv.noActive'),
    active: t('gapCsv.active'),
    weakLink: t('gapCsv.weakLink'),
    noLink: t('gapCsv.noLink'),
    points: (percent, covered, total) => t('gapCsv.points', { percent, covered, total }),
    weight: (expectation, weight) => t('gapCsv.weight', { expectation, weight }),
    bestLink: (strength, status, via) =>
      via
        ? t('gapCsv.bestLinkVia', { strength, status, via })
        : t('gapCsv.bestLink', { strength, status }),
    strength: {
      1: t('gapCsv.strength.weak'),
      2: t('gapCsv.strength.medium'),
      3: t('gapCsv.strength.strong'),
    },
    linkStatus: record(LINK_STATUSES, (s) => t(`gapCsv.linkStatus.${s}`)),
    isolated: t('gapCsv.isolated'),
    cutOff: (names, more) =>
      more > 0 ? t('gapCsv.cutOffMore', { names, more }) : t('gapCsv.cutOff', { names }),
    overloaded: (name, n, total, percent) => t('gapCsv.overloaded', { name, n, total, percent }),
    stale: (date, count) => t('gapCsv.stale', { date, count }),
    stalled: (status, date, count) => t('gapCsv.stalled', { status, date, count }),
    power: (power, interest) =>
      interest === null
        ? t('gapCsv.power', { power })
        : t('gapCsv.powerInterest', { power, interest }),
    planGoal: (plan, goal) =>
      goal ? t('gapCsv.planGoal', { plan, goal }) : t('gapCsv.plan', { plan }),
    notCounted: t('gapCsv.notCounted'),
  };
}
