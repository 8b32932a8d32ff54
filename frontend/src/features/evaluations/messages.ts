import type { EvaluationStatus, FindingKind, ParticipantSide } from '@zet/contracts';
import type { AutosaveStatus } from './utils/autosave-machine';
import type { CaptureField } from './utils/capture-draft';
import type { KeyPerspective } from './utils/perspectives';

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** Dutch texts of the evaluations feature: list, plan, capture, live view and finalisation. */
export const evaluationMessages = {
  title: 'Evaluaties',
  filtersLabel: 'Evaluaties filteren',
  schoolYearFilter: 'Schooljaar',
  locationFilter: 'Locatie',
  allSchoolYears: 'Alle schooljaren',
  allLocations: 'Alle locaties',
  clearFilters: 'Filters wissen',
  schoolYearHeading: (schoolYear: string) => `Schooljaar ${schoolYear}`,
  count: (n: number) => plural(n, 'evaluatie', 'evaluaties'),
  status: { draft: 'Concept', finalised: 'Vastgesteld' } satisfies Record<EvaluationStatus, string>,
  partnershipWide: 'Partnerschapsbreed',
  heldOn: 'Datum',
  location: 'Locatie',
  themes: "Besproken thema's",
  noThemes: "Nog geen thema's gekozen.",
  sessions: (n: number) => plural(n, 'themagesprek', 'themagesprekken'),
  empty: 'Nog geen evaluaties.',
  emptyHelp:
    'Plan een ZET-evaluatie voor een locatie of voor het hele partnerschap; daarna staat ze hier, per schooljaar.',
  emptyFiltered: 'Geen evaluaties die bij deze filters passen.',
  emptyFilteredHelp: 'Kies een ander schooljaar of een andere locatie, of wis de filters.',
  updating: 'Bezig met bijwerken…',
  planNew: 'Nieuwe evaluatie plannen',

  sides: { school: 'School', instituut: 'Instituut' } satisfies Record<ParticipantSide, string>,
  findingKinds: {
    strength: 'Sterke punten',
    development: 'Ontwikkelpunten',
  } satisfies Record<FindingKind, string>,
  findingKindOne: {
    strength: 'sterk punt',
    development: 'ontwikkelpunt',
  } satisfies Record<FindingKind, string>,

  evaluation: {
    back: 'Terug naar het partnerschap',
    facts: 'Gegevens van het dagdeel',
    heldOn: 'Datum',
    location: 'Locatie',
    schoolYear: 'Schooljaar',
    targetGroups: 'Doelgroepen',
    noTargetGroups: 'Geen doelgroepen gekozen',
    contentVersion: 'Versie van de ZET-inhoud',
    finalisedOn: (when: string, who: string | null) =>
      who ? `Vastgesteld op ${when} door ${who}.` : `Vastgesteld op ${when}.`,
    editPlan: 'Planning wijzigen',
    review: 'Overzicht en vaststellen',
    reviewFinalised: 'Overzicht',
    warningsTitle: 'Adviezen bij de planning',
    warningsHelp:
      'De ZET-methode raadt dit af. Het zijn adviezen: je kunt het dagdeel zo houden als je er bewust voor kiest.',
    round: (n: number, label: string) =>
      label && label !== `Ronde ${n}` ? `Ronde ${n}: ${label}` : `Ronde ${n}`,
    noSessions: 'In deze ronde zijn nog geen themagroepen gepland.',
    noRounds: 'Er zijn nog geen rondes gepland.',
    columns: {
      theme: 'Thema',
      facilitator: 'Procesbegeleider',
      expected: 'Verwacht',
      status: 'Stand',
      placement: 'Nu → gewenst',
      actions: 'Acties',
    },
    noFacilitator: 'Nog niet toegewezen',
    unknownPerson: 'Onbekend (geen lid meer)',
    sessionStatus: { captured: 'Vastgelegd', empty: 'Nog leeg' },
    localDraft: 'Niet verzonden invoer in deze browser',
    capture: 'Vastleggen',
    view: 'Bekijken',
    live: 'Live',
    captureLabel: (theme: string) => `${theme} vastleggen`,
    viewLabel: (theme: string) => `${theme} bekijken`,
    liveLabel: (theme: string) => `Live-weergave van ${theme}`,
    finalisedFlash: 'Het dagdeel is vastgesteld. De uitkomsten zijn nu alleen nog te lezen.',
    planSavedFlash: 'De planning is bewaard.',
  },

  capture: {
    title: 'Themagesprek vastleggen',
    back: (title: string) => `Terug naar ${title}`,
    heading: (theme: string, group: string) => (group ? `${theme} (${group})` : theme),
    meta: (round: number) => `Ronde ${round}`,
    facilitator: 'Procesbegeleider',
    readOnly:
      'Dit dagdeel is vastgesteld: de uitkomsten zijn alleen nog te lezen. Een correctie kan de programmaleider doen.',
    readOnlyNoAccess: 'Je kunt dit themagesprek lezen, maar niet vastleggen.',
    liveLink: 'Live-weergave (projector)',
    liveLinkHelp: 'opent in een nieuw venster',
    restored: 'Je invoer van eerder is teruggezet uit deze browser en wordt nu verstuurd.',
    merged:
      'Iemand anders heeft dit themagesprek intussen ook bewaard. Zijn of haar wijzigingen en de jouwe zaten elkaar niet in de weg en zijn samengevoegd.',
    dismiss: 'Sluiten',
    storageOff:
      'Deze browser bewaart je invoer niet tussentijds (opslag staat uit of is vol). Houd de verbinding aan tot alles is opgeslagen.',
    loadFailedOffline:
      'Het themagesprek kon niet worden geladen. Controleer de verbinding; invoer die in deze browser is bewaard, gaat niet verloren.',

    sections: {
      participants: 'Wie zit er aan tafel',
      placements: 'Individuele plaatsingen (werkblad)',
      findings: 'Sterke punten en ontwikkelpunten',
      cards: 'Gebruikte reflectiekaarten',
      group: 'Plaatsing van de groep',
      closing: 'Afspraken en terugkoppeling',
    },

    participantsHelp:
      'Tel per rol hoeveel mensen er zijn, aan de kant van de school en van het instituut. Verwacht volgens de planning staat ernaast.',
    present: (role: string, side: string) => `${role}, ${side}: aanwezig`,
    expected: (n: number) => `verwacht ${n}`,
    presentTotals: (total: number, school: number, instituut: number) =>
      `${plural(total, 'deelnemer', 'deelnemers')} aan tafel: ${school} van de school, ${instituut} van het instituut.`,
    noneYet: 'Nog niemand geteld.',
    perspectivesTitle: 'Ontbrekend perspectief',
    missingPerspective: {
      student:
        'Er zit geen student aan tafel: het perspectief van de student ontbreekt in dit gesprek.',
      instituutsopleider:
        'Er zit geen instituutsopleider aan tafel: het perspectief van de lerarenopleiding ontbreekt in dit gesprek.',
    } satisfies Record<KeyPerspective, string>,

    placementsHelp:
      'Neem de werkbladen één voor één over: rol, nu en gewenst, dan Enter. Een plaatsing tussen twee scenario’s typ je als 2,5 of 2-3.',
    placementRole: 'Rol',
    placementCurrent: 'Nu',
    placementDesired: 'Gewenst',
    placementDesiredHint: 'mag leeg',
    placementAdd: 'Toevoegen',
    placementInvalid: 'Typ een plaatsing van 1 tot en met 4, bijvoorbeeld 2, 2,5 of 2-3.',
    placementRoleMissing: 'Kies eerst een rol.',
    placementAdded: (n: number) => `Plaatsing ${n} toegevoegd.`,
    placementCount: (n: number) => plural(n, 'plaatsing', 'plaatsingen'),
    placementsEmpty: 'Nog geen plaatsingen ingevoerd.',
    placementRemove: (n: number) => `Plaatsing ${n} verwijderen`,
    placementRemoved: (n: number) => `Plaatsing ${n} verwijderd.`,
    placementNumber: '#',
    remove: 'Verwijderen',

    findingAddLabel: (kind: string) => `Nieuw ${kind}`,
    findingAddHint: 'Typ en druk op Enter om toe te voegen.',
    findingAdd: 'Toevoegen',
    findingText: (kind: string, n: number) => `${kind} ${n}`,
    findingMoveUp: (n: number) => `Punt ${n} omhoog`,
    findingMoveDown: (n: number) => `Punt ${n} omlaag`,
    findingRemove: (n: number) => `Punt ${n} verwijderen`,
    findingMoved: (n: number) => `Verplaatst naar plek ${n}.`,
    findingRemoved: 'Punt verwijderd.',
    findingsEmpty: (kind: string) => `Nog geen ${kind}.`,
    findingsKeyboard: 'Alt + pijl omhoog of omlaag verplaatst het punt waarin je typt.',
    findingEmptyNotSaved: 'Een leeg punt wordt niet opgeslagen.',
    up: 'Omhoog',
    down: 'Omlaag',

    cardsEmpty: 'Dit thema heeft geen reflectiekaarten.',
    cardsLoading: 'Reflectiekaarten laden…',

    current: 'Waar staan we nu?',
    desired: 'Waar willen we naartoe?',
    scaleHelp:
      'Kies een scenario, of precies tussen twee scenario’s in. Met de pijltoetsen ga je van keuze naar keuze.',
    notChosen: 'Nog niet gekozen',
    clearChoice: 'Keuze wissen',
    between: (low: number) => `Tussen ${low} en ${low + 1}`,
    scenario: (level: number) => `Scenario ${level}`,
    rationale: 'Onderbouwing',
    rationaleHint:
      'Waarom staat de groep hier, en waarom wil ze daarheen? Redeneer vanuit de visie van het partnerschap.',
    rationaleRequired:
      'De gewenste plaatsing is gelijk aan de huidige. Onderbouw vanuit de visie waarom de groep hier wil blijven; zonder onderbouwing kan het dagdeel niet worden vastgesteld.',
    agreements: 'Afspraken',
    agreementsHint: 'Wat spreekt de groep af, en wie doet wat?',
    plenaryReporter: 'Wie koppelt terug in de plenaire afsluiting',
    notes: 'Aantekeningen',
    notesHint: 'Voor jezelf en de programmaleider; niet op de projector.',
    characters: (n: number, max: number) => `${n} van ${max} tekens`,
  },

  attachments: {
    title: "Foto's van flip-overs en werkbladen",
    help: 'Foto (JPEG, PNG of WebP) of PDF, hoogstens 8 MB per bestand. Alleen wie dit themagesprek mag lezen, ziet ze.',
    choose: "Foto's of PDF toevoegen",
    none: 'Nog geen bestanden.',
    uploading: (n: number, total: number) => `Bezig met uploaden: ${n} van ${total}…`,
    uploaded: (n: number) => (n === 1 ? '1 bestand toegevoegd.' : `${n} bestanden toegevoegd.`),
    tooLarge: (name: string) => `${name} is groter dan 8 MB en is niet toegevoegd.`,
    failed: (name: string, reason: string) => `${name} is niet toegevoegd: ${reason}`,
    offline:
      'Zonder verbinding kun je geen bestanden toevoegen. Maak de foto nu; voeg hem toe zodra de verbinding terug is.',
    remove: (name: string) => `${name} verwijderen`,
    removed: (name: string) => `${name} verwijderd.`,
    open: (name: string) => `${name} openen`,
    size: (bytes: number) =>
      bytes < 1024 * 1024
        ? `${Math.max(1, Math.round(bytes / 1024))} kB`
        : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`,
    loadFailed: 'De bestanden konden niet worden geladen.',
  },

  saveStatus: {
    label: 'Opslaan',
    states: {
      saved: 'Opgeslagen',
      unsaved: 'Nog niet opgeslagen',
      saving: 'Bezig met opslaan…',
      offline: 'Offline: bewaard in deze browser',
      retrying: 'Opslaan lukte niet, opnieuw proberen…',
      conflict: 'Tegelijk gewijzigd: kies wat blijft',
      invalid: 'Niet opgeslagen: controleer je invoer',
      failed: 'Niet opgeslagen',
    } satisfies Record<AutosaveStatus, string>,
    savedAt: (time: string) => `Opgeslagen om ${time}`,
    offlineHelp:
      'Er is geen verbinding. Typ gewoon door: alles blijft in deze browser bewaard en wordt verstuurd zodra de verbinding terug is.',
    backOnline: 'De verbinding is terug; je invoer is opgeslagen.',
    keptLocally: 'Je invoer blijft in deze browser bewaard.',
    retryNow: 'Nu opnieuw proberen',
  },

  conflict: {
    title: 'Iemand anders heeft dit themagesprek tegelijk gewijzigd',
    intro:
      'Wat alleen jij of alleen de ander veranderde, is al samengevoegd. Bij de velden hieronder veranderden jullie allebei iets. Kies per veld wat blijft.',
    mine: 'Mijn versie',
    theirs: 'Versie op de server',
    combined: 'Samenvoegen',
    combinedHint: 'Beide versies samen; pas de tekst aan waar nodig.',
    choiceLegend: (field: string) => `Wat blijft er bij ${field}?`,
    allMine: 'Overal mijn versie',
    allTheirs: 'Overal de versie op de server',
    save: 'Keuzes opslaan',
    savedBy: (who: string | null, time: string) =>
      who ? `Bewaard door ${who} om ${time}` : `Bewaard om ${time}`,
    empty: '(leeg)',
    fields: {
      participants: 'Aanwezigen',
      individualPlacements: 'Individuele plaatsingen',
      findings: 'Sterke punten en ontwikkelpunten',
      reflectionCards: 'Reflectiekaarten',
      currentPlacement: 'Huidige plaatsing',
      desiredPlacement: 'Gewenste plaatsing',
      rationale: 'Onderbouwing',
      agreements: 'Afspraken',
      plenaryReporter: 'Terugkoppeling plenair',
      notes: 'Aantekeningen',
    } satisfies Record<CaptureField, string>,
  },

  context: {
    title: 'Vorige keer',
    previousNone:
      'Dit thema is op deze locatie nog niet eerder vastgesteld; er is geen vorige uitkomst.',
    previousOf: (title: string) => `Uit: ${title}`,
    placement: 'Plaatsing',
    now: 'nu',
    desired: 'gewenst',
    rationale: 'Onderbouwing',
    actionsTitle: 'Openstaande acties',
    actionsNone: 'Geen openstaande acties op dit thema.',
    owner: 'Eigenaar',
    due: (date: string) => `uiterlijk ${date}`,
    actionStatus: { open: 'Open', in_progress: 'Loopt' },
    failed: 'De vorige uitkomst kon niet worden geladen.',
  },

  live: {
    title: (theme: string) => `Live: ${theme}`,
    close: 'Live-weergave sluiten',
    fullscreen: 'Volledig scherm',
    exitFullscreen: 'Volledig scherm uit',
    updatedAt: (time: string) => `Bijgewerkt om ${time}`,
    polling: 'Wordt elke 2 seconden bijgewerkt',
    stale: 'Geen verbinding: dit is de laatst bekende stand.',
    scenarios: "De vier scenario's",
    fullDescriptions: 'Volledige beschrijvingen',
    now: 'Nu',
    desired: 'Gewenst',
    groupPlacement: 'Plaatsing van de groep',
    noGroupPlacement: 'De groep heeft zich nog niet geplaatst.',
    dotPlot: 'Individuele plaatsingen',
    dotPlotWaiting: (placed: number, present: number) =>
      `${placed} van ${present} werkbladen ingevoerd. De stippen verschijnen zodra iedereen geplaatst is.`,
    dotPlotNone: 'Nog geen werkbladen ingevoerd.',
    dotPlotCaption: (n: number) => `${plural(n, 'deelnemer', 'deelnemers')}, anoniem`,
    tableCaption: 'Aantal deelnemers per plaatsing',
    tablePlacement: 'Plaatsing',
    findingsEmpty: 'Nog niets genoteerd.',
  },

  review: {
    title: 'Overzicht en vaststellen',
    lead: 'Controleer per themagesprek of alles is vastgelegd. Daarna stel je het dagdeel vast: vanaf dat moment zijn de uitkomsten alleen nog te lezen en tellen ze mee in de dashboards.',
    ready: 'Alles is compleet. Het dagdeel kan worden vastgesteld.',
    problems: (n: number) =>
      n === 1
        ? '1 punt houdt het vaststellen tegen. Vul het eerst aan.'
        : `${n} punten houden het vaststellen tegen. Vul ze eerst aan.`,
    problemsTitle: 'Nog aan te vullen',
    warningsTitle: 'Let op',
    sessionComplete: 'Compleet',
    strengths: 'Sterke punten',
    developmentPoints: 'Ontwikkelpunten',
    noStrengths: 'Geen sterke punten vastgelegd.',
    noDevelopmentPoints: 'Geen ontwikkelpunten vastgelegd.',
    rationale: 'Onderbouwing',
    individualPlacements: 'Werkbladen',
    participants: 'Aanwezig',
    placement: 'Nu → gewenst',
    complete: 'Aanvullen',
    completeLabel: (theme: string) => `${theme} aanvullen`,
    finalise: 'Vaststellen',
    cannotFinalise:
      'Vaststellen kan de programmaleider, of de procesbegeleider die alle themagesprekken van dit dagdeel heeft begeleid.',
    confirmTitle: 'Dagdeel vaststellen?',
    confirmBody:
      'Na het vaststellen zijn de uitkomsten van alle themagesprekken alleen nog te lezen en verschijnen ze in de dashboards. Een correctie kan daarna alleen de programmaleider doen, met een reden.',
    confirm: 'Ja, vaststellen',
    cancel: 'Annuleren',
    closeDialog: 'Sluiten',
    finalising: 'Bezig met vaststellen…',
    alreadyFinalised: 'Dit dagdeel is vastgesteld.',
  },

  plan: {
    newTitle: 'Evaluatie plannen',
    editTitle: 'Planning wijzigen',
    lead: 'Een ZET-dagdeel: per ronde bespreken groepen van 12 tot 16 deelnemers uit verschillende rollen elk één thema, geleid door een procesbegeleider.',
    back: 'Terug',
    general: 'Het dagdeel',
    title: 'Titel',
    titleHint: 'Leeg laten geeft "ZET-dagdeel" met de naam van de locatie.',
    location: 'Locatie',
    partnershipWide: 'Partnerschapsbreed (groepen met mensen van verschillende locaties)',
    chooseLocation: 'Kies een locatie',
    heldOn: 'Datum',
    schoolYear: (year: string) => `Schooljaar ${year}`,
    schoolYearHint: 'Het schooljaar volgt uit de datum.',
    targetGroups: 'Doelgroepen',
    targetGroupsHint: 'Voor welke lerenden is dit dagdeel?',
    contentVersion: 'Versie van de ZET-inhoud',
    contentVersionNew:
      'Een nieuw dagdeel werkt met de huidige versie. Die ligt vast zodra het dagdeel is aangemaakt, zodat de resultaten vergelijkbaar blijven.',
    contentVersionFixed: 'Deze versie ligt vast voor dit dagdeel.',
    rounds: 'Rondes en themagroepen',
    round: (n: number) => `Ronde ${n}`,
    roundLabel: 'Naam van de ronde',
    roundLabelHint: 'Bijvoorbeeld: ochtend.',
    addRound: 'Ronde toevoegen',
    removeRound: (n: number) => `Ronde ${n} verwijderen`,
    group: (n: number) => `Groep ${n}`,
    theme: 'Thema',
    chooseTheme: 'Kies een thema',
    groupLabel: 'Groepsnaam',
    groupLabelHint: 'Nodig als een thema twee keer in een ronde staat.',
    facilitator: 'Procesbegeleider',
    noFacilitator: 'Nog niet toegewezen',
    expected: 'Verwachte deelnemers',
    expectedSummary: (total: number, roles: number) =>
      total === 0
        ? 'Verwachte deelnemers: nog niemand'
        : `Verwachte deelnemers: ${total} (${plural(roles, 'rol', 'rollen')})`,
    expectedFor: (role: string, side: string) => `${role}, ${side}: verwacht`,
    addGroup: 'Themagroep toevoegen',
    removeGroup: (n: number) => `Groep ${n} verwijderen`,
    create: 'Evaluatie aanmaken',
    save: 'Planning opslaan',
    saving: 'Bezig met opslaan…',
    invalid: 'Niet alles is goed ingevuld. Controleer de gemarkeerde velden.',
    saved: 'De planning is bewaard.',
    conflict:
      'Iemand anders heeft deze planning intussen gewijzigd. Laad de nieuwste versie, of sla jouw versie toch op (dan vervang je de wijzigingen van de ander).',
    loadLatest: 'Nieuwste versie laden',
    overwrite: 'Mijn versie toch opslaan',
    finalised: 'Dit dagdeel is vastgesteld; de planning kan niet meer worden gewijzigd.',
    notAllowed:
      'Alleen de programmaleider of de locatie-coördinator van deze locatie kan de planning wijzigen.',
  },
  correction: {
    title: 'Correctie aanbrengen',
    heading: (theme: string) => `Correctie: ${theme}`,
    start: 'Correctie aanbrengen',
    row: 'Corrigeren',
    rowLabel: (theme: string) => `${theme} corrigeren`,
    lead: 'Dit dagdeel is vastgesteld. Je correctie wordt een nieuwe versie van dit themagesprek. De huidige versie blijft bewaard onder "Eerdere versies" en de correctie komt met de reden in het auditlog.',
    editing: (version: number) => `Je corrigeert versie ${version}.`,
    reasonSection: 'Reden en opslaan',
    reason: 'Reden van de correctie',
    reasonHint:
      'Wat klopte er niet, en waar blijkt dat uit? Bijvoorbeeld: "De plaatsing is verkeerd overgenomen van de flap." De reden is zichtbaar bij de eerdere versies en in het auditlog.',
    save: 'Correctie opslaan',
    saving: 'Bezig met opslaan…',
    cancel: 'Annuleren',
    nothingChanged: 'Je hebt nog niets gewijzigd. Pas eerst aan wat er gecorrigeerd moet worden.',
    checkFields: 'De correctie is niet opgeslagen. Controleer de gemarkeerde velden.',
    sectionError: (section: string, message: string) => `${section}: ${message}`,
    staleTitle: 'Iemand anders heeft intussen een correctie aangebracht',
    stale: (who: string | null, version: number, when: string) =>
      `${who ?? 'Iemand anders'} heeft dit themagesprek intussen gecorrigeerd (${when}). Op de server staat nu versie ${version}.`,
    staleMerged:
      'Je invoer is bewaard. Wat de ander aan andere onderdelen veranderde, is overgenomen. Controleer je correctie en sla haar opnieuw op.',
    staleChoose:
      'Je invoer is bewaard. Bij de onderdelen hieronder veranderden jullie allebei iets: kies per onderdeel wat blijft.',
    savedFlash: (version: number) =>
      `De correctie is opgeslagen. Dit is nu versie ${version}; de vorige versie staat onder "Eerdere versies".`,
    discardTitle: 'Correctie niet opslaan?',
    discardBody:
      'Je hebt deze correctie nog niet opgeslagen. Als je nu weggaat, gaan je wijzigingen verloren.',
    keepEditing: 'Verder met de correctie',
    discard: 'Wijzigingen weggooien',
    closeDialog: 'Sluiten',
    notFinalised:
      'Dit dagdeel is nog niet vastgesteld. Zolang het een concept is, pas je de uitkomsten aan bij het vastleggen.',
    notAllowed: 'Alleen de programmaleider kan een vastgesteld themagesprek corrigeren.',
    backToSession: 'Terug naar het themagesprek',
  },

  revisions: {
    title: 'Eerdere versies',
    current: (version: number) =>
      version === 1
        ? 'Je ziet versie 1, de oorspronkelijk vastgestelde uitkomst.'
        : `Je ziet versie ${version}, na ${plural(version - 1, 'correctie', 'correcties')}.`,
    none: 'Er zijn nog geen correcties aangebracht.',
    loading: 'Eerdere versies laden…',
    failed: 'De eerdere versies konden niet worden geladen.',
    correction: (n: number) => `Correctie ${n}: versie ${n} werd versie ${n + 1}`,
    by: (who: string | null, when: string) => (who ? `Door ${who} op ${when}` : `Op ${when}`),
    reason: 'Reden',
    changes: 'Wat is er gewijzigd',
    field: 'Onderdeel',
    before: (version: number) => `Versie ${version}`,
    after: (version: number) => `Versie ${version + 1}`,
    noChanges: 'Geen inhoudelijke wijzigingen.',
    findingCounts: (strengths: number, development: number) =>
      `${plural(strengths, 'sterk punt', 'sterke punten')}, ${plural(development, 'ontwikkelpunt', 'ontwikkelpunten')}`,
    added: 'Toegevoegd',
    removed: 'Verwijderd',
    edited: 'Aangepast',
    editedFrom: 'was',
  },
} as const;
