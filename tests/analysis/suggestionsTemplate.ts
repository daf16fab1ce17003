/** miniTemplate with age groups, a lower-secondary school, an owner type and DKS, for suggestions. */
import type { AgeGroup, Expectation, Template, TemplateType } from '../../src/domain/types';
import { miniTemplate } from '../fixtures/miniTemplate';

// Nynorsk as bokmål: no test here reads the nn labels.
const l = (nb: string, en: string, nn = nb) => ({ nb, nn, en });

function type(
  id: string,
  expectation: Expectation,
  ageGroups: AgeGroup[],
  more: Partial<TemplateType> = {},
): TemplateType {
  return {
    id,
    labels: l(id, id),
    expectation,
    weight: expectation === 'core' ? 3 : expectation === 'recommended' ? 2 : 1,
    named: true,
    owner: false,
    keywords: [],
    ageGroups,
    why: l('', ''),
    sourceId: '',
    firstStep: l('', ''),
    ...more,
  };
}

export const suggestionTemplate: Template = {
  ...miniTemplate,
  sectors: [
    {
      id: 'politics',
      labels: l('Politikk', 'Politics'),
      types: [type('administration', 'core', [], { owner: true }), type('politicians', 'core', [])],
    },
    {
      id: 'education',
      labels: l('Oppvekst', 'Education'),
      types: [
        type('kindergarten', 'core', ['early-years']),
        type('primary-school', 'core', ['children']),
        type('lower-secondary-school', 'core', ['youth']),
      ],
    },
    {
      id: 'culture',
      labels: l('Kultur', 'Culture'),
      types: [
        type('library', 'core', []),
        type('festival', 'recommended', []),
        type('dks', 'recommended', [], {
          firstStep: l('Ring DKS-kontakten i fylket.', 'Call the county DKS contact.'),
        }),
        type('museum', 'optional', []),
      ],
    },
  ],
  pairings: [
    {
      a: 'kindergarten',
      b: 'primary-school',
      purposeIds: ['childhood'],
      example: l('Sangskattekista', 'Sangskattekista'),
    },
    { a: 'primary-school', b: 'festival', purposeIds: ['inclusion'], example: null },
  ],
};
