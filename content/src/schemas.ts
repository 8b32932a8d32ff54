import { z } from 'zod';

/**
 * zod schemas of the ZET content files. The data lives in `content/data`:
 * - `framework/*.yaml`: what does not change with a ZET version (waarborgen, domains, the four
 *   scenarios, roles, doelgroepen, PDCA, IMWR, kwaliteitscultuur, instruments, ...);
 * - `versions/<id>/version.yaml` plus `versions/<id>/themes/<theme>.yaml`: one ZET version.
 * Codes are stable identities: texts may change between versions, codes never do.
 */

const code = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'een code bestaat uit kleine letters, cijfers en streepjes');
const text = z.string().trim().min(1, 'tekst mag niet leeg zijn');
const paragraph = z.string().trim().min(20, 'tekst is te kort (minstens 20 tekens)');

export const safeguardCodeSchema = z.enum([
  'lerende-leraar',
  'leeromgeving',
  'organisatie',
  'kwaliteitscultuur',
]);
export type SafeguardCode = z.infer<typeof safeguardCodeSchema>;

// One multi-value literal (not a union) so a wrong level reports the allowed values.
export const scenarioLevelSchema = z.literal([1, 2, 3, 4]);
export type ScenarioLevel = z.infer<typeof scenarioLevelSchema>;

export const sideSchema = z.enum(['school', 'instituut', 'beide']);
export type Side = z.infer<typeof sideSchema>;

export const safeguardSchema = z.strictObject({
  code: safeguardCodeSchema,
  name: text,
  summary: paragraph,
});
export type Safeguard = z.infer<typeof safeguardSchema>;

export const domainSchema = z.strictObject({ code, name: text, summary: paragraph });
export type Domain = z.infer<typeof domainSchema>;

export const scenarioSchema = z.strictObject({
  level: scenarioLevelSchema,
  name: text,
  inkPhase: text,
  summary: paragraph,
  /** The level a partnership is expected to reach at least (scenario 2 in the handleiding). */
  baseline: z.boolean().default(false),
});
export type Scenario = z.infer<typeof scenarioSchema>;

export const cultureElementSchema = z.strictObject({ code, name: text, summary: paragraph });
export type CultureElement = z.infer<typeof cultureElementSchema>;

export const roleSchema = z.strictObject({
  code,
  name: text,
  /** Which side of the partnership a person in this role usually sits on. */
  side: sideSchema,
});
export type Role = z.infer<typeof roleSchema>;

export const targetGroupSchema = z.strictObject({ code, name: text, description: paragraph });
export type TargetGroup = z.infer<typeof targetGroupSchema>;

export const pdcaPhaseCodeSchema = z.enum(['plan', 'do', 'check', 'act']);
export type PdcaPhaseCode = z.infer<typeof pdcaPhaseCodeSchema>;

export const pdcaPhaseSchema = z.strictObject({
  code: pdcaPhaseCodeSchema,
  name: text,
  summary: paragraph,
});
export type PdcaPhase = z.infer<typeof pdcaPhaseSchema>;

export const imwrElementCodeSchema = z.enum([
  'inspireren',
  'mobiliseren',
  'waarderen',
  'reflecteren',
]);
export type ImwrElementCode = z.infer<typeof imwrElementCodeSchema>;

export const imwrElementSchema = z.strictObject({
  code: imwrElementCodeSchema,
  name: text,
  summary: paragraph,
});
export type ImwrElement = z.infer<typeof imwrElementSchema>;

export const instrumentSchema = z.strictObject({
  code,
  name: text,
  /** Where it comes from, e.g. the LOCK-traject of the Platform; absent when the katern says nothing. */
  origin: text.optional(),
  developers: z.array(text),
  /** Null when the katern lists the instrument without describing it. */
  initiator: text.nullable(),
  targetGroup: text.nullable(),
  cultureElements: z.array(code).min(1),
  description: paragraph,
  /** Which roles and goals (ch. 4 of the katern) this instrument fits. */
  roles: z.array(code).default([]),
  goals: z.array(code).default([]),
});
export type Instrument = z.infer<typeof instrumentSchema>;

/** A goal from ch. 4 of the katern: a common challenge of a role, answered by instruments. */
export const guidanceGoalSchema = z.strictObject({
  code,
  name: text,
  summary: paragraph,
  /** The roles ch. 4 addresses with this goal. */
  roles: z.array(code).min(1),
  /** Who takes part when the instrument is used (the doelgroep column). */
  audience: text,
  /** ZET themes (codes of the current version) that ch. 4 points to for this goal. */
  themes: z.array(code).default([]),
});
export type GuidanceGoal = z.infer<typeof guidanceGoalSchema>;

/** One of the 8 V's of the Kwaliteitswaaier, in the order of the quality-care steps. */
export const qualityFanSchema = z.strictObject({ code, name: text, summary: paragraph });
export type QualityFanStep = z.infer<typeof qualityFanSchema>;

export const roleNeedSchema = z.strictObject({
  /** Code of a role in `roles`. */
  role: code,
  toImprove: paragraph,
  toAccount: paragraph,
});
export type RoleNeed = z.infer<typeof roleNeedSchema>;

export const frameworkSchema = z.strictObject({
  safeguards: z.array(safeguardSchema).length(4),
  domains: z.array(domainSchema).length(3),
  scenarios: z.array(scenarioSchema).length(4),
  cultureElements: z.array(cultureElementSchema).length(5),
  roles: z.array(roleSchema).min(1),
  targetGroups: z.array(targetGroupSchema).min(1),
  pdcaPhases: z.array(pdcaPhaseSchema).length(4),
  imwrElements: z.array(imwrElementSchema).length(4),
  instruments: z.array(instrumentSchema).default([]),
  guidanceGoals: z.array(guidanceGoalSchema).default([]),
  qualityFan: z.array(qualityFanSchema).default([]),
  roleNeeds: z.array(roleNeedSchema).default([]),
});
export type Framework = z.infer<typeof frameworkSchema>;

export const assignmentStepSchema = z.strictObject({
  /** The fixed build-up of a theme conversation (handleiding ch. 3.2). */
  phase: z.enum(['individueel', 'uitwisseling', 'reflectie', 'plaatsing']),
  title: text,
  instructions: paragraph,
  minutes: z.number().int().positive().optional(),
  /** Codes of the reflection cards used in this step. */
  reflectionCards: z.array(code).default([]),
});
export type AssignmentStep = z.infer<typeof assignmentStepSchema>;

export const reflectionCardSchema = z.strictObject({
  code,
  title: text,
  insight: paragraph,
  questions: z.array(text).min(1),
});
export type ReflectionCard = z.infer<typeof reflectionCardSchema>;

export const themeScenarioSchema = z.strictObject({
  level: scenarioLevelSchema,
  description: paragraph,
});
export type ThemeScenario = z.infer<typeof themeScenarioSchema>;

export const themeSchema = z.strictObject({
  code,
  name: text,
  domain: code,
  safeguards: z.array(safeguardCodeSchema).min(1),
  cultureElements: z.array(code).min(1),
  /** Whether this theme is a combined variant that replaces others in a shortened programme. */
  combinedVariantOf: z.array(code).default([]),
  introduction: paragraph.optional(),
  assignment: z
    .strictObject({
      goals: z.array(text).min(1),
      steps: z.array(assignmentStepSchema).min(1),
    })
    .optional(),
  worksheet: z
    .strictObject({
      instructions: paragraph,
      prompts: z.array(text).min(1),
    })
    .optional(),
  reflectionCards: z.array(reflectionCardSchema).default([]),
  scenarios: z.array(themeScenarioSchema).default([]),
});
export type Theme = z.infer<typeof themeSchema>;

export const versionManifestSchema = z.strictObject({
  id: code,
  name: text,
  /** ISO date from which this version is in use. */
  publishedOn: z.iso.date(),
  /** Shown wherever the texts appear: they are example content a partnership may adapt. */
  notice: paragraph,
  /** The version this one revised; null for the first version. */
  predecessor: code.nullable(),
  /**
   * For every theme of the predecessor: the theme of this version it continues as. Several old
   * themes may land on one new theme; trajectories follow the chain to the newest version.
   */
  predecessorMapping: z.record(code, code).default({}),
  /** The theme codes of this version, in display order. */
  themes: z.array(code).min(1),
  guide: z
    .strictObject({
      title: text,
      sections: z.array(z.strictObject({ title: text, body: paragraph })).min(1),
    })
    .optional(),
});
export type VersionManifest = z.infer<typeof versionManifestSchema>;
