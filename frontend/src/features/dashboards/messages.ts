import { joinDutch } from '../../lib/dutch';

/** "in 2024-2025", "van 2022-2023 tot en met 2024-2025", or "" for no years. */
export function periodText(schoolYears: readonly string[]): string {
  const first = schoolYears[0];
  const last = schoolYears.at(-1);
  if (!first || !last) return '';
  return first === last ? `in ${first}` : `van ${first} tot en met ${last}`;
}

/** Dutch texts of the dashboards: Ontwikkeling, Waarborgen, Rode lijnen, Onze locatie, Rolperspectieven. */
export const dashboardMessages = {
  developmentTitle: 'Ontwikkeling',
  developmentLead:
    "Hoe ontwikkelen de thema's zich door de jaren heen? Per thema het verloop per locatie en van het partnerschap, waar en wanneer er geëvalueerd is, de afstand tussen huidig en gewenst, of ambities gehaald worden en hoe locaties tussen scenario's bewegen.",
  controlsLabel: 'Wat wil je zien?',
  themeLabel: 'Thema',
  themesEmpty: "Er zijn nog geen thema's ingeladen, dus er valt nog niets te tonen.",
  unknownTheme: (code: string) => `Het thema "${code}" bestaat niet. Kies een thema uit de lijst.`,
  chooseTheme: 'Kies een thema',

  locationsLegend: 'Locaties in de grafiek',
  locationsHelp: 'Elke gekozen locatie krijgt een eigen kleur en vorm.',
  selectAll: 'Alle locaties',
  selectNone: 'Geen locaties',
  archived: 'gearchiveerd',
  manyLines: 'Met veel locaties tegelijk wordt de grafiek onrustig; de tabel blijft goed leesbaar.',
  withoutResult: (names: string) => `Nog geen resultaat voor dit thema: ${names}.`,
  noLocationsWithResults: 'Nog geen enkele locatie heeft een resultaat voor dit thema.',

  empty: 'Nog geen vastgestelde evaluaties voor dit thema.',
  emptyHelp: (theme: string) =>
    `Zodra een ZET-evaluatie met een gesprek over ${theme} is vastgesteld, zie je hier de ontwikkeling. Kies intussen een ander thema.`,
  updating: 'Bezig met bijwerken…',

  howToRead: 'Zo lees je de grafiek',
  howToReadPoints: [
    'Een punt is het resultaat van een locatie in een schooljaar: de plaatsing uit het vastgestelde themagesprek. Spraken meer groepen over het thema, dan is het de mediaan van die groepen.',
    'Een schooljaar zonder resultaat is een onderbreking in de lijn; er wordt niets bijgeschat.',
    'Plaatsingen zijn geen cijfers: 2½ betekent tussen scenario 2 en 3 in. De mediaan van het partnerschap is altijd een punt dat echt gegeven is; n is het aantal locaties met een resultaat.',
  ],

  // Shared by every dashboard
  nav: 'Dashboards',
  views: {
    development: 'Ontwikkeling',
    safeguards: 'Waarborgen',
    commonThreads: 'Rode lijnen',
    location: 'Onze locatie',
    locationOther: 'Per locatie',
    rolePerspectives: 'Rolperspectieven',
  },
  filtersLabel: 'Filters',
  periodFrom: 'Van schooljaar',
  periodTo: 'Tot en met',
  periodAll: 'Alle schooljaren',
  yearLabel: 'Schooljaar',
  yearLatest: 'Nieuwste',
  targetGroupLabel: 'Doelgroep',
  targetGroupAll: 'Alle doelgroepen',
  safeguardLabel: 'Waarborg',
  safeguardAll: 'Alle waarborgen',
  themeAll: "Alle thema's",
  locationFilterLegend: 'Locaties',
  locationFilterSummary: (chosen: number, total: number) =>
    chosen === 0 || chosen === total
      ? `Alle locaties (${total})`
      : `${chosen} van ${total} locaties`,
  locationFilterHelp: 'Geen vinkje: alle locaties tellen mee.',
  resetFilters: 'Filters wissen',
  basis: (locations: number, sessions: number, schoolYears: readonly string[]) =>
    `Gebaseerd op ${locations === 1 ? '1 locatie' : `${locations} locaties`} en ${
      sessions === 1 ? '1 vastgesteld themagesprek' : `${sessions} vastgestelde themagesprekken`
    }${schoolYears.length > 0 ? ` ${periodText(schoolYears)}` : ''}.`,
  noFinalised: (schoolYears: readonly string[]) =>
    `Nog geen vastgestelde evaluaties ${periodText(schoolYears) || 'in deze periode'}`.trim(),
  noFinalisedHelp:
    'Zodra een ZET-evaluatie is vastgesteld, verschijnen de resultaten hier. Kies intussen een andere periode, doelgroep of andere locaties, of wis de filters.',
  viewLabel: 'Weergave',
  legendLabel: 'Legenda',

  // Ontwikkeling: sub-views
  developmentViews: {
    trajectory: 'Verloop per thema',
    coverage: 'Dekking',
    gaps: 'Huidig en gewenst',
    ambitions: 'Ambities',
    transitions: 'Overgangen',
  },
  coverageTitle: "Welke thema's zijn waar geëvalueerd?",
  coverageLead:
    'Per locatie en thema het schooljaar van de laatste vastgestelde evaluatie. Gearceerd: twee jaar of langer niet (of nog nooit) — kandidaten voor de volgende ronde.',
  coverageCaption: (reference: string | null) =>
    reference
      ? `Laatste evaluatie per locatie en thema, gerekend vanaf ${reference}`
      : 'Laatste evaluatie per locatie en thema',
  coverageTableCaption: 'Dekking per thema: waar 2 jaar of langer niet geëvalueerd',
  coverageLegendRecent: 'recent geëvalueerd (minder dan 2 jaar geleden)',
  coverageLegendStale: '2 jaar of langer niet',
  coverageLegendNever: 'nooit geëvalueerd',

  gapsTitle: 'Afstand tussen huidig en gewenst',
  gapsLead:
    'Per thema de mediaan van waar de locaties staan en waar ze naartoe willen. Een lange balk: veel ambitie, of een grote opgave.',
  gapsCaption: (year: string) => `Huidig en gewenst scenario per thema in ${year} (medianen)`,
  gapsTableCaption: (year: string) => `Afstand huidig–gewenst per thema in ${year}`,
  gapsHowTo: [
    'De dichte stip is de mediaan van de huidige plaatsingen, de open ruit die van de gewenste. Het getal rechts is de mediaan van de afstand per locatie.',
    'n is het aantal locaties met zowel een huidige als een gewenste plaatsing in dat schooljaar.',
  ],

  ambitionsTitle: 'Ambities: gehaald en bijgesteld?',
  ambitionsLead:
    'Vergelijkt elke locatie met haar vorige resultaat op hetzelfde thema: is de gewenste plaatsing van toen nu bereikt, en ligt de nieuwe ambitie hoger, gelijk of lager?',
  reachedCaption: (year: string) =>
    `${year}: is de gewenste plaatsing van de vorige keer nu bereikt? (aantal locaties per thema)`,
  ambitionCaption: (year: string) =>
    `${year}: ligt de nieuwe gewenste plaatsing hoger dan de vorige? (aantal locaties per thema)`,
  reached: 'bereikt',
  notReached: 'niet bereikt',
  rose: 'ambitie hoger',
  same: 'ambitie gelijk',
  fell: 'ambitie lager',
  noComparison: 'geen eerder resultaat om mee te vergelijken',
  nComparisons: (n: number) => (n === 1 ? 'n = 1 locatie' : `n = ${n} locaties`),
  ambitionDetailsTitle: 'Per locatie: de nieuwste vergelijking',
  ambitionDetailsCaption:
    'Per locatie en thema: vorige gewenste plaatsing, nu, en de nieuwe ambitie',
  ambitionHead: {
    location: 'Locatie',
    theme: 'Thema',
    previous: 'Gewenst vorige keer',
    current: 'Nu',
    desired: 'Nieuw gewenst',
    reached: 'Bereikt?',
    ambition: 'Ambitie',
  },
  yes: 'ja',
  no: 'nee',
  ambitionWord: { rose: 'hoger', same: 'gelijk', fell: 'lager' },
  noAmbitionYear: 'Nog geen locatie heeft twee resultaten op hetzelfde thema om te vergelijken.',

  transitionsTitle: 'Overgangen tussen scenario’s',
  transitionsLead:
    'Hoe locaties van het ene resultaat naar het volgende zijn bewogen (op hetzelfde thema). Boven de diagonaal: omhoog, eronder: omlaag.',
  transitionsCaption: (theme: string | undefined) =>
    theme ? `Van scenario naar scenario bij ${theme}` : "Van scenario naar scenario, alle thema's",
  transitionsTableCaption: 'Overgangen, meest voorkomend eerst',
  transitionsBasis: (steps: number, locations: number) =>
    `${steps === 1 ? '1 overgang' : `${steps} overgangen`} bij ${
      locations === 1 ? '1 locatie' : `${locations} locaties`
    }.`,
  transitionsTop: 'Meest voorkomend:',
  transitionsTopItem: (count: number, from: string, to: string) =>
    from === to ? `${count}× gebleven op ${from}` : `${count}× van ${from} naar ${to}`,
  noTransitions:
    'Nog geen overgangen: daarvoor zijn per locatie twee vastgestelde resultaten op hetzelfde thema nodig.',

  // Waarborgen
  safeguardsTitle: 'Waarborgen',
  safeguardsLead:
    'Kwaliteit per waarborg van het Kwaliteitskader Samen Opleiden & Inductie: hoe de resultaten van de locaties op de gekoppelde thema’s over de scenario’s verdeeld zijn, door de jaren heen.',
  safeguardThemes: (names: readonly string[]) => `Thema's: ${joinDutch(names)}.`,
  distributionCaption: (name: string) =>
    `${name}: verdeling van de resultaten (locatie × thema) over de scenario's, per schooljaar`,
  distributionTableCaption: (name: string) =>
    `${name}: aantal resultaten per scenario en schooljaar`,
  distributionHowTo:
    'Elk resultaat is de plaatsing van één locatie op één thema in dat schooljaar; een thema telt mee bij elk van zijn waarborgen. Onder elk jaar: n en de mediaan.',
  summaryTitle: 'In één oogopslag',
  summaryCaption: (period: string) =>
    `De vier waarborgen ${period}: mediaan van de resultaten`.trim(),
  summaryHead: {
    safeguard: 'Waarborg',
    first: 'Eerste jaar',
    latest: 'Nieuwste jaar',
    strongest: 'Sterkst',
    weakest: 'Zwakst',
  },
  summaryYear: (median: string, year: string, n: number) =>
    `${median} in ${year} (${n === 1 ? 'n = 1 resultaat' : `n = ${n} resultaten`})`,
  rankingTitle: (year: string) => `Sterkste en zwakste thema's in ${year}`,
  rankingCaption: (name: string, year: string) => `${name}: thema's op mediaan in ${year}`,
  rankingHead: { theme: 'Thema', median: 'Mediaan', spread: 'Spreiding', n: 'n' },
  strongest: 'sterkst',
  weakest: 'zwakst',
  noRanking: 'Nog geen resultaten om thema’s te vergelijken.',
  threadsTitle: 'Vastgestelde rode lijnen',
  noThreads: 'Nog geen vastgestelde rode lijnen bij deze waarborg.',
  exportsTitle: 'Rapport en cijfers downloaden',
  exportsLead:
    'Met de filters hierboven. Het PDF-rapport bevat de grafieken, de periode, de inhoudsversie en waarop de cijfers rusten; geschikt voor de stuurgroep en een peer review.',
  exportPdf: (name: string | undefined) =>
    name ? `PDF-rapport: ${name}` : 'PDF-rapport: alle vier de waarborgen',
  exportXlsx: 'Excel (alle tabellen)',
  exportCsv: 'CSV',
  exportCsvTable: 'Tabel voor CSV',
  exportTables: {
    verdeling: 'Verdeling per schooljaar',
    themas: "Thema's",
    resultaten: 'Resultaten per locatie en thema',
    'rode-lijnen': 'Rode lijnen',
  },
  exporting: (what: string) => `${what} wordt gemaakt…`,
  exported: (file: string) => `${file} is gedownload.`,

  // Rode lijnen (heatmap)
  commonThreadsTitle: 'Rode lijnen',
  commonThreadsLead:
    'Patronen die bij meerdere locaties terugkomen. Hieronder eerst de stand van een schooljaar: locaties × thema’s.',
  heatmapTitle: (year: string | null) => (year ? `Stand in ${year}` : 'Stand per locatie en thema'),
  heatmapCaption: (year: string) =>
    `Huidig scenario per locatie en thema in ${year}; de pijl wijst naar het gewenste scenario`,
  heatmapTableCaption: (year: string) => `Resultaten per locatie en thema in ${year}`,
  heatmapWithoutResult: (year: string, names: string) =>
    `Geen vastgesteld resultaat in ${year}: ${names}.`,
  heatmapHowTo: [
    'Hoe donkerder het vakje, hoe hoger het scenario; gestreept betekent tussen twee scenario’s in. Het getal in het vakje is het huidige scenario, de pijl wijst naar het gewenste.',
    '“2× 2–3”: twee groepen spraken over het thema; het getal is hun mediaan, daarnaast de laagste en hoogste plaatsing.',
    'De onderste rij is het partnerschap: de mediaan van de locaties, de spreiding en n.',
  ],

  // Onze locatie
  locationTitle: 'Onze locatie',
  locationTitleOther: 'Per locatie',
  locationLead:
    'De eigen ontwikkeling per thema naast die van het partnerschap. Andere locaties zie je alleen samen, als mediaan en spreiding, zonder namen.',
  locationPickerLabel: 'Locatie',
  noOwnLocation:
    'Je bent nog niet aan een locatie gekoppeld. Vraag de programmaleider om je aan je locatie toe te voegen.',
  overviewTitle: "Alle thema's in één oogopslag",
  overviewCaption: (location: string) =>
    `${location}: nieuwste resultaat per thema, met de mediaan van het partnerschap in hetzelfde jaar`,
  overviewHead: {
    theme: 'Thema',
    year: 'Laatst in',
    current: 'Huidig',
    desired: 'Gewenst',
    partnership: 'Partnerschap (mediaan, spreiding)',
  },
  notYetEvaluated: 'nog niet geëvalueerd',
  tooFewLocations:
    'niet getoond: te weinig andere locaties met een resultaat om mee te vergelijken',
  locationTrajectoryCaption: (location: string, theme: string) =>
    `${theme}: ${location} (huidig en gewenst) naast de mediaan en spreiding van het partnerschap`,
  findingsTitle: 'Onze bevindingen door de jaren heen',
  findingsAllThemes: "Toon bevindingen van alle thema's",
  strengths: 'Sterke punten',
  developmentPoints: 'Ontwikkelpunten',
  noFindings: (theme: string | undefined) =>
    theme
      ? `Nog geen bevindingen bij ${theme}. Ze verschijnen hier zodra een evaluatie met dit thema is vastgesteld.`
      : 'Nog geen bevindingen. Ze verschijnen hier zodra een evaluatie is vastgesteld.',
  actionsTitle: 'Openstaande verbeteracties',
  noActions:
    'Geen openstaande verbeteracties. Nieuwe acties maak je vanuit de ontwikkelpunten van een evaluatie.',
  actionsCaption: (location: string) => `Openstaande verbeteracties van ${location}`,
  actionHead: {
    title: 'Actie',
    theme: 'Thema',
    owner: 'Eigenaar',
    due: 'Uiterlijk',
    status: 'Status',
    year: 'Schooljaar',
  },
  actionStatus: { open: 'open', in_progress: 'bezig' },
  overdue: 'verlopen',
  noDueDate: 'geen datum',

  // Rolperspectieven
  rolesTitle: 'Rolperspectieven',
  rolesLead:
    'Hoe plaatsten deelnemers in verschillende rollen het thema, ieder voor zich, tegenover de plaatsing van de groep? En hoe ver liggen schoolkant en instituutskant uit elkaar?',
  rolesMinGroup: (min: number) =>
    `Alleen rollen met minstens ${min} deelnemers worden apart getoond; kleinere rollen zijn samengevoegd tot “overige rollen” of weggelaten.`,
  rolesHidden: (n: number) =>
    n === 1
      ? '1 plaatsing is weggelaten omdat de groep te klein was om anoniem te blijven.'
      : `${n} plaatsingen zijn weggelaten omdat de groepen te klein waren om anoniem te blijven.`,
  rolesCaption: (theme: string, period: string) =>
    `${theme}: individuele plaatsingen per rol tegenover de groepsplaatsing ${period}`.trim(),
  rolesTableCaption: (theme: string) => `${theme}: plaatsingen per rol`,
  rolesSidesTitle: 'School en instituut',
  rolesSideSchool: 'Schoolkant',
  rolesSideInstituut: 'Instituutskant',
  rolesEveryone: 'Alle deelnemers',
  rolesDifference: (diff: string) =>
    `Verschil schoolkant − instituutskant: ${diff} scenario-stap(pen).`,
  rolesBasis: (sessions: number) =>
    sessions === 1 ? 'Gebaseerd op 1 themagesprek.' : `Gebaseerd op ${sessions} themagesprekken.`,
  rolesOverviewTitle: "Alle thema's",
  wholePartnershipName: 'Partnerschap als geheel',
  rolesOverviewCaption: (period: string) => `Rolperspectieven per thema ${period}`.trim(),
  rolesOverviewHead: {
    theme: 'Thema',
    group: 'Groep',
    roles: 'Rollen (mediaan, verschil met de groep)',
    sides: 'School − instituut',
    spread: 'Spreiding individueel',
    sessions: 'Gesprekken',
  },
  rolesSessionsTitle: 'Per themagesprek',
  rolesSessionsCaption: (theme: string) => `${theme}: rolperspectieven per themagesprek`,
  rolesSessionHead: {
    session: 'Gesprek',
    group: 'Groep',
    roles: 'Rollen (mediaan, verschil met de groep)',
    spread: 'Spreiding individueel',
  },
  noRoleData: (theme: string) =>
    `Geen rolplaatsingen bij ${theme} in deze periode, of te weinig deelnemers per rol om te tonen. Kies een ander thema of een langere periode.`,
} as const;
