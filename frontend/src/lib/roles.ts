import type { MembershipRole } from '@zet/contracts';

/** The roles of DESIGN §6 as users read them. */
export const roleNames = {
  programmaleider: 'Programmaleider',
  stuurgroeplid: 'Stuurgroeplid',
  locatiecoordinator: 'Locatie-coördinator',
  procesbegeleider: 'Procesbegeleider',
} as const satisfies Record<MembershipRole, string>;

/** What each role may do, in one line. */
export const roleDescriptions = {
  programmaleider: 'Alles binnen het partnerschap, ook mensen uitnodigen en rollen toekennen.',
  stuurgroeplid: 'Leest alles van het partnerschap, geeft commentaar en exporteert rapporten.',
  locatiecoordinator:
    'Werkt aan de evaluaties en acties van de eigen locaties; ziet van andere locaties alleen anonieme verdelingen.',
  procesbegeleider: 'Legt de themagesprekken vast die aan hem of haar zijn toegewezen.',
} as const satisfies Record<MembershipRole, string>;

/** The order in which roles are listed: from the widest to the narrowest access. */
export const ROLE_ORDER: readonly MembershipRole[] = [
  'programmaleider',
  'stuurgroeplid',
  'locatiecoordinator',
  'procesbegeleider',
];

export function sortRoles(roles: readonly MembershipRole[]): MembershipRole[] {
  return [...roles].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
}
