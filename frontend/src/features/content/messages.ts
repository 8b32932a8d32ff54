/** Dutch texts of the Thema's pages, the instrument catalogue, the print views and adaptation. */
export const contentMessages = {
  themesTitle: "Thema's",
  themesLead:
    "De gespreksthema's van de ZET, per domein. Bij elk thema zie je aan welke waarborgen van het Kwaliteitskader Samen Opleiden & Inductie het bijdraagt. Open een thema voor de scenario's en de materialen voor het themagesprek.",
  themesEmpty: "Er zijn nog geen thema's ingeladen.",
  themesEmptyHelp:
    "De thema's komen uit de inhoudsbestanden van de installatie. Vraag de beheerder om de ZET-inhoud te laden.",
  domainEmpty: "In dit domein staan nog geen thema's.",
  safeguardsLabel: 'Waarborgen',
  cultureElementsLabel: 'Kwaliteitscultuur',
  combinedVariant: (names: string) => `Gecombineerde variant van ${names}.`,

  breadcrumb: 'Kruimelpad',
  backToThemes: "Thema's",
  themeFallbackTitle: 'Thema',
  themeNotFound: 'Dit thema bestaat niet (meer).',
  themeNotFoundHelp: "Kies een thema uit het overzicht van alle thema's.",
  domainLabel: 'Domein',

  introduction: 'Inleiding',
  scenarios: "De vier scenario's",
  scenariosLead:
    "Waar staan jullie nu, en waar willen jullie naartoe? Een groep plaatst zich in een scenario of precies tussen twee scenario's in.",
  scenarioTitle: (level: number, name: string) => `Scenario ${level}: ${name}`,
  scenarioNumber: (level: number) => `Scenario ${level}`,
  inkPhase: (phase: string) => `INK-fase: ${phase}`,
  scenarioNoDescription:
    'De beschrijving van dit scenario bij dit thema volgt nog; hierboven staat de algemene omschrijving.',

  assignment: 'Opdracht voor de procesbegeleider',
  goals: 'Doelen van het gesprek',
  steps: 'Opbouw van het gesprek',
  stepPhase: {
    individueel: 'Individueel',
    uitwisseling: 'Uitwisseling',
    reflectie: 'Reflectie',
    plaatsing: 'Plaatsing',
  } as Partial<Record<string, string>>,
  minutes: (n: number) => (n === 1 ? '1 minuut' : `${n} minuten`),
  stepCards: 'Reflectiekaarten bij deze stap:',
  stepNumber: (n: number) => `Stap ${n}`,

  worksheet: 'Werkblad',
  worksheetPrompts: 'Vragen op het werkblad',

  reflectionCards: 'Reflectiekaarten',
  cardQuestions: 'Vragen om te bespreken',

  nothingAvailable:
    "De materialen voor dit thema zijn nog niet beschikbaar. De algemene scenario's hieronder kun je al gebruiken; de opdracht, het werkblad en de reflectiekaarten volgen.",
  someMissing: (parts: string) => `Nog niet beschikbaar voor dit thema: ${parts}.`,
  missingPart: {
    introduction: 'inleiding',
    scenarios: "beschrijvingen van de scenario's",
    assignment: 'opdracht voor de procesbegeleider',
    worksheet: 'werkblad',
    reflectionCards: 'reflectiekaarten',
  },

  versionLabel: 'Inhoudsversie',
  versionCurrent: (name: string) => `${name} (huidige versie)`,
  versionShown: (name: string) => `Inhoudsversie: ${name}.`,
  exampleContent: 'Voorbeeldinhoud',
  versionLine: (name: string) => `Inhoudsversie: ${name}`,
  olderVersion: (name: string) =>
    `Je bekijkt een oudere inhoudsversie (${name}). Resultaten uit die versie tellen mee in dezelfde ontwikkellijn als de huidige thema's.`,

  // Sub-navigation between the content pages
  contentNav: 'ZET-inhoud',
  navThemes: "Thema's",
  navInstruments: 'Instrumenten',
  navCulture: 'Kwaliteitscultuur',

  // Themes overview extras
  themeAdapted: 'Aangepast door het partnerschap',
  themeAdaptedCount: (n: number) =>
    n === 1
      ? '1 onderdeel aangepast door het partnerschap'
      : `${n} onderdelen aangepast door het partnerschap`,
  generalScenariosTitle: "De vier scenario's in het algemeen",
  generalScenariosLead:
    'Elk thema beschrijft dezelfde vier ontwikkelniveaus, afgeleid van de fasen van organisatieontwikkeling van het INK-model. Scenario 2 is de basis die je van samen opleiden mag verwachten.',
  guideTitle: 'Handreiking voor de procesbegeleider',
  guideLead: 'Hoe je een themagesprek voorbereidt, begeleidt en afrondt, in het kort.',
  allAdaptationsLink: 'Alle aanpassingen van ons partnerschap bekijken',

  // Theme page
  onThisPage: 'Op deze pagina',
  tocIntroduction: 'Inleiding',
  tocScenarios: "Scenario's",
  tocAssignment: 'Opdracht',
  tocWorksheet: 'Werkblad',
  tocCards: 'Reflectiekaarten',
  printWorksheet: 'Werkblad afdrukken',
  printScenarioCard: 'Scenariokaart afdrukken',
  showDiff: 'Verschillen met de basisversie',
  adaptedBadge: 'aangepast door het partnerschap',
  addedBadge: 'toegevoegd door het partnerschap',
  adaptedNotice: (partnership: string) =>
    `${partnership} heeft dit thema aangepast. Wat het partnerschap herschreef of toevoegde, is gemarkeerd met ‘aangepast door het partnerschap’; de rest is de basistekst.`,
  cardFitsStep: (step: number, title: string) => `Past bij stap ${step}: ${title}`,
  cardFitsNoStep: 'Te gebruiken in de reflectiestap van het gesprek.',
  instrumentsForElement: (name: string) => `Instrumenten voor ‘${name}’`,
  instrumentsForTheme:
    'Na het gesprek verder werken aan kwaliteitscultuur? Deze instrumenten uit het katern passen bij de elementen van dit thema:',
  furtherTitle: 'Verder na het gesprek',

  // Adaptation
  adaptStart: 'Aanpassen voor ons partnerschap',
  adaptStop: 'Klaar met aanpassen',
  adaptLead:
    'Je past de teksten aan voor je eigen partnerschap. Thema, scenario-niveaus en de opbouw van het gesprek blijven gelijk, zodat resultaten vergelijkbaar blijven met andere jaren en partnerschappen. Procesbegeleiders zien meteen de aangepaste tekst.',
  edit: 'Bewerken',
  editLabel: (label: string) => `${label} bewerken`,
  save: 'Opslaan',
  saving: 'Bezig met opslaan…',
  cancel: 'Annuleren',
  revert: 'Terug naar de basistekst',
  removeCard: 'Kaart verwijderen',
  revertTitle: 'Terug naar de basistekst?',
  revertBody: (label: string) =>
    `De aanpassing van ‘${label}’ verdwijnt en iedereen in het partnerschap ziet weer de tekst van de basisversie. Dit kun je niet ongedaan maken.`,
  removeCardTitle: 'Kaart verwijderen?',
  removeCardBody: (title: string) =>
    `De reflectiekaart ‘${title}’ die het partnerschap toevoegde, verdwijnt uit dit thema. Dit kun je niet ongedaan maken.`,
  revertConfirm: 'Ja, terug naar de basistekst',
  removeCardConfirm: 'Ja, kaart verwijderen',
  close: 'Sluiten',
  saved: (label: string) => `Opgeslagen voor het partnerschap: ${label}.`,
  reverted: (label: string) => `Teruggezet naar de basistekst: ${label}.`,
  cardRemoved: (title: string) => `De kaart ‘${title}’ is verwijderd.`,
  cardAdded: (title: string) => `De kaart ‘${title}’ is toegevoegd aan dit thema.`,
  unchanged: 'Je hebt nog niets veranderd.',
  listHint: 'Eén per regel.',
  textHint: 'Een lege regel begint een nieuwe alinea.',
  lastChanged: (name: string | null, when: string) =>
    name ? `Laatst aangepast door ${name} op ${when}.` : `Laatst aangepast op ${when}.`,
  revertStale:
    'Iemand anders heeft dit onderdeel intussen gewijzigd. Bekijk de nieuwe tekst en probeer het zo nodig opnieuw.',

  conflictTitle: 'Iemand anders heeft dit onderdeel intussen aangepast',
  conflictBody: (name: string | null) =>
    name
      ? `${name} heeft deze tekst opgeslagen terwijl jij aan het bewerken was. Kies welke tekst blijft, of voeg ze samen in het tekstvak en sla dan op.`
      : 'Deze tekst is opgeslagen terwijl jij aan het bewerken was. Kies welke tekst blijft, of voeg ze samen in het tekstvak en sla dan op.',
  conflictTheirs: 'Nu opgeslagen',
  conflictTheirsBase: 'Nu opgeslagen (de basistekst: de aanpassing is teruggezet)',
  conflictMine: 'Jouw tekst',
  conflictUseTheirs: 'Opgeslagen tekst houden',
  conflictCopyTheirs: 'Opgeslagen tekst in het tekstvak zetten',
  conflictSaveMine: 'Tekst uit het tekstvak opslaan',

  cardTitle: 'Titel',
  cardInsight: 'Inzicht',
  cardInsightHint: 'Wat weten we uit theorie of ervaring? Een paar zinnen.',
  cardQuestionsField: 'Vragen om te bespreken',
  addCardTitle: 'Een reflectiekaart toevoegen',
  addCardLead:
    'Een eigen kaart van het partnerschap, bijvoorbeeld over jullie kernbegrippen. Hij wordt aangeboden in de reflectiestap van het gesprek.',
  addCardSubmit: 'Kaart toevoegen',

  // Diff
  diffTitle: 'Verschillen met de basisversie',
  diffAllTitle: 'Aanpassingen van het partnerschap',
  diffLead: (partnership: string, version: string) =>
    `Wat ${partnership} anders heeft dan de basisversie ${version}. Links de basistekst, rechts de tekst van het partnerschap.`,
  diffLegend:
    'Verwijderde woorden zijn doorgestreept, toegevoegde woorden onderstreept en gemarkeerd.',
  diffLegendRemoved: 'doorgestreept: uit de basistekst gehaald',
  diffLegendAdded: 'onderstreept: door het partnerschap toegevoegd',
  diffBase: 'Basisversie',
  diffPartnership: 'Ons partnerschap',
  diffRemoved: 'verwijderd:',
  diffAdded: 'toegevoegd:',
  diffAddition: 'Toegevoegd door het partnerschap; de basisversie heeft dit niet.',
  diffNotApplied:
    'Deze aanpassing wordt niet getoond: de basisversie heeft dit onderdeel niet (meer). Zet hem terug of pas hem opnieuw aan.',
  diffNoChanges: 'Het partnerschap heeft nog niets aangepast; iedereen gebruikt de basisversie.',
  diffNoChangesTheme:
    'Het partnerschap heeft dit thema niet aangepast; het is gelijk aan de basisversie.',
  diffTargetGroups: 'Doelgroepen die het partnerschap toevoegde',
  diffBackToTheme: (name: string) => `Terug naar ${name}`,
  diffNoPartnership:
    'Aanpassingen horen bij een partnerschap. Je bent (nog) geen lid van een partnerschap, dus er is niets te vergelijken.',

  // Instrument catalogue
  instrumentsTitle: 'Instrumentencatalogus',
  instrumentsLead:
    'Instrumenten uit het katern ‘Werken aan kwaliteitscultuur’ om na een themagesprek verder te werken aan kwaliteitscultuur. Filter op het element waaraan je wilt werken, op je rol of op een doel.',
  filtersLegend: 'Filter de instrumenten',
  filterElement: 'Element van kwaliteitscultuur',
  filterRole: 'Rol',
  filterGoal: 'Doel',
  filterAll: 'Alle',
  filterOption: (name: string, count: number) => `${name} (${count})`,
  clearFilters: 'Filters wissen',
  resultCount: (shown: number, total: number) =>
    shown === total ? `${total} instrumenten` : `${shown} van de ${total} instrumenten`,
  noInstruments: 'Geen instrumenten met deze combinatie van filters.',
  noInstrumentsHelp: 'Kies een ander filter of wis de filters.',
  instrumentOrigin: 'Herkomst',
  instrumentDevelopers: 'Ontwikkeld door',
  instrumentInitiator: 'Initiatiefnemer',
  instrumentTargetGroup: 'Doelgroep',
  instrumentElements: 'Elementen',
  instrumentRoles: 'Voor de rollen',
  instrumentGoals: 'Doelen',
  unknownValue: 'Niet vermeld',

  // Kwaliteitscultuur page
  cultureTitle: 'Kwaliteitscultuur',
  cultureLead:
    'De theorie uit het katern ‘Werken aan kwaliteitscultuur’: de vijf elementen van een kwaliteitscultuur, de Kwaliteitswaaier met de 8 V’s, wat elke rol nodig heeft en welke instrumenten bij welke doelen passen.',
  cultureElementsTitle: 'De vijf elementen van een kwaliteitscultuur',
  cultureThemes: "Thema's",
  cultureInstruments: 'Instrumenten',
  showInstruments: 'Toon deze instrumenten in de catalogus',
  qualityFanTitle: 'De Kwaliteitswaaier: 8 V’s',
  qualityFanLead: 'De stappen van de kwaliteitscyclus, van visie tot verbeteren.',
  roleNeedsTitle: 'Wat elke rol nodig heeft',
  roleNeedsCaption: 'Per rol: wat nodig is om te verbeteren en om verantwoording af te leggen',
  roleColumn: 'Rol',
  toImproveColumn: 'Om te verbeteren',
  toAccountColumn: 'Om verantwoording af te leggen',
  guidanceTitle: 'Doelen per rol',
  guidanceLead:
    'Uitdagingen die een aantal rollen delen, met de instrumenten die erbij helpen (hoofdstuk 4 van het katern).',
  guidanceAudience: 'Voor',
  roleGuidanceCaption: 'De doelen per rol (klik op een rol voor de instrumenten die erbij passen)',
  goalsColumn: 'Doelen',

  // Print views
  print: 'Afdrukken',
  printHint:
    'Het werkblad past op A4 staand. Kies in het afdrukvenster ‘Opslaan als pdf’ voor een bestand om te mailen.',
  printHintCard:
    'De scenariokaart past op één A4 liggend. Kies in het afdrukvenster ‘Opslaan als pdf’ voor een bestand om te mailen.',
  backToTheme: (name: string) => `Terug naar ${name}`,
  worksheetTitle: 'Werkblad',
  worksheetFor: (theme: string) => `Werkblad · ${theme}`,
  scenarioCardTitle: 'Scenariokaart',
  scenarioCardFor: (theme: string) => `Scenariokaart · ${theme}`,
  sheetRole: 'Mijn rol',
  sheetDate: 'Datum',
  sheetLocation: 'Locatie',
  sheetAnonymous: 'Je werkblad is anoniem: schrijf alleen je rol op, niet je naam.',
  placementTitle: 'Waar staan we nu, en waar willen we naartoe?',
  placementLead:
    "Zet in elke rij één kruisje: bij een scenario, of in het vak tussen twee scenario's als de locatie daar precies tussenin zit.",
  placementNow: 'Nu',
  placementDesired: 'Gewenst',
  placementColumn: 'Plaatsing',
  placementBetween: (low: number) => `tussen ${low} en ${low + 1}`,
  placementWhy: 'Waarom? (één zin)',
  sheetFooter: (version: string) => `ZET Monitor · ${version} · voorbeeldinhoud`,
  sheetAdapted: (partnership: string) => `Met aanpassingen van ${partnership}.`,
  noWorksheet: 'Dit thema heeft (nog) geen werkblad.',
} as const;
