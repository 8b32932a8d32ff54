import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  placementSchema,
  problemSchema,
  schoolYearSchema,
} from './common';

export const evaluationStatusSchema = z.enum(['draft', 'finalised']);
export type EvaluationStatus = z.infer<typeof evaluationStatusSchema>;

export const evaluationSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  heldOn: isoDateSchema,
  schoolYear: schoolYearSchema,
  /** null for a partnership-wide evaluation. */
  location: z.object({ id: idSchema, name: z.string() }).nullable(),
  status: evaluationStatusSchema,
  contentVersion: z.string(),
  themeCodes: z.array(z.string()),
  sessionCount: z.number().int(),
});
export type EvaluationSummary = z.infer<typeof evaluationSummarySchema>;

export const evaluationListQuerySchema = z.object({
  schoolYear: schoolYearSchema.optional(),
  locationId: idSchema.optional(),
});
export type EvaluationListQuery = z.infer<typeof evaluationListQuerySchema>;

// ---------------------------------------------------------------------------------------------
// Shared pieces of planning and capture

/** Role codes are those of the content's `roles.yaml` (werkplekbegeleider, student, …); the server checks them. */
export const participantRoleSchema = z
  .string('Kies een rol.')
  .trim()
  .min(1, 'Kies een rol.')
  .max(60, 'Kies een rol uit de lijst.')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Kies een rol uit de lijst.');

/** Which side of the partnership someone at the table comes from. */
export const participantSideSchema = z.enum(
  ['school', 'instituut'],
  'Kies de kant: school of instituut.',
);
export type ParticipantSide = z.infer<typeof participantSideSchema>;

/** The optimistic-concurrency version the client loaded; a stale one gets 409 with the server's state. */
export const rowVersionSchema = z
  .number('Stuur de versie mee die je hebt geladen.')
  .int('Stuur de versie mee die je hebt geladen.')
  .min(1, 'Stuur de versie mee die je hebt geladen.');

/** `placementSchema` with a Dutch message for a value that is no number at all. */
const placementInputSchema = z
  .number('Kies een plaatsing van 1 tot en met 4, bijvoorbeeld 2 of 2,5.')
  .pipe(placementSchema);

const countSchema = (what: string) =>
  z
    .number(`Vul het aantal ${what} in.`)
    .int(`Vul het aantal ${what} in als heel getal.`)
    .min(0, 'Een aantal kan niet negatief zijn.')
    .max(100, `Vul hoogstens 100 ${what} per rol in.`);

const uniqueBy =
  <T>(key: (item: T) => string, message: string) =>
  (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [index], message });
      seen.add(k);
    });
  };

/** A body that is no JSON object at all (an array, a string). */
const NOT_A_DOCUMENT = 'Stuur de gegevens als JSON-object.';

/** PostgreSQL text cannot hold a NUL character; refuse it here rather than fail in the database. */
const noNul = (text: string) => !text.includes('\u0000');
const NUL_MESSAGE = 'Deze tekst bevat een teken dat niet kan worden opgeslagen.';

const fieldPath = z.array(z.union([z.string(), z.number()]));

/** Advice of the ZET method that does not block anything: shown beside the field at `path`. */
export const planWarningSchema = z.object({
  code: z.enum(['group_size', 'single_role', 'duplicate_theme', 'missing_perspective']),
  message: z.string(),
  /** Into the plan, e.g. ['rounds', 0, 'groups', 1]. */
  path: fieldPath,
});
export type PlanWarning = z.infer<typeof planWarningSchema>;

/** While capturing: what will block finalisation, or what the method advises against. */
export const captureWarningSchema = z.object({
  code: z.enum(['rationale_required', 'missing_perspective']),
  message: z.string(),
  /** Into the capture document, e.g. ['rationale'] or ['participants']. */
  path: fieldPath,
});
export type CaptureWarning = z.infer<typeof captureWarningSchema>;

/** What keeps an evaluation from being finalised. */
export const finaliseProblemSchema = z.object({
  code: z.enum(['no_sessions', 'current_missing', 'desired_missing', 'rationale_missing']),
  message: z.string(),
  /** ['sessions', sessionId, field], or ['rounds'] for an evaluation without theme sessions. */
  path: fieldPath,
});
export type FinaliseProblem = z.infer<typeof finaliseProblemSchema>;

/** A person by name; `name` is null for someone no longer a member (or erased). */
export const personRefSchema = z.object({ userId: idSchema, name: z.string().nullable() });
export type PersonRef = z.infer<typeof personRefSchema>;

// ---------------------------------------------------------------------------------------------
// Plan (create and edit while draft)

export const expectedParticipantsSchema = z.object(
  {
    role: participantRoleSchema,
    side: participantSideSchema,
    expected: countSchema('verwachte deelnemers'),
  },
  'Geef per rol en kant het aantal verwachte deelnemers op.',
);
export type ExpectedParticipants = z.infer<typeof expectedParticipantsSchema>;

export const planGroupInputSchema = z.object(
  {
    /** The theme session being edited; leave out for a new group. */
    id: z.uuid('Dit themagesprek bestaat niet (meer).').optional(),
    themeCode: z
      .string('Kies een thema.')
      .trim()
      .min(1, 'Kies een thema.')
      .max(80, 'Kies een thema uit de lijst.'),
    groupLabel: z
      .string('Geef de groep een naam, of laat het veld leeg.')
      .trim()
      .max(60, 'Een groepsnaam mag hoogstens 60 tekens lang zijn.')
      .refine(noNul, NUL_MESSAGE)
      .default(''),
    /** A member with the procesbegeleider role; null while not yet assigned. */
    facilitatorId: z.uuid('Kies een procesbegeleider uit de lijst.').nullable().default(null),
    expectedParticipants: z
      .array(expectedParticipantsSchema, 'Geef de verwachte deelnemers per rol op.')
      .max(40, 'Geef hoogstens 40 combinaties van rol en kant op.')
      .default([])
      .superRefine(
        uniqueBy(
          (p) => `${p.role}|${p.side}`,
          'Noem elke combinatie van rol en kant maar één keer.',
        ),
      ),
  },
  'Geef elke themagroep op met thema, groepsnaam, procesbegeleider en verwachte deelnemers.',
);
export type PlanGroupInput = z.input<typeof planGroupInputSchema>;

export const planRoundInputSchema = z
  .object(
    {
      label: z
        .string('Geef de ronde een naam, of laat het veld leeg.')
        .trim()
        .max(100, 'Een rondenaam mag hoogstens 100 tekens lang zijn.')
        .refine(noNul, NUL_MESSAGE)
        .default(''),
      groups: z
        .array(planGroupInputSchema, 'Voeg de themagroepen van deze ronde toe.')
        .max(20, 'Plan hoogstens 20 groepen per ronde.'),
    },
    'Geef elke ronde op met haar themagroepen.',
  )
  .superRefine((round, ctx) => {
    // The database keeps one group per theme and name in a round.
    const seen = new Set<string>();
    round.groups.forEach((g, index) => {
      const key = `${g.themeCode}|${g.groupLabel}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['groups', index, 'groupLabel'],
          message:
            'Dit thema staat al met deze groepsnaam in deze ronde. Geef elke groep een eigen naam, bijvoorbeeld Groep A en Groep B.',
        });
      }
      seen.add(key);
    });
  });
export type PlanRoundInput = z.input<typeof planRoundInputSchema>;

/** The first and last day of a Dutch school year: 1 August to 31 July. */
export function schoolYearBounds(schoolYear: string): { from: string; to: string } {
  const first = schoolYear.slice(0, 4);
  const second = schoolYear.slice(5, 9);
  return { from: `${first}-08-01`, to: `${second}-07-31` };
}

const planFields = {
  /** Defaults to "ZET-dagdeel <locatie>". */
  title: z
    .string('Geef het dagdeel een titel.')
    .trim()
    .min(1, 'Geef het dagdeel een titel.')
    .max(200, 'Een titel mag hoogstens 200 tekens lang zijn.')
    .refine(noNul, NUL_MESSAGE)
    .optional(),
  /** null: partnership-wide (groups mixing locaties). */
  locationId: z.uuid('Kies een locatie uit de lijst, of kies partnerschapsbreed.').nullable(),
  heldOn: z.iso.date('Schrijf de datum als 2025-03-12.'),
  /** The cycle of this school year is created when the partnership does not have it yet. */
  schoolYear: z
    .string('Vul het schooljaar in, bijvoorbeeld 2025-2026.')
    .pipe(schoolYearSchema)
    .refine(
      (year) => Number(year.slice(0, 4)) >= 1990 && Number(year.slice(0, 4)) <= 2099,
      'Kies een schooljaar tussen 1990-1991 en 2099-2100.',
    ),
  targetGroupIds: z
    .array(z.uuid('Kies een doelgroep uit de lijst.'), 'Kies de doelgroepen.')
    .max(50, 'Kies hoogstens 50 doelgroepen.')
    .default([])
    .superRefine(uniqueBy((id) => id, 'Kies elke doelgroep maar één keer.')),
  /** In order: the first is round 1. */
  rounds: z
    .array(planRoundInputSchema, 'Plan minstens één ronde.')
    .min(1, 'Plan minstens één ronde.')
    .max(10, 'Plan hoogstens 10 rondes.'),
};

function heldOnInSchoolYear(plan: { heldOn: string; schoolYear: string }, ctx: z.RefinementCtx) {
  const { from, to } = schoolYearBounds(plan.schoolYear);
  if (plan.heldOn < from || plan.heldOn > to) {
    ctx.addIssue({
      code: 'custom',
      path: ['heldOn'],
      message: `Deze datum valt niet in schooljaar ${plan.schoolYear} (1 augustus ${plan.schoolYear.slice(0, 4)} tot en met 31 juli ${plan.schoolYear.slice(5, 9)}).`,
    });
  }
}

export const createEvaluationInputSchema = z
  .object(
    {
      ...planFields,
      /** A content version id (e.g. zet-2025); defaults to the current one. Fixed once created. */
      contentVersion: z
        .string('Kies een versie van de ZET-inhoud.')
        .trim()
        .min(1, 'Kies een versie van de ZET-inhoud.')
        .max(60, 'Kies een versie van de ZET-inhoud uit de lijst.')
        .optional(),
    },
    NOT_A_DOCUMENT,
  )
  .superRefine(heldOnInSchoolYear);
export type CreateEvaluationInput = z.input<typeof createEvaluationInputSchema>;

/**
 * The whole plan again, with the evaluation's `version`. Rounds are matched by position; groups by
 * `id` (new ones have none). A group left out is removed, which is refused once it holds captured data.
 */
export const updateEvaluationPlanInputSchema = z
  .object({ ...planFields, version: rowVersionSchema }, NOT_A_DOCUMENT)
  .superRefine(heldOnInSchoolYear);
export type UpdateEvaluationPlanInput = z.input<typeof updateEvaluationPlanInputSchema>;

// ---------------------------------------------------------------------------------------------
// Evaluation detail

export const sessionParticipantsSchema = z.object({
  role: z.string(),
  side: participantSideSchema,
  expected: z.number().int(),
  present: z.number().int(),
});
export type SessionParticipants = z.infer<typeof sessionParticipantsSchema>;

export const themeSessionOverviewSchema = z.object({
  id: idSchema,
  themeCode: z.string(),
  themeName: z.string(),
  groupLabel: z.string(),
  facilitator: personRefSchema.nullable(),
  expectedParticipants: z.array(
    z.object({ role: z.string(), side: participantSideSchema, expected: z.number().int() }),
  ),
  /** `captured` as soon as anything of the outcome has been recorded. */
  status: z.enum(['captured', 'empty']),
  currentPlacement: placementSchema.nullable(),
  desiredPlacement: placementSchema.nullable(),
  version: z.number().int(),
  /** Whether the asker may capture this session now. */
  canCapture: z.boolean(),
});
export type ThemeSessionOverview = z.infer<typeof themeSessionOverviewSchema>;

export const evaluationRoundSchema = z.object({
  id: idSchema,
  number: z.number().int(),
  label: z.string(),
  sessions: z.array(themeSessionOverviewSchema),
});
export type EvaluationRound = z.infer<typeof evaluationRoundSchema>;

export const evaluationDetailSchema = z.object({
  id: idSchema,
  title: z.string(),
  heldOn: isoDateSchema,
  schoolYear: schoolYearSchema,
  location: z.object({ id: idSchema, name: z.string() }).nullable(),
  status: evaluationStatusSchema,
  contentVersion: z.string(),
  targetGroups: z.array(z.object({ id: idSchema, code: z.string(), name: z.string() })),
  rounds: z.array(evaluationRoundSchema),
  finalisedAt: isoDateTimeSchema.nullable(),
  finalisedBy: personRefSchema.nullable(),
  version: z.number().int(),
  /** Advice of the method about the plan; never blocks saving. */
  warnings: z.array(planWarningSchema),
  /** What the asker may do with this evaluation now. */
  permissions: z.object({ editPlan: z.boolean(), finalise: z.boolean(), correct: z.boolean() }),
});
export type EvaluationDetail = z.infer<typeof evaluationDetailSchema>;

/** 409 on a stale plan edit: the server's evaluation as it is now, to show beside the client's. */
export const evaluationConflictSchema = problemSchema.extend({ current: evaluationDetailSchema });
export type EvaluationConflict = z.infer<typeof evaluationConflictSchema>;

/** Members with the procesbegeleider role, for assigning groups. */
export const facilitatorOptionsSchema = z.object({
  items: z.array(z.object({ userId: idSchema, name: z.string() })),
});
export type FacilitatorOptions = z.infer<typeof facilitatorOptionsSchema>;

// ---------------------------------------------------------------------------------------------
// Capture one theme session

export const findingKindSchema = z.enum(
  ['strength', 'development'],
  'Kies sterk punt of ontwikkelpunt.',
);
export type FindingKind = z.infer<typeof findingKindSchema>;

export const FINDING_MAX_LENGTH = 500;
export const RATIONALE_MAX_LENGTH = 4000;
export const AGREEMENTS_MAX_LENGTH = 4000;
export const NOTES_MAX_LENGTH = 8000;
export const PLENARY_REPORTER_MAX_LENGTH = 200;

export const findingSchema = z.object({ id: idSchema, kind: findingKindSchema, text: z.string() });
export type Finding = z.infer<typeof findingSchema>;

export const individualPlacementSchema = z.object({
  role: z.string(),
  current: placementSchema,
  desired: placementSchema.nullable(),
});
export type IndividualPlacement = z.infer<typeof individualPlacementSchema>;

/** The captured outcome, as it is stored and as revisions keep it. */
export const themeSessionOutcomeSchema = z.object({
  /** Who sat at the table: present counts by role and side (with the planned `expected`). */
  participants: z.array(sessionParticipantsSchema),
  /** Anonymous werkblad placements, in entry order. */
  individualPlacements: z.array(individualPlacementSchema),
  /** Sterke punten and ontwikkelpunten in the group's order. */
  findings: z.array(findingSchema),
  /** Codes of the theme's reflection cards the group used. */
  reflectionCards: z.array(z.string()),
  currentPlacement: placementSchema.nullable(),
  desiredPlacement: placementSchema.nullable(),
  /** Onderbouwing; required (at finalisation) when desired equals current. */
  rationale: z.string(),
  agreements: z.string(),
  plenaryReporter: z.string(),
  notes: z.string(),
});
export type ThemeSessionOutcome = z.infer<typeof themeSessionOutcomeSchema>;

export const themeSessionCaptureSchema = themeSessionOutcomeSchema.extend({
  id: idSchema,
  evaluationId: idSchema,
  evaluationStatus: evaluationStatusSchema,
  contentVersion: z.string(),
  roundNumber: z.number().int(),
  themeCode: z.string(),
  themeName: z.string(),
  groupLabel: z.string(),
  facilitator: personRefSchema.nullable(),
  version: z.number().int(),
  /** Number of corrections after finalisation (0 for the original outcome). */
  revision: z.number().int(),
  updatedAt: isoDateTimeSchema,
  /** True once the evaluation is finalised, or when the asker may only read. */
  readOnly: z.boolean(),
  warnings: z.array(captureWarningSchema),
});
export type ThemeSessionCapture = z.infer<typeof themeSessionCaptureSchema>;

const captureFields = {
  participants: z
    .array(
      z.object(
        {
          role: participantRoleSchema,
          side: participantSideSchema,
          present: countSchema('aanwezigen'),
        },
        'Geef per rol en kant het aantal aanwezigen op.',
      ),
      'Geef de aanwezigen per rol op.',
    )
    .max(40, 'Geef hoogstens 40 combinaties van rol en kant op.')
    .superRefine(
      uniqueBy((p) => `${p.role}|${p.side}`, 'Noem elke combinatie van rol en kant maar één keer.'),
    ),
  individualPlacements: z
    .array(
      z.object(
        {
          role: participantRoleSchema,
          current: placementInputSchema,
          desired: placementInputSchema.nullable().default(null),
        },
        'Geef elke plaatsing op met rol, huidige en gewenste plaatsing.',
      ),
      'Geef de individuele plaatsingen als lijst.',
    )
    .max(100, 'Leg hoogstens 100 individuele plaatsingen vast.'),
  findings: z
    .array(
      z.object(
        {
          /** Keep the id of an existing point so actions and rode lijnen stay linked; leave out for a new one. */
          id: z.uuid('Dit punt bestaat niet (meer).').optional(),
          kind: findingKindSchema,
          text: z
            .string('Vul de tekst van het punt in.')
            .max(
              FINDING_MAX_LENGTH,
              `Een punt mag hoogstens ${FINDING_MAX_LENGTH} tekens lang zijn.`,
            )
            .refine((t) => t.trim().length > 0, 'Een punt mag niet leeg zijn.')
            .refine(noNul, NUL_MESSAGE),
        },
        'Geef elk punt op met soort en tekst.',
      ),
      'Geef de sterke punten en ontwikkelpunten als lijst.',
    )
    .max(100, 'Leg hoogstens 100 punten vast.')
    .superRefine((list, ctx) => {
      const ids = new Set<string>();
      list.forEach((f, index) => {
        if (!f.id) return;
        if (ids.has(f.id))
          ctx.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: 'Dit punt staat twee keer in de lijst.',
          });
        ids.add(f.id);
      });
    }),
  reflectionCards: z
    .array(
      z
        .string('Kies een reflectiekaart.')
        .trim()
        .min(1, 'Kies een reflectiekaart.')
        .max(80, 'Kies een reflectiekaart uit de lijst.'),
      'Geef de reflectiekaarten als lijst.',
    )
    .max(40, 'Kies hoogstens 40 reflectiekaarten.')
    .superRefine(uniqueBy((c) => c, 'Kies elke reflectiekaart maar één keer.')),
  currentPlacement: placementInputSchema.nullable(),
  desiredPlacement: placementInputSchema.nullable(),
  rationale: z
    .string('Vul de onderbouwing in als tekst.')
    .max(
      RATIONALE_MAX_LENGTH,
      `De onderbouwing mag hoogstens ${RATIONALE_MAX_LENGTH} tekens lang zijn.`,
    )
    .refine(noNul, NUL_MESSAGE),
  agreements: z
    .string('Vul de afspraken in als tekst.')
    .max(
      AGREEMENTS_MAX_LENGTH,
      `De afspraken mogen hoogstens ${AGREEMENTS_MAX_LENGTH} tekens lang zijn.`,
    )
    .refine(noNul, NUL_MESSAGE),
  plenaryReporter: z
    .string('Vul in wie terugkoppelt in de plenaire afsluiting.')
    .max(
      PLENARY_REPORTER_MAX_LENGTH,
      `Dit veld mag hoogstens ${PLENARY_REPORTER_MAX_LENGTH} tekens lang zijn.`,
    )
    .refine(noNul, NUL_MESSAGE),
  notes: z
    .string('Vul de aantekeningen in als tekst.')
    .max(NOTES_MAX_LENGTH, `De aantekeningen mogen hoogstens ${NOTES_MAX_LENGTH} tekens lang zijn.`)
    .refine(noNul, NUL_MESSAGE),
};

/**
 * PATCH of the captured state with the `version` the client loaded. Every field is optional: what
 * is sent replaces the stored value whole (a list replaces the list), what is left out stays.
 * Autosave may simply send the whole document.
 */
export const themeSessionCaptureInputSchema = z.object(
  {
    version: rowVersionSchema,
    participants: captureFields.participants.optional(),
    individualPlacements: captureFields.individualPlacements.optional(),
    findings: captureFields.findings.optional(),
    reflectionCards: captureFields.reflectionCards.optional(),
    currentPlacement: captureFields.currentPlacement.optional(),
    desiredPlacement: captureFields.desiredPlacement.optional(),
    rationale: captureFields.rationale.optional(),
    agreements: captureFields.agreements.optional(),
    plenaryReporter: captureFields.plenaryReporter.optional(),
    notes: captureFields.notes.optional(),
  },
  NOT_A_DOCUMENT,
);
export type ThemeSessionCaptureInput = z.input<typeof themeSessionCaptureInputSchema>;

/** 409 on a stale capture: the server's document as it is now, so the client can show both and merge. */
export const themeSessionConflictSchema = problemSchema.extend({
  current: themeSessionCaptureSchema,
});
export type ThemeSessionConflict = z.infer<typeof themeSessionConflictSchema>;

/** Side panel while capturing: the previous outcome of this theme at this locatie and its open actions. */
export const themeSessionContextSchema = z.object({
  /** The latest finalised evaluation before this one, at the same locatie, with this (canonical) theme. */
  previous: z
    .object({
      evaluationId: idSchema,
      title: z.string(),
      heldOn: isoDateSchema,
      schoolYear: schoolYearSchema,
      contentVersion: z.string(),
      sessions: z.array(
        z.object({
          id: idSchema,
          themeCode: z.string(),
          themeName: z.string(),
          groupLabel: z.string(),
          currentPlacement: placementSchema.nullable(),
          desiredPlacement: placementSchema.nullable(),
          rationale: z.string(),
          findings: z.array(findingSchema),
        }),
      ),
    })
    .nullable(),
  openActions: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      description: z.string(),
      ownerRole: z.string(),
      ownerName: z.string(),
      dueOn: isoDateSchema.nullable(),
      status: z.enum(['open', 'in_progress']),
      pdcaPhase: z.enum(['plan', 'do', 'check', 'act']),
      schoolYear: schoolYearSchema,
    }),
  ),
});
export type ThemeSessionContext = z.infer<typeof themeSessionContextSchema>;

// ---------------------------------------------------------------------------------------------
// Finalise and correct

export const evaluationReviewSchema = z.object({
  evaluationId: idSchema,
  status: evaluationStatusSchema,
  version: z.number().int(),
  /** Every problem of the evaluation; empty when it can be finalised. */
  problems: z.array(finaliseProblemSchema),
  sessions: z.array(
    z.object({
      id: idSchema,
      roundNumber: z.number().int(),
      /** The round's name from the plan ("ochtend"); empty when it has none. */
      roundLabel: z.string(),
      themeCode: z.string(),
      themeName: z.string(),
      groupLabel: z.string(),
      facilitator: personRefSchema.nullable(),
      status: z.enum(['captured', 'empty']),
      currentPlacement: placementSchema.nullable(),
      desiredPlacement: placementSchema.nullable(),
      rationale: z.string(),
      /** Strengths and development points in their captured order. */
      findings: z.array(findingSchema),
      individualPlacements: z.number().int(),
      participantsPresent: z.number().int(),
      problems: z.array(finaliseProblemSchema),
      warnings: z.array(captureWarningSchema),
    }),
  ),
  /** Whether the asker may finalise (a role question; `problems` must also be empty). */
  canFinalise: z.boolean(),
});
export type EvaluationReview = z.infer<typeof evaluationReviewSchema>;

export const finaliseEvaluationInputSchema = z.object(
  { version: rowVersionSchema },
  NOT_A_DOCUMENT,
);
export type FinaliseEvaluationInput = z.input<typeof finaliseEvaluationInputSchema>;

/**
 * A correction of a finalised session by the programmaleider: the session's `version`, a reason,
 * and the fields to change (as in the capture PATCH). The state before is kept as a revision.
 */
export const themeSessionCorrectionInputSchema = themeSessionCaptureInputSchema.extend({
  reason: z
    .string('Geef de reden van de correctie.')
    .trim()
    .min(5, 'Geef kort de reden van de correctie (minstens 5 tekens).')
    .max(1000, 'De reden mag hoogstens 1000 tekens lang zijn.')
    .refine(noNul, NUL_MESSAGE),
});
export type ThemeSessionCorrectionInput = z.input<typeof themeSessionCorrectionInputSchema>;

/** An earlier state of a corrected session: `snapshot` is the outcome as it was before correction `revision`. */
export const themeSessionRevisionSchema = z.object({
  revision: z.number().int(),
  reason: z.string(),
  createdAt: isoDateTimeSchema,
  createdBy: personRefSchema.nullable(),
  snapshot: themeSessionOutcomeSchema.extend({ version: z.number().int() }),
});
export type ThemeSessionRevision = z.infer<typeof themeSessionRevisionSchema>;

export const themeSessionRevisionListSchema = z.object({
  items: z.array(themeSessionRevisionSchema),
});
export type ThemeSessionRevisionList = z.infer<typeof themeSessionRevisionListSchema>;
