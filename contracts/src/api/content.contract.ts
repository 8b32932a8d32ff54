import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './common';

const named = z.object({ code: z.string(), name: z.string(), summary: z.string() });

export const scenarioSummarySchema = z.object({
  level: z.number().int().min(1).max(4),
  name: z.string(),
  inkPhase: z.string(),
  summary: z.string(),
});

export const themeSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  domain: z.string(),
  safeguards: z.array(z.string()),
  cultureElements: z.array(z.string()),
  introduction: z.string().nullable(),
  combinedVariantOf: z.array(z.string()),
});
export type ThemeSummary = z.infer<typeof themeSummarySchema>;

export const contentVersionSchema = z.object({
  id: z.string(),
  name: z.string(),
  publishedOn: z.string(),
  notice: z.string(),
  predecessor: z.string().nullable(),
  current: z.boolean(),
});
export type ContentVersion = z.infer<typeof contentVersionSchema>;

/** Everything the app needs to label data: one small document, cached for the session. */
export const contentOverviewSchema = z.object({
  version: contentVersionSchema,
  versions: z.array(contentVersionSchema),
  safeguards: z.array(named),
  domains: z.array(named),
  scenarios: z.array(scenarioSummarySchema),
  cultureElements: z.array(named),
  roles: z.array(z.object({ code: z.string(), name: z.string(), side: z.string() })),
  targetGroups: z.array(z.object({ code: z.string(), name: z.string() })),
  pdcaPhases: z.array(named),
  imwrElements: z.array(named),
  themes: z.array(themeSummarySchema),
});
export type ContentOverview = z.infer<typeof contentOverviewSchema>;

export const themeDetailSchema = themeSummarySchema.extend({
  versionId: z.string(),
  assignment: z
    .object({
      goals: z.array(z.string()),
      steps: z.array(
        z.object({
          phase: z.string(),
          title: z.string(),
          instructions: z.string(),
          minutes: z.number().nullable(),
          reflectionCards: z.array(z.string()),
        }),
      ),
    })
    .nullable(),
  worksheet: z.object({ instructions: z.string(), prompts: z.array(z.string()) }).nullable(),
  reflectionCards: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      insight: z.string(),
      questions: z.array(z.string()),
    }),
  ),
  scenarios: z.array(z.object({ level: z.number().int(), description: z.string() })),
});
export type ThemeDetail = z.infer<typeof themeDetailSchema>;

// ---------------------------------------------------------------------------------------------
// The katern "Werken aan kwaliteitscultuur": instruments, elements, guidance, Kwaliteitswaaier

const codeNameSchema = z.object({ code: z.string(), name: z.string() });
export type CodeName = z.infer<typeof codeNameSchema>;

const contentCodeSchema = (message: string) =>
  z
    .string(message)
    .max(80, message)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, message);

/** Filters of the instrument catalogue; several filters narrow the list together. */
export const instrumentQuerySchema = z.object({
  element: contentCodeSchema('Kies een element van kwaliteitscultuur uit de lijst.').optional(),
  role: contentCodeSchema('Kies een rol uit de lijst.').optional(),
  goal: contentCodeSchema('Kies een doel uit de lijst.').optional(),
});
export type InstrumentQuery = z.infer<typeof instrumentQuerySchema>;

export const katernInstrumentSchema = z.object({
  code: z.string(),
  name: z.string(),
  /** Where it comes from, e.g. the LOCK-traject; null when the katern does not say. */
  origin: z.string().nullable(),
  developers: z.array(z.string()),
  initiator: z.string().nullable(),
  targetGroup: z.string().nullable(),
  description: z.string(),
  cultureElements: z.array(codeNameSchema),
  /** Roles and goals of ch. 4 of the katern; empty when ch. 4 does not mention the instrument. */
  roles: z.array(codeNameSchema),
  goals: z.array(codeNameSchema),
});
export type KaternInstrument = z.infer<typeof katernInstrumentSchema>;

/** One choice of a filter, with how many instruments of the whole catalogue it matches. */
const filterOptionSchema = codeNameSchema.extend({ count: z.number().int() });

export const instrumentListSchema = z.object({
  items: z.array(katernInstrumentSchema),
  /** Size of the catalogue without filters. */
  total: z.number().int(),
  /** The choices for each filter: only values that at least one instrument has. */
  filters: z.object({
    cultureElements: z.array(filterOptionSchema),
    roles: z.array(filterOptionSchema),
    goals: z.array(filterOptionSchema),
  }),
});
export type InstrumentList = z.infer<typeof instrumentListSchema>;

/** The theory of the katern as the Thema's pages show it. */
export const katernSchema = z.object({
  /** These texts are example content written for ZET Monitor. */
  notice: z.string(),
  cultureElements: z.array(
    named.extend({
      /** Themes of the current version that work on this element. */
      themes: z.array(codeNameSchema),
      instruments: z.array(codeNameSchema),
    }),
  ),
  /** The goals of ch. 4: a common challenge of some roles and the instruments that answer it. */
  guidanceGoals: z.array(
    named.extend({
      audience: z.string(),
      roles: z.array(codeNameSchema),
      themes: z.array(codeNameSchema),
      instruments: z.array(codeNameSchema),
    }),
  ),
  /** Ch. 4 read per role: the goals addressed to it, in the order of the roles list. */
  roleGuidance: z.array(z.object({ role: codeNameSchema, goals: z.array(z.string()) })),
  /** The 8 V's of the Kwaliteitswaaier, in the order of the quality cycle (position 1–8). */
  qualityFan: z.array(named.extend({ position: z.number().int() })),
  /** The roles table of 2.3: what each role needs to improve and to account for. */
  roleNeeds: z.array(
    z.object({ role: codeNameSchema, toImprove: z.string(), toAccount: z.string() }),
  ),
});
export type Katern = z.infer<typeof katernSchema>;

// ---------------------------------------------------------------------------------------------
// Content versions

export const versionThemeSchema = themeSummarySchema.extend({
  /** The theme of the current version this theme continues as (equal to `code` in the current version). */
  canonicalCode: z.string(),
});
export type VersionTheme = z.infer<typeof versionThemeSchema>;

export const contentVersionDetailSchema = z.object({
  version: contentVersionSchema,
  themes: z.array(versionThemeSchema),
  predecessor: contentVersionSchema.nullable(),
  /** Every theme of the predecessor and the theme of this version it continues as. */
  predecessorMapping: z.array(z.object({ from: codeNameSchema, to: codeNameSchema })),
  /** The procesbegeleider guide (Bijlage I); null when this version has none. */
  guide: z
    .object({
      title: z.string(),
      sections: z.array(z.object({ title: z.string(), body: z.string() })),
    })
    .nullable(),
});
export type ContentVersionDetail = z.infer<typeof contentVersionDetailSchema>;

// ---------------------------------------------------------------------------------------------
// Adaptation: a partnership's overrides on top of a base version. Theme and scenario identities
// (codes, levels, names) never change, so results stay comparable.

/**
 * What an override rewrites or adds. Paths: `introduction`, `scenarios.<level>.description`,
 * `worksheet.instructions`, `worksheet.prompts`, `assignment.goals`,
 * `assignment.steps.<number from 1>.instructions`, `reflectionCards.<card code>`.
 */
export const adaptationFieldSchema = z.enum([
  'introduction',
  'scenarioDescription',
  'worksheetInstructions',
  'worksheetPrompts',
  'assignmentGoals',
  'stepInstructions',
  'reflectionCard',
]);
export type AdaptationField = z.infer<typeof adaptationFieldSchema>;

export const reflectionCardContentSchema = z.object({
  code: z.string(),
  title: z.string(),
  insight: z.string(),
  questions: z.array(z.string()),
});

/** A text (introduction, descriptions, instructions), a list (prompts, goals) or a reflection card. */
export const adaptationValueSchema = z.union([
  z.string(),
  z.array(z.string()),
  reflectionCardContentSchema,
]);
export type AdaptationValue = z.infer<typeof adaptationValueSchema>;

/** A part of a theme the programmaleider may adapt, with its Dutch label. */
export const adaptableFieldSchema = z.object({
  path: z.string(),
  field: adaptationFieldSchema,
  label: z.string(),
});
export type AdaptableField = z.infer<typeof adaptableFieldSchema>;

export const contentOverrideSchema = adaptableFieldSchema.extend({
  /** `rewrite`: replaces a text of the base; `addition`: adds something the base lacks (e.g. a card). */
  kind: z.enum(['rewrite', 'addition']),
  /**
   * False when the base no longer has the part this override rewrites (e.g. after a revision of
   * the base texts); the effective theme then shows the base.
   */
  applied: z.boolean(),
  /** For optimistic concurrency: send it back when changing or removing this override. */
  version: z.number().int(),
  updatedAt: isoDateTimeSchema,
  updatedByName: z.string().nullable(),
});
export type ContentOverride = z.infer<typeof contentOverrideSchema>;

/** What a procesbegeleider of the partnership sees on the day: the base with the partnership's overrides. */
export const partnershipThemeSchema = z.object({
  partnershipId: idSchema,
  baseVersion: contentVersionSchema,
  theme: themeDetailSchema,
  /** The overridden parts of `theme`, by path. */
  overrides: z.array(contentOverrideSchema),
  /** Every part the programmaleider may adapt (existing reflection cards included; new cards are added apart). */
  adaptable: z.array(adaptableFieldSchema),
});
export type PartnershipTheme = z.infer<typeof partnershipThemeSchema>;

export const partnershipThemeListSchema = z.object({
  partnershipId: idSchema,
  baseVersion: contentVersionSchema,
  /** In display order; `introduction` is the effective one. */
  items: z.array(themeSummarySchema.extend({ overrideCount: z.number().int() })),
});
export type PartnershipThemeList = z.infer<typeof partnershipThemeListSchema>;

/**
 * Writes one override. `version`: null to create it, or the version you last read to change it;
 * a stale version answers 409. The value is checked against the content schema of its path.
 */
export const putContentOverrideInputSchema = z.object({
  value: z.unknown(),
  version: z
    .number('Geef de versie van de aanpassing mee, of null voor een nieuwe aanpassing.')
    .int('Geef de versie als een heel getal.')
    .positive('Geef de versie als een positief getal.')
    .nullable(),
});
export type PutContentOverrideInput = z.infer<typeof putContentOverrideInputSchema>;

/** Adds a reflection card of the partnership to a theme; its code is made from the title. */
export const addReflectionCardInputSchema = z.object({
  title: z.string('Geef de kaart een titel.'),
  insight: z.string('Schrijf het inzicht van de kaart.'),
  questions: z.array(z.string('Een vraag is een tekst.'), 'Geef minstens één vraag.'),
});
export type AddReflectionCardInput = z.infer<typeof addReflectionCardInputSchema>;

export const contentDiffEntrySchema = contentOverrideSchema.extend({
  /** The base text; null for an addition. */
  base: adaptationValueSchema.nullable(),
  partnership: adaptationValueSchema,
});
export type ContentDiffEntry = z.infer<typeof contentDiffEntrySchema>;

/** A doelgroep as the partnership uses it: from the ZET base or added by the partnership. */
export const partnershipTargetGroupSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  origin: z.enum(['base', 'partnership']),
  archived: z.boolean(),
});
export type PartnershipTargetGroup = z.infer<typeof partnershipTargetGroupSchema>;

export const partnershipTargetGroupListSchema = z.object({
  items: z.array(partnershipTargetGroupSchema),
});
export type PartnershipTargetGroupList = z.infer<typeof partnershipTargetGroupListSchema>;

export const addTargetGroupInputSchema = z.object({
  name: z.string('Geef de doelgroep een naam.'),
  description: z.string('Beschrijf de doelgroep in een paar zinnen.'),
});
export type AddTargetGroupInput = z.infer<typeof addTargetGroupInputSchema>;

/** The partnership content version against its base: per theme, per field base and partnership text. */
export const contentDiffSchema = z.object({
  partnershipId: idSchema,
  baseVersion: contentVersionSchema,
  /** Only themes with overrides, in display order. */
  themes: z.array(
    z.object({ code: z.string(), name: z.string(), changes: z.array(contentDiffEntrySchema) }),
  ),
  /** Doelgroepen the partnership added (not archived). */
  targetGroups: z.array(partnershipTargetGroupSchema),
});
export type ContentDiff = z.infer<typeof contentDiffSchema>;

export const contentDiffQuerySchema = z.object({
  theme: contentCodeSchema('Kies een thema uit de lijst.').optional(),
});
export type ContentDiffQuery = z.infer<typeof contentDiffQuerySchema>;

/** Removing an override: `version` guards against removing what someone else changed meanwhile. */
export const deleteContentOverrideQuerySchema = z.object({
  version: z.coerce
    .number('Geef de versie van de aanpassing als een getal.')
    .int('Geef de versie als een heel getal.')
    .positive('Geef de versie als een positief getal.')
    .optional(),
});
export type DeleteContentOverrideQuery = z.infer<typeof deleteContentOverrideQuerySchema>;
