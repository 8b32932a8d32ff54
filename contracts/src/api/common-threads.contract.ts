import { z } from 'zod';
import { idSchema, placementSchema, schoolYearSchema } from './common';

export const commonThreadStatusSchema = z.enum(['suggested', 'confirmed', 'dismissed']);
export type CommonThreadStatus = z.infer<typeof commonThreadStatusSchema>;

export const commonThreadKindSchema = z.enum(['finding', 'placement']);
export type CommonThreadKind = z.infer<typeof commonThreadKindSchema>;

/**
 * Where a suggestion came from: findings that say the same thing at several locaties, most
 * locaties at or below scenario 2 on a theme, or a now/desired gap that keeps widening.
 * Null for a rode lijn someone made by hand.
 */
export const commonThreadPatternSchema = z.enum([
  'recurring_finding',
  'low_placement',
  'widening_gap',
]);
export type CommonThreadPattern = z.infer<typeof commonThreadPatternSchema>;

export const commonThreadFindingSchema = z.object({
  id: idSchema,
  kind: z.enum(['strength', 'development']),
  text: z.string(),
  theme: z.string(),
  schoolYear: schoolYearSchema,
  location: z.object({ id: idSchema, name: z.string() }).nullable(),
});
export type CommonThreadFinding = z.infer<typeof commonThreadFindingSchema>;

export const commonThreadSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string(),
  kind: commonThreadKindSchema,
  pattern: commonThreadPatternSchema.nullable(),
  status: commonThreadStatusSchema,
  theme: z.object({ code: z.string(), name: z.string() }).nullable(),
  /** The cycle (school year) it was found in. */
  schoolYear: schoolYearSchema,
  /** Distinct locaties among the linked findings (finding threads). */
  locations: z.number().int(),
  findings: z.array(commonThreadFindingSchema),
  version: z.number().int(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type CommonThread = z.infer<typeof commonThreadSchema>;

export const commonThreadListSchema = z.object({ items: z.array(commonThreadSchema) });
export type CommonThreadList = z.infer<typeof commonThreadListSchema>;

export const commonThreadListQuerySchema = z.object({
  schoolYear: schoolYearSchema.optional(),
  status: commonThreadStatusSchema.optional(),
});
export type CommonThreadListQuery = z.infer<typeof commonThreadListQuerySchema>;

/** Recompute the suggestions of one cycle; confirmed, dismissed and edited ones stay as they are. */
export const suggestCommonThreadsInputSchema = z.object({
  schoolYear: schoolYearSchema,
});
export type SuggestCommonThreadsInput = z.infer<typeof suggestCommonThreadsInputSchema>;

const nameSchema = z
  .string()
  .trim()
  .min(1, 'Geef de rode lijn een naam.')
  .max(200, 'Een naam is hoogstens 200 tekens.');

/** Rename, describe, confirm or dismiss; `version` is the one you read (a stale one gets 409). */
export const updateCommonThreadInputSchema = z
  .object({
    version: z.number().int().min(1),
    name: nameSchema.optional(),
    description: z
      .string()
      .trim()
      .max(4000, 'Een toelichting is hoogstens 4000 tekens.')
      .optional(),
    status: commonThreadStatusSchema.optional(),
  })
  .refine((v) => v.name !== undefined || v.description !== undefined || v.status !== undefined, {
    message: 'Geef aan wat er verandert: naam, toelichting of status.',
    path: ['status'],
  });
export type UpdateCommonThreadInput = z.infer<typeof updateCommonThreadInputSchema>;

/** Fold other threads into this one: their findings move here and they disappear. */
export const mergeCommonThreadsInputSchema = z.object({
  version: z.number().int().min(1),
  sources: z
    .array(z.object({ id: idSchema, version: z.number().int().min(1) }))
    .min(1, 'Kies minstens één rode lijn om samen te voegen.')
    .max(50, 'Voeg hoogstens 50 rode lijnen tegelijk samen.'),
  name: nameSchema.optional(),
});
export type MergeCommonThreadsInput = z.infer<typeof mergeCommonThreadsInputSchema>;

/**
 * A confirmed rode lijn followed over the years. Finding threads: per year the locaties and
 * findings linked to it. Placement threads: per year how many locaties show the pattern
 * (at or below scenario 2, or with a gap) out of `resultLocations`, and the median gap.
 */
export const followedThreadSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string(),
  kind: commonThreadKindSchema,
  pattern: commonThreadPatternSchema.nullable(),
  theme: z.object({ code: z.string(), name: z.string() }).nullable(),
  schoolYear: schoolYearSchema,
  years: z.array(
    z.object({
      schoolYear: schoolYearSchema,
      locations: z.number().int(),
      findings: z.number().int().nullable(),
      resultLocations: z.number().int().nullable(),
      medianGap: z.number().multipleOf(0.5).nullable(),
      medianCurrent: placementSchema.nullable(),
    }),
  ),
});
export type FollowedThread = z.infer<typeof followedThreadSchema>;

export const followedThreadListSchema = z.object({
  schoolYears: z.array(schoolYearSchema),
  items: z.array(followedThreadSchema),
});
export type FollowedThreadList = z.infer<typeof followedThreadListSchema>;
