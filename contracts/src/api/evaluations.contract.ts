import { z } from 'zod';
import { idSchema, isoDateSchema, schoolYearSchema } from './common';

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
