/** miniTemplate plus what version 2 of the template adds: an owner type, DKS and the county. */
import type { Template, TemplateType } from '../../src/domain/types';
import { miniTemplate } from '../fixtures/miniTemplate';

// Nynorsk as bokmål: no test here reads the nn labels.
const l = (nb: string, en: string, nn = nb) => ({ nb, nn, en });

function type(id: string, weight: number, more: Partial<TemplateType> = {}): TemplateType {
  return {
    id,
    labels: l(id, id),
    expectation: weight === 3 ? 'core' : weight === 2 ? 'recommended' : 'optional',
    weight,
    named: true,
    owner: false,
    keywords: [],
    ageGroups: [],
    why: l('', ''),
    sourceId: '',
    firstStep: l('', ''),
    ...more,
  };
}

// politics = administration (owner, core 3: never scored) + county (optional, 1);
// education = kindergarten (3) + primary-school (3); culture = library (3) + festival (2) + dks (2).
// Scored Σ weight = 1 + 6 + 7 = 14.
export const v2Template: Template = {
  ...miniTemplate,
  sectors: [
    {
      id: 'politics',
      labels: l('Politikk og forvaltning', 'Politics & administration'),
      types: [type('administration', 3, { owner: true }), type('county', 1)],
    },
    ...miniTemplate.sectors.map((s) =>
      s.id === 'culture' ? { ...s, types: [...s.types, type('dks', 2)] } : s,
    ),
  ],
};
