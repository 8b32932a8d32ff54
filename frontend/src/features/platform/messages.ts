/** Dutch texts of the platform admin's pages. */
export const platformMessages = {
  title: 'Partnerschappen',
  lead: 'Alle partnerschappen op dit platform. Je ziet hier alleen namen en aantallen, geen evaluaties of resultaten.',
  create: 'Partnerschap aanmaken',
  createLead:
    'Het partnerschap krijgt de standaard doelgroepen. De eerste programmaleider krijgt een uitnodiging per e-mail en richt daarna de rest in.',
  name: 'Naam van het partnerschap',
  nameHint: 'Bijvoorbeeld: Opleidingsschool Amstelland.',
  leaderLegend: 'Eerste programmaleider',
  leaderName: 'Naam',
  leaderEmail: 'E-mailadres',
  leaderEmailMissing: 'Vul het e-mailadres van de programmaleider in.',
  submit: 'Aanmaken en uitnodiging versturen',
  submitting: 'Bezig met aanmaken…',
  cancel: 'Annuleren',
  close: 'Sluiten',
  created: (partnership: string, leader: string, email: string) =>
    `${partnership} is aangemaakt. ${leader} krijgt een uitnodiging op ${email}.`,
  listLabel: 'Partnerschappen op dit platform',
  columns: {
    name: 'Partnerschap',
    created: 'Aangemaakt',
    locations: 'Locaties',
    members: 'Leden',
    evaluations: 'Evaluaties',
    invitations: 'Open uitnodigingen',
  },
  empty: 'Er zijn nog geen partnerschappen.',
  emptyHelp: 'Maak het eerste partnerschap aan, met de programmaleider die het gaat inrichten.',
  count: (n: number) => (n === 1 ? '1 partnerschap' : `${n} partnerschappen`),
} as const;
