import { z } from 'zod';
import { isoDateTimeSchema, pageOf, pageQuerySchema } from './common';

export const auditActionSchema = z.enum([
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.second_factor_failed',
  'auth.sign_out',
  'auth.sign_out_everywhere',
  'auth.password_reset_requested',
  'auth.password_reset',
  'auth.totp_enabled',
  'auth.totp_disabled',
  'auth.invitation_accepted',
  'auth.profile_updated',
  /** Single sign-on linked to an existing account (matched by verified e-mail address). */
  'auth.sso_linked',
  'access.invited',
  'access.invitation_resent',
  'access.invitation_revoked',
  'access.role_granted',
  'access.role_revoked',
  'evaluation.finalised',
  'evaluation.corrected',
  'export.created',
  'person.exported',
  'person.erased',
  'partnership.created',
  'partnership.settings_changed',
  'import.committed',
]);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditLogEntrySchema = z.object({
  id: z.string(),
  occurredAt: isoDateTimeSchema,
  action: auditActionSchema,
  /** Who did it; null for the system. `name` is null for someone outside the partnership or erased. */
  actor: z.object({ userId: z.string(), name: z.string().nullable() }).nullable(),
  target: z.object({ type: z.string(), id: z.string() }).nullable(),
  details: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
});
export type AuditLogEntry = z.infer<typeof auditLogEntrySchema>;

/** Newest first; `from` and `to` are inclusive calendar days (Europe/Amsterdam). */
export const auditLogQuerySchema = pageQuerySchema
  .extend({
    action: z.enum(auditActionSchema.options, 'Kies een bestaande soort gebeurtenis.').optional(),
    from: z.iso.date('Schrijf de datum als 2025-03-12.').optional(),
    to: z.iso.date('Schrijf de datum als 2025-03-12.').optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'De einddatum ligt vóór de begindatum.',
  });
export type AuditLogQuery = z.infer<typeof auditLogQuerySchema>;

export const auditLogPageSchema = pageOf(auditLogEntrySchema);
export type AuditLogPage = z.infer<typeof auditLogPageSchema>;
