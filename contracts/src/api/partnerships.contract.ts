import { z } from 'zod';
import { idSchema, schoolYearSchema } from './common';

export const locationKindSchema = z.enum(['school_po', 'school_vo', 'school_mbo', 'instituut']);
export type LocationKind = z.infer<typeof locationKindSchema>;

export const pdcaPhaseCodeSchema = z.enum(['plan', 'do', 'check', 'act']);
export type PdcaPhaseCode = z.infer<typeof pdcaPhaseCodeSchema>;

export const partnershipSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  locationCount: z.number().int(),
});
export type PartnershipSummary = z.infer<typeof partnershipSummarySchema>;

export const partnershipSchema = z.object({
  id: idSchema,
  name: z.string(),
  vision: z.string().nullable(),
  coreConcepts: z.array(z.string()),
  openComparison: z.boolean(),
  minRoleGroupSize: z.number().int(),
  version: z.number().int(),
});
export type Partnership = z.infer<typeof partnershipSchema>;

/**
 * What the programmaleider decides about sharing results: whether locatie users see the other
 * locaties by name, and the smallest group shown on its own (role groups, and the other locaties
 * behind a distribution).
 */
export const partnershipSettingsInputSchema = z.object({
  openComparison: z.boolean(),
  minRoleGroupSize: z
    .number('Vul een aantal in.')
    .int('Vul een heel aantal in.')
    .min(2, 'Kies minstens 2: een groep van één maakt iemands antwoord herkenbaar.')
    .max(50, 'Kies hoogstens 50.'),
  version: z.number().int(),
});
export type PartnershipSettingsInput = z.infer<typeof partnershipSettingsInputSchema>;

export const locationSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: locationKindSchema,
  archived: z.boolean(),
});
export type Location = z.infer<typeof locationSchema>;

export const targetGroupSchema = z.object({ id: idSchema, code: z.string(), name: z.string() });
export type TargetGroup = z.infer<typeof targetGroupSchema>;

export const cycleSchema = z.object({
  id: idSchema,
  schoolYear: schoolYearSchema,
  pdcaPhase: pdcaPhaseCodeSchema,
});
export type Cycle = z.infer<typeof cycleSchema>;
