import type { LocationKind, PdcaPhaseCode } from '@zet/contracts';

/** Dutch texts of the Overzicht and Partnerschap pages. */
export const partnershipMessages = {
  overviewTitle: 'Overzicht',
  overviewLead: 'Kies het partnerschap waarvan je de ontwikkeling wilt volgen.',
  partnershipsEmpty: 'Er zijn nog geen partnerschappen.',
  partnershipsEmptyHelp:
    'Een platformbeheerder maakt een partnerschap aan, met de eerste programmaleider. Daarna verschijnt het hier.',
  locationCount: (n: number) => (n === 1 ? '1 locatie' : `${n} locaties`),
  redirecting: 'Je partnerschap wordt geopend…',

  partnershipTitle: 'Partnerschap',
  vision: 'Visie',
  visionMissing: 'Het partnerschap heeft zijn visie nog niet vastgelegd.',
  coreConcepts: 'Kernbegrippen',

  cycleTitle: 'Kwaliteitscyclus',
  cycleCurrent: (schoolYear: string) => `Schooljaar ${schoolYear}`,
  cyclePhase: 'Fase',
  cyclesEmpty: 'Er is nog geen schooljaar gepland.',
  cyclesEmptyHelp: 'De programmaleider legt de kwaliteitscyclus per schooljaar vast.',
  cycleEarlier: 'Eerdere schooljaren:',
  pdcaPhase: { plan: 'Plan', do: 'Do', check: 'Check', act: 'Act' } satisfies Record<
    PdcaPhaseCode,
    string
  >,

  locationsTitle: 'Locaties',
  locationsEmpty: 'Er zijn nog geen locaties.',
  locationsEmptyHelp:
    'De programmaleider voegt de scholen en het instituut van het partnerschap toe als locaties.',
  locationKind: {
    school_po: 'PO-school',
    school_vo: 'VO-school',
    school_mbo: 'MBO-school',
    instituut: 'Instituut',
  } satisfies Record<LocationKind, string>,
  settingsTitle: 'Resultaten delen',
  settingsOpenComparison: 'Locaties zien elkaars resultaten met naam',
  settingsOpenComparisonHint:
    'Staat dit uit, dan ziet een locatie de andere locaties alleen samen, als mediaan en spreiding, zonder namen.',
  settingsOpenConfirmTitle: 'Resultaten met naam delen?',
  settingsOpenConfirm:
    'Vanaf nu ziet iedere locatie de resultaten van alle andere locaties met naam. Doe dit alleen als de locaties dat samen hebben afgesproken.',
  settingsOpenConfirmYes: 'Ja, deel met naam',
  settingsOpenConfirmCancel: 'Annuleren',
  settingsMinGroupSize: 'Kleinste groep die apart getoond wordt',
  settingsMinGroupSizeHint:
    'Rollen met minder deelnemers, en een vergelijking met te weinig andere locaties, blijven verborgen. Standaard 3.',
  settingsSave: 'Instellingen opslaan',
  settingsSaving: 'Bezig met opslaan…',
  settingsSaved: 'De instellingen zijn opgeslagen.',
  settingsConflict:
    'Iemand anders heeft de instellingen intussen gewijzigd. Laad de pagina opnieuw om de nieuwe stand te zien.',
  archived: 'Gearchiveerd',
  archivedHelp: 'Gearchiveerde locaties houden hun resultaten, maar doen niet meer mee.',
} as const;
