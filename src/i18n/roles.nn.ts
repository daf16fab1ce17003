/** Nynorsk texts for an actor's age groups and extra roles, and a collaboration's next step. */

import type { Messages } from './messages';
import type { rolesNb } from './roles.nb';

export const rolesNn: Messages<typeof rolesNb> = {
  ageGroup: {
    'early-years': 'Barnehagealder',
    children: 'Born (barneskulealder)',
    youth: 'Ungdom',
    adults: 'Vaksne',
    seniors: 'Eldre',
  },
  roles: {
    ageGroups: 'Aldersgrupper',
    ageGroupsHint: 'Ingen er kryssa av: som typen ({{groups}}).',
    ageGroupsAll: 'alle aldrar',
    extraRoles: 'Ekstra roller',
    extraRolesHint: 'Aktøren tel òg som desse typane i analysen.',
    extraRolesNone: 'Ingen ekstra roller.',
    addRole: 'Ny rolle',
    addRoleButton: 'Legg til rolle',
    removeRole: 'Fjern rolla {{type}}',
    nextStep: 'Neste steg',
    nextStepHint: 'Det de har avtalt å gjere, til dømes «Sende søknad».',
    nextStepDate: 'Dato for neste steg',
  },
};
