/** Bokmål texts for an actor's age groups and extra roles, and a collaboration's next step. */
export const rolesNb = {
  ageGroup: {
    'early-years': 'Barnehagealder',
    children: 'Barn (barneskolealder)',
    youth: 'Ungdom',
    adults: 'Voksne',
    seniors: 'Eldre',
  },
  roles: {
    ageGroups: 'Aldersgrupper',
    ageGroupsHint: 'Ingen avkrysset: som typen ({{groups}}).',
    ageGroupsAll: 'alle aldre',
    extraRoles: 'Ekstra roller',
    extraRolesHint: 'Aktøren teller også som disse typene i analysen.',
    extraRolesNone: 'Ingen ekstra roller.',
    addRole: 'Ny rolle',
    addRoleButton: 'Legg til rolle',
    removeRole: 'Fjern rollen {{type}}',
    nextStep: 'Neste steg',
    nextStepHint: 'Det dere har avtalt å gjøre, for eksempel «Sende søknad».',
    nextStepDate: 'Dato for neste steg',
  },
};
