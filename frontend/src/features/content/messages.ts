/** Dutch texts of the Thema's pages. */
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
} as const;
