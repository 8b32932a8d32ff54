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
  archived: 'Gearchiveerd',
  archivedHelp: 'Gearchiveerde locaties houden hun resultaten, maar doen niet meer mee.',
} as const;
