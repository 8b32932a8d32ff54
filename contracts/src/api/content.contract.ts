import { z } from 'zod';

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
    z.object({ code: z.string(), title: z.string(), insight: z.string(), questions: z.array(z.string()) }),
  ),
  scenarios: z.array(z.object({ level: z.number().int(), description: z.string() })),
});
export type ThemeDetail = z.infer<typeof themeDetailSchema>;
