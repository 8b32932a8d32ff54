import { z } from 'zod';
import { emailSchema, personNameSchema } from './auth.contract';
import { idSchema, isoDateTimeSchema } from './common';

/** What the platform admin sees of a partnership: its name and counts, never evaluation content. */
export const platformPartnershipSchema = z.object({
  id: idSchema,
  name: z.string(),
  createdAt: isoDateTimeSchema,
  locationCount: z.number().int(),
  memberCount: z.number().int(),
  evaluationCount: z.number().int(),
  /** Invitations not yet accepted, revoked or expired. */
  openInvitationCount: z.number().int(),
});
export type PlatformPartnership = z.infer<typeof platformPartnershipSchema>;

export const createPartnershipInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'Vul de naam van het partnerschap in.')
    .max(200, 'Deze naam is te lang (hoogstens 200 tekens).'),
  /** The first programmaleider, who receives an invitation by e-mail. */
  programmaleider: z.object({ email: emailSchema, name: personNameSchema }),
});
export type CreatePartnershipInput = z.infer<typeof createPartnershipInputSchema>;
