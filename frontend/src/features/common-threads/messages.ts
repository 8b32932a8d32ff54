import type { CommonThreadPattern, CommonThreadStatus } from '@zet/contracts';

/** Dutch texts of the rode lijnen: suggestions, confirming, merging, following over the years. */
export const commonThreadMessages = {
  title: (year: string | null) => (year ? `Rode lijnen in ${year}` : 'Rode lijnen'),
  lead: 'Bevindingen die bij twee of meer locaties in andere woorden terugkomen, en patronen in de plaatsingen. Het systeem doet voorstellen; de programmaleider bevestigt, hernoemt, voegt samen of wijst af.',
  leadReader:
    'Bevindingen die bij twee of meer locaties terugkomen, en patronen in de plaatsingen, zoals de programmaleider ze heeft vastgesteld.',
  chooseYear: 'Kies hierboven een schooljaar om de rode lijnen van dat jaar te zien.',
  suggest: (year: string) => `Zoek rode lijnen in ${year}`,
  suggesting: 'Bezig met zoeken…',
  suggested: (n: number) =>
    n === 1 ? '1 rode lijn gevonden of bijgewerkt.' : `${n} rode lijnen gevonden of bijgewerkt.`,
  suggestHelp: 'Opnieuw zoeken laat bevestigde, afgewezen en hernoemde rode lijnen zoals ze zijn.',
  tabsLabel: 'Rode lijnen per status',
  tabs: {
    suggested: 'Voorstellen',
    confirmed: 'Bevestigd',
    dismissed: 'Afgewezen',
  } satisfies Record<CommonThreadStatus, string>,
  tabCount: (label: string, n: number) => `${label} (${n})`,
  empty: {
    suggested: (year: string) =>
      `Geen openstaande voorstellen in ${year}. Zoek rode lijnen om voorstellen te krijgen, of bekijk de bevestigde.`,
    suggestedReader: (year: string) => `Geen openstaande voorstellen in ${year}.`,
    confirmed: (year: string) =>
      `Nog geen bevestigde rode lijnen in ${year}. Bevestig een voorstel om het door de jaren te volgen.`,
    dismissed: (year: string) => `Geen afgewezen voorstellen in ${year}.`,
  },
  pattern: {
    recurring_finding: 'Terugkerende bevinding',
    low_placement: 'Lage plaatsing',
    widening_gap: 'Groeiende afstand nu–gewenst',
  } satisfies Record<CommonThreadPattern, string>,
  manual: 'Zelf aangemaakt',
  strength: 'sterk punt',
  development: 'ontwikkelpunt',
  locations: (n: number) => (n === 1 ? '1 locatie' : `${n} locaties`),
  findingsTitle: (n: number) => (n === 1 ? '1 bevinding' : `${n} bevindingen`),
  wholePartnership: 'partnerschap als geheel',
  theme: 'Thema',

  confirm: 'Bevestigen',
  rename: 'Hernoemen',
  merge: 'Samenvoegen…',
  dismiss: 'Afwijzen',
  restore: 'Terugzetten als voorstel',
  cancel: 'Annuleren',
  save: 'Opslaan',
  confirmTitle: 'Bevestigen als rode lijn',
  nameLabel: 'Naam van de rode lijn',
  nameHint: 'Kort en in eigen woorden, zo noemt de stuurgroep hem straks ook.',
  descriptionLabel: 'Toelichting (optioneel)',
  confirmAction: 'Bevestig rode lijn',
  renameAction: 'Naam opslaan',
  confirmed: (name: string) => `"${name}" is bevestigd als rode lijn.`,
  renamed: (name: string) => `De naam is nu "${name}".`,
  dismissed: (name: string) => `"${name}" is afgewezen.`,
  restored: (name: string) => `"${name}" staat weer bij de voorstellen.`,
  mergeTitle: (name: string) => `Samenvoegen met "${name}"`,
  mergeLead:
    'Kies de rode lijnen die hierin opgaan. Hun bevindingen komen bij deze rode lijn en zij verdwijnen.',
  mergeChoices: 'Samenvoegen met',
  mergeNone: 'Er zijn geen andere rode lijnen in dit schooljaar om mee samen te voegen.',
  mergeName: 'Naam na het samenvoegen',
  mergeAction: (n: number) => (n === 1 ? 'Voeg 1 rode lijn samen' : `Voeg ${n} rode lijnen samen`),
  mergeChooseOne: 'Kies minstens één rode lijn om samen te voegen.',
  merged: (n: number, name: string) =>
    `${n === 1 ? '1 rode lijn is' : `${n} rode lijnen zijn`} samengevoegd in "${name}".`,
  close: 'Sluiten',
  stale:
    'Iemand anders heeft deze rode lijn intussen gewijzigd. De lijst is bijgewerkt; probeer het opnieuw.',

  followedTitle: 'Gevolgd door de jaren',
  followedLead:
    'Bevestigde rode lijnen, per schooljaar: bij hoeveel locaties de bevinding terugkomt, of hoeveel locaties het patroon laten zien.',
  followedCaption: 'Bevestigde rode lijnen per schooljaar',
  followedEmpty: 'Nog geen bevestigde rode lijnen om te volgen.',
  followedHead: 'Rode lijn',
  followedFindings: (locations: number, findings: number | null) =>
    `${locations === 1 ? '1 locatie' : `${locations} locaties`}${
      findings !== null ? ` (${findings === 1 ? '1 bevinding' : `${findings} bevindingen`})` : ''
    }`,
  followedPattern: (locations: number, of: number | null) =>
    of === null ? `${locations} locaties` : `${locations} van ${of} locaties`,
  followedGap: (gap: string) => `mediaan afstand ${gap}`,
  followedNone: 'niet gezien',
  since: (year: string) => `sinds ${year}`,
} as const;
