/** Dutch texts of the Ontwikkeling page. */
export const dashboardMessages = {
  developmentTitle: 'Ontwikkeling',
  developmentLead:
    'Hoe ontwikkelt een thema zich door de jaren heen? Per locatie zie je waar ze staat (huidig) en waar ze naartoe wil (gewenst), en daartussen de mediaan van het partnerschap.',
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
} as const;
