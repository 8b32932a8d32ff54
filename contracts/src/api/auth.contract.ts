import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './common';

export const membershipRoleSchema = z.enum(['programmaleider', 'stuurgroeplid', 'locatiecoordinator', 'procesbegeleider']);
export type MembershipRole = z.infer<typeof membershipRoleSchema>;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(320, 'Dit e-mailadres is te lang.')
  .pipe(z.email('Vul een geldig e-mailadres in.'));

export const passwordSchema = z
  .string()
  .min(12, 'Kies een wachtwoord van minstens 12 tekens.')
  .max(200, 'Dit wachtwoord is te lang (hoogstens 200 tekens).');

export const loginInputSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Vul je wachtwoord in.').max(200),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

export const totpInputSchema = z.object({
  /** A 6-digit code from the authenticator app, or a recovery code. */
  code: z.string().trim().min(6, 'Vul de code uit je authenticator-app in.').max(40),
});
export type TotpInput = z.infer<typeof totpInputSchema>;

export const loginResultSchema = z.object({
  /** `totp_required`: password accepted, now the second factor; `totp_setup_required`: must enrol first. */
  status: z.enum(['signed_in', 'totp_required', 'totp_setup_required']),
});
export type LoginResult = z.infer<typeof loginResultSchema>;

export const membershipSummarySchema = z.object({
  partnershipId: idSchema,
  partnershipName: z.string(),
  roles: z.array(membershipRoleSchema),
  locationIds: z.array(idSchema),
});
export type MembershipSummary = z.infer<typeof membershipSummarySchema>;

export const meSchema = z.object({
  user: z.object({
    id: idSchema,
    name: z.string(),
    email: z.string(),
    isPlatformAdmin: z.boolean(),
    totpEnabled: z.boolean(),
  }),
  memberships: z.array(membershipSummarySchema),
  /** True while a required second factor still has to be set up: only enrolment is allowed. */
  mustEnrolTotp: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;

export const csrfTokenSchema = z.object({ token: z.string() });

export const sessionInfoSchema = z.object({
  id: z.string(),
  current: z.boolean(),
  createdAt: isoDateTimeSchema,
  lastSeenAt: isoDateTimeSchema,
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const totpSetupSchema = z.object({ secret: z.string(), otpauthUri: z.string() });
export type TotpSetup = z.infer<typeof totpSetupSchema>;

export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;
