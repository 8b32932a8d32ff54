import { z } from 'zod';
import { idSchema, placementSchema, schoolYearSchema } from './common';

/**
 * A list in the query string: `?schoolYears=2023-2024,2024-2025` or the key repeated. Empty
 * items are ignored; duplicates are kept out so the SQL `any()` stays small.
 */
const queryList = <T extends z.ZodType>(item: T, max: number, tooMany: string) =>
  z.preprocess((value) => {
    if (value === undefined) return undefined;
    const raw: unknown[] = Array.isArray(value) ? (value as unknown[]) : [value];
    const items = raw.flatMap((v): unknown[] => (typeof v === 'string' ? v.split(',') : [v]));
    const cleaned = items
      .map((v) => (typeof v === 'string' ? v.trim() : v))
      .filter((v) => v !== '');
    return cleaned.length ? [...new Set(cleaned)] : undefined;
  }, z.array(item).max(max, tooMany).optional());

const codeSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(
    /^[a-z0-9-]+$/,
    'Gebruik de code zoals de ZET-inhoud die noemt (kleine letters en streepjes).',
  );

/**
 * Filters every dashboard takes from the query string, so a view can be shared as a link.
 * `theme` is a theme of the current content version (older versions' themes land on it);
 * `safeguard` narrows to the themes linked to that waarborg; `targetGroup` is a doelgroep id.
 */
export const dashboardFiltersSchema = z.object({
  schoolYears: queryList(schoolYearSchema, 30, 'Kies hoogstens 30 schooljaren.'),
  locationIds: queryList(idSchema, 200, 'Kies hoogstens 200 locaties.'),
  targetGroup: idSchema.optional(),
  theme: codeSchema.optional(),
  safeguard: codeSchema.optional(),
});
export type DashboardFilters = z.infer<typeof dashboardFiltersSchema>;

export const trajectoryQuerySchema = dashboardFiltersSchema.extend({
  theme: z.string().min(1, 'Kies een thema.').max(80),
});
export type TrajectoryQuery = z.infer<typeof trajectoryQuerySchema>;

/** The filters as the server applied them: `schoolYears` are the years the numbers cover. */
export const appliedFiltersSchema = z.object({
  schoolYears: z.array(schoolYearSchema),
  locationIds: z.array(idSchema).nullable(),
  targetGroup: idSchema.nullable(),
  theme: z.string().nullable(),
  safeguard: z.string().nullable(),
});
export type AppliedFilters = z.infer<typeof appliedFiltersSchema>;

/** What a chart rests on: how many locaties and finalised theme sessions. */
export const basisSchema = z.object({
  locations: z.number().int(),
  sessions: z.number().int(),
});
export type Basis = z.infer<typeof basisSchema>;

const themeRefSchema = z.object({ code: z.string(), name: z.string() });
const locationRefSchema = z.object({ id: idSchema, name: z.string() });

/**
 * One point of a trajectory: the result of one (locatie, theme, schooljaar). `current` and
 * `desired` are lower medians over the groups; null where no group placed itself (a gap).
 */
export const trajectoryPointSchema = z.object({
  schoolYear: schoolYearSchema,
  current: placementSchema.nullable(),
  desired: placementSchema.nullable(),
  currentLow: placementSchema.nullable(),
  currentHigh: placementSchema.nullable(),
  groups: z.number().int(),
});
export type TrajectoryPoint = z.infer<typeof trajectoryPointSchema>;

export const trajectorySeriesSchema = z.object({
  location: locationRefSchema,
  points: z.array(trajectoryPointSchema),
});

export const themeTrajectorySchema = z.object({
  theme: themeRefSchema,
  /** Every school year of the partnership in order, so a missing year stays visible as a gap. */
  schoolYears: z.array(schoolYearSchema),
  series: z.array(trajectorySeriesSchema),
  /** Median of the locaties' results per year, with the spread between locaties and n. */
  partnership: z.array(
    z.object({
      schoolYear: schoolYearSchema,
      median: placementSchema.nullable(),
      low: placementSchema.nullable(),
      high: placementSchema.nullable(),
      desiredMedian: placementSchema.nullable(),
      locations: z.number().int(),
    }),
  ),
  /**
   * "Partnerschap als geheel": partnership-wide evaluations (groups mixing locaties), a line of
   * its own and never a locatie's result. Always sent; optional only for older clients.
   */
  partnershipWide: z.array(trajectoryPointSchema).optional(),
  n: basisSchema.optional(),
});
export type ThemeTrajectory = z.infer<typeof themeTrajectorySchema>;

// ---------------------------------------------------------------------------------------------
// Ontwikkeling: coverage, gap, ambition, transitions

/** One cell of the coverage grid: when this theme was last evaluated here. */
export const coverageCellSchema = z.object({
  theme: z.string(),
  lastSchoolYear: schoolYearSchema.nullable(),
  /** Whole school years between the last evaluation and the reference year; null if never. */
  yearsSince: z.number().int().nullable(),
  /** Not evaluated for two or more years (or never) within the chosen period. */
  stale: z.boolean(),
  sessions: z.number().int(),
});
export type CoverageCell = z.infer<typeof coverageCellSchema>;

export const coverageSchema = z.object({
  filters: appliedFiltersSchema,
  /** The newest school year in view; "two years or more" counts back from it. */
  referenceYear: schoolYearSchema.nullable(),
  themes: z.array(themeRefSchema),
  /** Only locaties the caller may see by name. */
  rows: z.array(z.object({ location: locationRefSchema, cells: z.array(coverageCellSchema) })),
  /** Partnership-wide evaluations; null when there were none in view. */
  partnershipWide: z.array(coverageCellSchema).nullable(),
  /** Over all locaties in view, named or not: how many evaluated the theme, how many are stale. */
  perTheme: z.array(
    z.object({
      theme: z.string(),
      locations: z.number().int(),
      evaluated: z.number().int(),
      stale: z.number().int(),
    }),
  ),
  n: basisSchema,
});
export type Coverage = z.infer<typeof coverageSchema>;

/** Gap = desired − current of one (locatie, theme, schooljaar) result, in scenario steps. */
const gapValueSchema = z.number().multipleOf(0.5);

export const gapsSchema = z.object({
  filters: appliedFiltersSchema,
  themes: z.array(
    z.object({
      theme: themeRefSchema,
      years: z.array(
        z.object({
          schoolYear: schoolYearSchema,
          /** Locaties with both a current and a desired result. */
          locations: z.number().int(),
          medianCurrent: placementSchema.nullable(),
          medianDesired: placementSchema.nullable(),
          medianGap: gapValueSchema.nullable(),
          lowGap: gapValueSchema.nullable(),
          highGap: gapValueSchema.nullable(),
          distribution: z.array(z.object({ gap: gapValueSchema, locations: z.number().int() })),
        }),
      ),
    }),
  ),
  n: basisSchema,
});
export type Gaps = z.infer<typeof gapsSchema>;

export const ambitionChangeSchema = z.enum(['rose', 'same', 'fell']);
export type AmbitionChange = z.infer<typeof ambitionChangeSchema>;

/**
 * Ambition tracking compares a (locatie, theme) result with the previous one of the same
 * locatie and theme (the previous school year it was evaluated, which need not be the year
 * before): did the current placement reach the earlier desired one, and did the ambition rise?
 */
export const ambitionsSchema = z.object({
  filters: appliedFiltersSchema,
  themes: z.array(
    z.object({
      theme: themeRefSchema,
      years: z.array(
        z.object({
          schoolYear: schoolYearSchema,
          /** Locaties with a previous result to compare with. */
          locations: z.number().int(),
          reached: z.number().int(),
          notReached: z.number().int(),
          rose: z.number().int(),
          same: z.number().int(),
          fell: z.number().int(),
        }),
      ),
    }),
  ),
  /** The newest comparison per (locatie, theme), for locaties the caller may see by name. */
  locations: z.array(
    z.object({
      location: locationRefSchema,
      theme: z.string(),
      schoolYear: schoolYearSchema,
      previousSchoolYear: schoolYearSchema,
      previousDesired: placementSchema,
      current: placementSchema,
      desired: placementSchema.nullable(),
      reached: z.boolean(),
      ambition: ambitionChangeSchema.nullable(),
    }),
  ),
  n: basisSchema,
});
export type Ambitions = z.infer<typeof ambitionsSchema>;

const transitionSchema = z.object({
  from: placementSchema,
  to: placementSchema,
  count: z.number().int(),
});

/**
 * Moves between scenarios from one result of a (locatie, theme) to the next one; `count` is
 * the number of such steps (with one theme and two school years: the number of locaties).
 */
export const transitionsSchema = z.object({
  filters: appliedFiltersSchema,
  transitions: z.array(transitionSchema),
  themes: z.array(
    z.object({
      theme: themeRefSchema,
      steps: z.number().int(),
      transitions: z.array(transitionSchema),
    }),
  ),
  /** Steps counted, and over how many locaties. */
  steps: z.number().int(),
  n: basisSchema,
});
export type Transitions = z.infer<typeof transitionsSchema>;

// ---------------------------------------------------------------------------------------------
// Waarborgen

export const placementCountSchema = z.object({
  placement: placementSchema,
  count: z.number().int(),
});

export const safeguardYearSchema = z.object({
  schoolYear: schoolYearSchema,
  /** (locatie, theme) results under this waarborg; a theme counts for each of its waarborgen. */
  results: z.number().int(),
  locations: z.number().int(),
  median: placementSchema.nullable(),
  desiredMedian: placementSchema.nullable(),
  /** Every scale point 1 … 4, zero-filled, so the bars line up across years. */
  distribution: z.array(placementCountSchema),
});
export type SafeguardYear = z.infer<typeof safeguardYearSchema>;

export const themeRankSchema = z.object({
  theme: themeRefSchema,
  median: placementSchema,
  low: placementSchema,
  high: placementSchema,
  locations: z.number().int(),
});

export const safeguardThreadSchema = z.object({
  id: idSchema,
  name: z.string(),
  schoolYear: schoolYearSchema,
  themes: z.array(z.string()),
});

export const safeguardOverviewSchema = z.object({
  safeguard: z.object({ code: z.string(), name: z.string() }),
  themes: z.array(themeRefSchema),
  years: z.array(safeguardYearSchema),
  /** The newest year with results under this waarborg: the year the ranking is about. */
  latestYear: schoolYearSchema.nullable(),
  /** Linked themes by their median over locaties in `latestYear`, strongest first, with n. */
  themeRanking: z.array(themeRankSchema),
  strongest: z.array(z.string()),
  weakest: z.array(z.string()),
  /** Confirmed rode lijnen on themes of this waarborg. */
  commonThreads: z.array(safeguardThreadSchema),
});
export type SafeguardOverview = z.infer<typeof safeguardOverviewSchema>;

export const safeguardsSchema = z.object({
  filters: appliedFiltersSchema,
  safeguards: z.array(safeguardOverviewSchema),
  n: basisSchema,
});
export type Safeguards = z.infer<typeof safeguardsSchema>;

export const safeguardExportTableSchema = z.enum(
  ['verdeling', 'themas', 'resultaten', 'rode-lijnen'],
  'Kies een bestaande tabel: verdeling, themas, resultaten of rode-lijnen.',
);
export type SafeguardExportTable = z.infer<typeof safeguardExportTableSchema>;

export const safeguardCsvQuerySchema = dashboardFiltersSchema.extend({
  table: safeguardExportTableSchema.default('verdeling'),
});
export type SafeguardCsvQuery = z.infer<typeof safeguardCsvQuerySchema>;

/** `safeguard=all` (or none) reports on all four waarborgen. */
export const safeguardReportQuerySchema = dashboardFiltersSchema.extend({
  safeguard: z.union([z.literal('all'), codeSchema]).default('all'),
});
export type SafeguardReportQuery = z.infer<typeof safeguardReportQuerySchema>;

// ---------------------------------------------------------------------------------------------
// Rode lijnen: heatmap

export const heatmapQuerySchema = dashboardFiltersSchema.extend({
  /** The year to show; by default the newest year in view with results. */
  schoolYear: schoolYearSchema.optional(),
});
export type HeatmapQuery = z.infer<typeof heatmapQuerySchema>;

export const heatmapCellSchema = z.object({
  theme: z.string(),
  current: placementSchema.nullable(),
  desired: placementSchema.nullable(),
  currentLow: placementSchema.nullable(),
  currentHigh: placementSchema.nullable(),
  groups: z.number().int(),
});

export const heatmapSchema = z.object({
  filters: appliedFiltersSchema,
  schoolYear: schoolYearSchema.nullable(),
  themes: z.array(themeRefSchema),
  rows: z.array(z.object({ location: locationRefSchema, cells: z.array(heatmapCellSchema) })),
  /** Per theme over all locaties in view: the unnamed distribution. */
  partnership: z.array(
    z.object({
      theme: z.string(),
      median: placementSchema.nullable(),
      low: placementSchema.nullable(),
      high: placementSchema.nullable(),
      locations: z.number().int(),
    }),
  ),
  partnershipWide: z.array(heatmapCellSchema).nullable(),
  n: basisSchema,
});
export type Heatmap = z.infer<typeof heatmapSchema>;

// ---------------------------------------------------------------------------------------------
// Onze locatie

export const locationDashboardQuerySchema = dashboardFiltersSchema.omit({ locationIds: true });
export type LocationDashboardQuery = z.infer<typeof locationDashboardQuerySchema>;

export const partnershipDistributionSchema = z.object({
  median: placementSchema.nullable(),
  low: placementSchema.nullable(),
  high: placementSchema.nullable(),
  locations: z.number().int(),
});

export const locationDashboardSchema = z.object({
  filters: appliedFiltersSchema,
  location: z.object({ id: idSchema, name: z.string(), kind: z.string() }),
  schoolYears: z.array(schoolYearSchema),
  themes: z.array(
    z.object({
      theme: themeRefSchema,
      points: z.array(trajectoryPointSchema.extend({ partnership: partnershipDistributionSchema })),
    }),
  ),
  findings: z.array(
    z.object({
      id: idSchema,
      schoolYear: schoolYearSchema,
      theme: z.string(),
      kind: z.enum(['strength', 'development']),
      text: z.string(),
    }),
  ),
  openActions: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      status: z.enum(['open', 'in_progress']),
      theme: z.string().nullable(),
      ownerRole: z.string(),
      dueOn: z.iso.date().nullable(),
      schoolYear: schoolYearSchema,
    }),
  ),
  /** n of the locatie's own numbers; each partnership point states its own n. */
  n: basisSchema,
});
export type LocationDashboard = z.infer<typeof locationDashboardSchema>;

// ---------------------------------------------------------------------------------------------
// Rolperspectieven

export const rolePerspectivesQuerySchema = dashboardFiltersSchema;

/** Lower median and range of individual placements; n = participants (placements). */
export const placementSpreadSchema = z.object({
  participants: z.number().int(),
  median: placementSchema,
  low: placementSchema,
  high: placementSchema,
});

export const roleGroupSchema = placementSpreadSchema.extend({
  /** A role code, or "overige-rollen" for the smaller roles merged. */
  role: z.string(),
  name: z.string(),
  /** Role median minus the group placement, in scenario steps (negative: the role placed lower). */
  gapToGroup: z.number().multipleOf(0.5).nullable(),
});

export const rolePerspectiveSchema = z.object({
  groupPlacement: placementSchema.nullable(),
  roles: z.array(roleGroupSchema),
  /** Placements of roles too small to show, even merged. */
  hiddenParticipants: z.number().int(),
  sides: z.object({
    school: placementSpreadSchema.nullable(),
    instituut: placementSpreadSchema.nullable(),
    /** school median − instituut median, when both sides are shown. */
    difference: z.number().multipleOf(0.5).nullable(),
  }),
  spread: placementSpreadSchema.nullable(),
});

export const rolePerspectivesSchema = z.object({
  filters: appliedFiltersSchema,
  minRoleGroupSize: z.number().int(),
  themes: z.array(
    rolePerspectiveSchema.extend({ theme: themeRefSchema, sessions: z.number().int() }),
  ),
  /** Per theme session; only with a theme chosen, and only sessions at locaties the caller may see by name. */
  sessions: z.array(
    rolePerspectiveSchema.extend({
      sessionId: idSchema,
      location: locationRefSchema.nullable(),
      schoolYear: schoolYearSchema,
      theme: z.string(),
      groupLabel: z.string(),
    }),
  ),
  n: basisSchema,
});
export type RolePerspectives = z.infer<typeof rolePerspectivesSchema>;
