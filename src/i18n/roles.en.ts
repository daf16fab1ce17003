import type { Messages } from './messages';
import type { rolesNb } from './roles.nb';

/** English texts for an actor's age groups and extra roles, and a collaboration's next step. */
export const rolesEn: Messages<typeof rolesNb> = {
  ageGroup: {
    'early-years': 'Kindergarten age',
    children: 'Children (primary-school age)',
    youth: 'Young people',
    adults: 'Adults',
    seniors: 'Older people',
  },
  roles: {
    ageGroups: 'Age groups',
    ageGroupsHint: 'None ticked: as its type ({{groups}}).',
    ageGroupsAll: 'all ages',
    extraRoles: 'Extra roles',
    extraRolesHint: 'The actor also counts as these types in the analysis.',
    extraRolesNone: 'No extra roles.',
    addRole: 'New role',
    addRoleButton: 'Add role',
    removeRole: 'Remove the role {{type}}',
    nextStep: 'Next step',
    nextStepHint: 'What you have agreed to do, such as “Send the application”.',
    nextStepDate: 'Date of the next step',
  },
};
