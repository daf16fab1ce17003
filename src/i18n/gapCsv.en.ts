/** English words of the gap-analysis CSV (src/io/gapCsv): headers, finding kinds and details. */
import type { gapCsvNb } from './gapCsv.nb';
import type { Messages } from './messages';

export const gapCsvEn: Messages<typeof gapCsvNb> = {
  gapCsv: {
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
    status: {
      missing: 'Missing',
      unconnected: 'No collaboration',
      weak: 'Weak',
      covered: 'Covered',
    },
    expectation: { core: 'Must have', recommended: 'Should have', optional: 'Nice to have' },
    noActive: 'No active collaboration',
    active: 'Active',
    weakLink: 'Weak link',
    noLink: 'No link',
    points: '{{percent}}% ({{covered}} of {{total}} points)',
    weight: '{{expectation}} (weight {{weight}})',
    bestLink: 'Best link: {{strength}}, {{status}}',
    bestLinkVia: 'Best link: {{strength}}, {{status}}, via {{via}}',
    strength: { weak: 'weak', medium: 'medium', strong: 'strong' },
    linkStatus: { idea: 'idea', planned: 'planned', active: 'active', paused: 'paused' },
    isolated: 'Has no ongoing collaboration',
    cutOff: 'If it drops out, {{names}} lose their path to the culture school',
    cutOffMore:
      'If it drops out, {{names}} and {{more}} more lose their path to the culture school',
    overloaded:
      '{{name}} is responsible for {{n}} of the {{total}} active collaborations with a named person responsible ({{percent}}%)',
    stale_one: 'Last activity {{date}}, {{count}} month ago',
    stale_other: 'Last activity {{date}}, {{count}} months ago',
    stalled_one: '{{status}} since {{date}}, no activity for {{count}} month',
    stalled_other: '{{status}} since {{date}}, no activity for {{count}} months',
    power: 'Influence {{power}}',
    powerInterest: 'Influence {{power}}, interest {{interest}}',
    planGoal: 'Plan goal: {{plan}} – {{goal}}',
    plan: 'Plan: {{plan}}',
    notCounted: 'Not counted',
  },
};
