/** Dutch texts of the Mensen page: members, invitations, access and the person's data (AVG). */
export const peopleMessages = {
  title: 'Mensen',
  lead: 'Wie toegang heeft tot het partnerschap en met welke rol, en wie nog is uitgenodigd.',

  inviteTitle: 'Iemand uitnodigen',
  inviteLead:
    'De persoon krijgt een e-mail met een persoonlijke link. De link is zeven dagen geldig.',
  name: 'Naam',
  email: 'E-mailadres',
  emailMissing: 'Vul het e-mailadres in.',
  role: 'Rol',
  roles: 'Rollen',
  locations: 'Locaties',
  locationsHint: 'De locaties waarvan deze locatie-coördinator de evaluaties en acties beheert.',
  noLocationsYet: 'Dit partnerschap heeft nog geen locaties. Voeg die eerst toe.',
  invite: 'Uitnodiging versturen',
  inviting: 'Bezig met versturen…',
  invited: (name: string, email: string) => `Uitnodiging verstuurd naar ${name} (${email}).`,

  membersTitle: 'Leden',
  count: (n: number) => (n === 1 ? '1 persoon' : `${n} personen`),
  columns: {
    person: 'Naam',
    roles: 'Rollen',
    locations: 'Locaties',
    lastSignIn: 'Laatst aangemeld',
    actions: 'Acties',
    invited: 'Uitgenodigd',
    role: 'Rol',
    status: 'Status',
  },
  you: 'jij',
  notSignedInYet: 'Nog niet',
  noLocations: 'Geen',
  manage: 'Beheren',
  manageLabel: (name: string) => `${name} beheren`,

  invitationsTitle: 'Openstaande uitnodigingen',
  invitationsEmpty: 'Er staan geen uitnodigingen open.',
  invitationsEmptyHelp: 'Een aangenomen uitnodiging verschijnt hierboven bij de leden.',
  pendingUntil: (date: string) => `Open tot ${date}`,
  expired: 'Verlopen',
  invitedBy: (name: string) => `Verstuurd door ${name}`,
  resend: 'Opnieuw versturen',
  resendLabel: (name: string) => `Uitnodiging van ${name} opnieuw versturen`,
  resent: (email: string, date: string) =>
    `Nieuwe uitnodiging verstuurd naar ${email}. De link is geldig tot ${date}; de vorige link werkt niet meer.`,
  revokeInvitation: 'Intrekken',
  revokeInvitationLabel: (name: string) => `Uitnodiging van ${name} intrekken`,
  revokeInvitationTitle: (name: string) => `Uitnodiging van ${name} intrekken?`,
  revokeInvitationBody:
    'De link in de e-mail werkt dan niet meer. Je kunt later altijd een nieuwe uitnodiging sturen.',
  revokeInvitationConfirm: 'Uitnodiging intrekken',
  invitationRevoked: (name: string) => `De uitnodiging van ${name} is ingetrokken.`,

  dialogClose: 'Sluiten',
  cancel: 'Annuleren',
  busy: 'Bezig…',

  accessTitle: 'Rollen en locaties',
  accessSave: 'Wijzigingen opslaan',
  accessSaved: (name: string) => `De rollen en locaties van ${name} zijn opgeslagen.`,
  accessUnchanged: 'Er is niets gewijzigd.',

  dataTitle: 'Gegevens en toegang',
  exportButton: 'Gegevens downloaden',
  exportHint:
    'Alles wat het partnerschap over deze persoon bewaart, als JSON-bestand: voor een inzageverzoek volgens de AVG.',
  exported: (name: string) => `De gegevens van ${name} zijn gedownload.`,
  revokeAccess: 'Toegang intrekken…',
  revokeAccessHint: 'De persoon kan niet meer bij dit partnerschap; account en gegevens blijven.',
  erase: 'Gegevens wissen…',
  eraseHint:
    'Verwijdert de persoonsgegevens in dit partnerschap voorgoed; de uitkomsten van groepen blijven.',
  selfHint:
    'Je eigen toegang intrekken of je eigen gegevens wissen kan hier niet. Vraag dat aan een andere programmaleider.',

  revokeTitle: (name: string) => `Toegang van ${name} intrekken?`,
  revokeBody: (name: string) => [
    `${name} kan dan niet meer bij dit partnerschap. Openstaande uitnodigingen voor dit partnerschap vervallen.`,
    'Heeft deze persoon nergens anders toegang, dan wordt hij of zij overal afgemeld.',
    'Het account en de gegevens blijven bestaan. Wil je ook die verwijderen, kies dan voor gegevens wissen.',
  ],
  revokeConfirm: 'Toegang intrekken',
  revoked: (name: string) => `De toegang van ${name} is ingetrokken.`,

  eraseTitle: (name: string) => `Gegevens van ${name} wissen?`,
  eraseWarning: 'Dit is definitief: gewiste gegevens kunnen niet worden teruggezet.',
  eraseGoesTitle: 'Wat verdwijnt',
  eraseGoes: [
    'de rollen en locaties in dit partnerschap, en openstaande uitnodigingen;',
    'de naam en het e-mailadres in de teksten van het partnerschap (bevindingen, notities, acties): daar komt “[naam verwijderd]” te staan;',
    'de toewijzing als procesbegeleider van themagesprekken;',
    'het account zelf (naam, e-mailadres, wachtwoord), tenzij de persoon nog in een ander partnerschap zit.',
  ],
  eraseStaysTitle: 'Wat blijft',
  eraseStays: [
    'evaluaties, bevindingen en plaatsingen: dat zijn uitkomsten van groepen, niet van personen;',
    'acties, zonder de naam van deze persoon;',
    'het auditlog, zonder naam en e-mailadres.',
  ],
  eraseExportFirst: 'Heeft de persoon om inzage gevraagd? Download de gegevens dan eerst.',
  eraseConfirmLabel: (name: string) => `Typ ter bevestiging de volledige naam: ${name}`,
  eraseConfirm: 'Definitief wissen',
  erased: (name: string, texts: number, accountErased: boolean) =>
    [
      `De gegevens van ${name} zijn gewist.`,
      texts === 0
        ? 'De naam kwam in geen enkele tekst voor.'
        : texts === 1
          ? 'In 1 tekst is de naam verwijderd.'
          : `In ${texts} teksten is de naam verwijderd.`,
      accountErased
        ? 'Het account is verwijderd.'
        : 'Het account blijft bestaan, omdat de persoon nog elders toegang heeft.',
    ].join(' '),
} as const;
