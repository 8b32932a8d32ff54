import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './common';

export const membershipRoleSchema = z.enum([
  'programmaleider',
  'stuurgroeplid',
  'locatiecoordinator',
  'procesbegeleider',
]);
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

/** A one-time token from a link in an e-mail. */
export const oneTimeTokenSchema = z
  .string()
  .trim()
  .min(20, 'Deze link is onvolledig. Open de link uit de e-mail opnieuw.')
  .max(200, 'Deze link klopt niet. Open de link uit de e-mail opnieuw.');

export const passwordResetRequestInputSchema = z.object({ email: emailSchema });
export type PasswordResetRequestInput = z.infer<typeof passwordResetRequestInputSchema>;

export const passwordResetConfirmInputSchema = z.object({
  token: oneTimeTokenSchema,
  password: passwordSchema,
});
export type PasswordResetConfirmInput = z.infer<typeof passwordResetConfirmInputSchema>;

export const personNameSchema = z
  .string()
  .trim()
  .min(1, 'Vul een naam in.')
  .max(200, 'Deze naam is te lang (hoogstens 200 tekens).');

/** What the invitation page shows before accepting. */
export const invitationLookupInputSchema = z.object({ token: oneTimeTokenSchema });
export type InvitationLookupInput = z.infer<typeof invitationLookupInputSchema>;

export const invitationPreviewSchema = z.object({
  partnershipName: z.string(),
  email: z.string(),
  name: z.string(),
  role: membershipRoleSchema,
  expiresAt: isoDateTimeSchema,
  /** An account with this e-mail exists: sign in with it first, then accept. */
  accountExists: z.boolean(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

/**
 * Accept an invitation. New account: `name` and `password` are required. Existing account: sign
 * in with it first (same e-mail address); `name` and `password` are then ignored.
 */
export const invitationAcceptInputSchema = z.object({
  token: oneTimeTokenSchema,
  name: personNameSchema.optional(),
  password: passwordSchema.optional(),
});
export type InvitationAcceptInput = z.infer<typeof invitationAcceptInputSchema>;

export const profileSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string(),
  isPlatformAdmin: z.boolean(),
  totpEnabled: z.boolean(),
  createdAt: isoDateTimeSchema,
  lastSignInAt: isoDateTimeSchema.nullable(),
});
export type Profile = z.infer<typeof profileSchema>;

export const updateProfileInputSchema = z.object({ name: personNameSchema });
export type UpdateProfileInput = z.infer<typeof updateProfileInputSchema>;

/** Ways to sign in besides e-mail and password, for the sign-in page. */
export const authProvidersSchema = z.object({
  /** Single sign-on (OpenID Connect), or null when this instance has none configured. */
  sso: z
    .object({
      /** Name for the button, e.g. "SURFconext". */
      displayName: z.string(),
      /** Navigate the browser here (a full page load, not fetch) to start signing in. */
      startUrl: z.string(),
    })
    .nullable(),
});
export type AuthProviders = z.infer<typeof authProvidersSchema>;
