/** Every Dutch text the content module shows to users, in one place. */
export const contentMessages = {
  katernNotice:
    'De toelichtingen bij de elementen, de instrumenten, de doelen per rol en de Kwaliteitswaaier zijn voorbeeldteksten van ZET Monitor, in eigen woorden geschreven op basis van het katern ‘Werken aan kwaliteitscultuur’ van het Platform Samen Opleiden & Professionaliseren (2024). Het katern zelf is eigendom van de uitgever.',

  unknownVersion: 'Deze versie van de ZET bestaat niet.',
  unknownTheme: 'Dit thema bestaat niet in deze versie van de ZET.',
  invalidFilter: 'Dit filter bestaat niet. Kies een waarde uit de lijst.',
  unknownElement: 'Dit element van kwaliteitscultuur bestaat niet. Kies er een uit de lijst.',
  unknownRole: 'Deze rol komt niet voor in de instrumentenwijzer. Kies er een uit de lijst.',
  unknownGoal: 'Dit doel komt niet voor in de instrumentenwijzer. Kies er een uit de lijst.',

  invalidAdaptation:
    'Deze aanpassing kan niet worden opgeslagen. Controleer de gemarkeerde velden.',
  identityFixed:
    'Codes, namen en niveaus van thema’s en scenario’s liggen vast, zodat resultaten over de jaren heen vergelijkbaar blijven. Je kunt alleen de teksten aanpassen.',
  notAdaptable:
    'Dit onderdeel van een thema kun je niet aanpassen. Aanpasbaar zijn de inleiding, de beschrijvingen van de scenario’s, het werkblad, de doelen en stappen van de opdracht en de reflectiekaarten.',
  noWorksheet: 'Dit thema heeft in deze versie geen werkblad.',
  noAssignment: 'Dit thema heeft in deze versie geen opdracht voor de procesbegeleider.',
  noScenario: (level: number) =>
    `Dit thema heeft geen scenario ${level}. De scenario’s lopen van 1 tot en met 4.`,
  noStep: (step: number, count: number) =>
    `De opdracht heeft geen stap ${step}; er ${count === 1 ? 'is 1 stap' : `zijn ${count} stappen`}.`,
  cardCodeFixed:
    'De code van een reflectiekaart ligt vast. Pas alleen de titel, het inzicht of de vragen aan.',
  textEmpty: 'Deze tekst mag niet leeg zijn.',
  textTooLong: (max: number) => `Deze tekst is te lang (hoogstens ${max} tekens).`,
  tooManyItems: (max: number) => `Geef hoogstens ${max} regels.`,

  overrideTaken:
    'Iemand anders heeft dit onderdeel intussen al aangepast. Laad de nieuwste versie en probeer het opnieuw.',
  overrideStale:
    'Iemand anders heeft deze aanpassing intussen gewijzigd of teruggezet. Laad de nieuwste versie en probeer het opnieuw.',
  overrideNotFound:
    'Deze aanpassing bestaat niet (meer). Het thema toont al de tekst van de ZET zelf.',

  targetGroupExists: 'Dit partnerschap heeft al een doelgroep met deze naam.',
  targetGroupNotFound: 'Deze doelgroep bestaat niet (meer).',
  baseTargetGroup:
    'Deze doelgroep hoort bij de ZET zelf; je kunt alleen doelgroepen van je partnerschap verwijderen.',
  invalidTargetGroup:
    'Deze doelgroep kan niet worden opgeslagen. Controleer de gemarkeerde velden.',

  labels: {
    introduction: 'Inleiding',
    scenarioDescription: (level: number) => `Scenario ${level}: beschrijving`,
    worksheetInstructions: 'Werkblad: instructie',
    worksheetPrompts: 'Werkblad: vragen',
    assignmentGoals: 'Opdracht: doelen',
    stepInstructions: (step: number, title: string | undefined) =>
      title
        ? `Opdracht, stap ${step} (${title}): aanwijzingen`
        : `Opdracht, stap ${step}: aanwijzingen`,
    reflectionCard: (title: string | undefined, code: string) =>
      `Reflectiekaart ‘${title ?? code}’`,
  },

  /** Dutch wording of zod's generic issues; messages the content schemas set themselves win. */
  zod: {
    missing: 'Dit veld ontbreekt.',
    expectedText: 'Vul hier een tekst in.',
    expectedList: 'Geef hier een lijst van teksten.',
    expectedCard: 'Geef hier een reflectiekaart met een code, een titel, een inzicht en vragen.',
    wrongShape: 'Dit veld heeft niet de juiste vorm.',
    listTooShort: (min: number) =>
      min === 1 ? 'Geef minstens één regel.' : `Geef minstens ${min} regels.`,
    unknownKeys: (keys: readonly string[]) =>
      keys.length === 1 ? `Onbekend veld: ${keys[0]}.` : `Onbekende velden: ${keys.join(', ')}.`,
    invalid: 'Deze waarde klopt niet.',
  },
} as const;
