import { z } from 'zod';
import { auditActionSchema } from './audit.contract';
import { membershipRoleSchema } from './auth.contract';
import { idSchema, isoDateSchema, isoDateTimeSchema } from './common';
import { invitationStatusSchema } from './people.contract';

/** Where a person's name (or e-mail address) can appear in a partnership's free text. */
export const personMentionFieldSchema = z.enum([
  'finding.text',
  'themeSession.rationale',
  'themeSession.agreements',
  'themeSession.plenaryReporter',
  'themeSession.notes',
  'action.description',
  'action.reviewNote',
  'commonThread.name',
  'commonThread.description',
]);
export type PersonMentionField = z.infer<typeof personMentionFieldSchema>;

/**
 * Everything one partnership holds about one person (AVG inzageverzoek), as a JSON download.
 * Secrets (password hash, two-factor secret, recovery codes) are never part of it.
 */
export const personExportSchema = z.object({
  exportedAt: isoDateTimeSchema,
  partnership: z.object({ id: idSchema, name: z.string() }),
  account: z.object({
    id: idSchema,
    name: z.string(),
    email: z.string(),
    createdAt: isoDateTimeSchema,
    lastSignInAt: isoDateTimeSchema.nullable(),
    twoFactorEnabled: z.boolean(),
    signsInWithSso: z.boolean(),
  }),
  memberships: z.array(
    z.object({
      role: membershipRoleSchema,
      since: isoDateTimeSchema,
      locations: z.array(z.object({ id: idSchema, name: z.string() })),
    }),
  ),
  invitations: z.array(
    z.object({
      id: idSchema,
      email: z.string(),
      name: z.string(),
      role: membershipRoleSchema,
      status: invitationStatusSchema,
      createdAt: isoDateTimeSchema,
      expiresAt: isoDateTimeSchema,
    }),
  ),
  /** Open sign-in sessions: when they started and when they expire. */
  sessions: z.object({
    count: z.number().int(),
    items: z.array(
      z.object({ signedInAt: isoDateTimeSchema.nullable(), expiresAt: isoDateTimeSchema }),
    ),
  }),
  /**
   * The partnership's audit log entries about the person (`subject`) or by them (`actor`). Of
   * entries by them only what and when is given: their details concern other people.
   */
  auditLog: z.array(
    z.object({
      id: z.string(),
      occurredAt: isoDateTimeSchema,
      action: auditActionSchema,
      involvement: z.enum(['subject', 'actor']),
      details: z.record(z.string(), z.unknown()).nullable(),
      ip: z.string().nullable(),
    }),
  ),
  facilitatedThemeSessions: z.array(
    z.object({
      id: idSchema,
      evaluationId: idSchema,
      evaluationTitle: z.string(),
      heldOn: isoDateSchema,
      themeCode: z.string(),
      themeName: z.string(),
    }),
  ),
  /** Files the person uploaded: photos and scans of a session, and imported spreadsheets. */
  uploads: z.array(
    z.object({
      kind: z.enum(['attachment', 'import']),
      id: idSchema,
      fileName: z.string(),
      uploadedAt: isoDateTimeSchema,
      /** The theme session an attachment belongs to; null for an import. */
      themeSessionId: idSchema.nullable(),
    }),
  ),
  /** Actions whose owner names the person. */
  actions: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      ownerName: z.string(),
      ownerRole: z.string(),
      status: z.string(),
      dueOn: isoDateSchema.nullable(),
    }),
  ),
  /** Other free text of the partnership that names the person (or their e-mail address). */
  mentions: z.array(z.object({ field: personMentionFieldSchema, id: idSchema, text: z.string() })),
});
export type PersonExport = z.infer<typeof personExportSchema>;

/** Erasing is irreversible: the programmaleider confirms by typing the person's full name. */
export const erasePersonInputSchema = z.object({
  confirmName: z
    .string('Typ ter bevestiging de volledige naam van de persoon.')
    .trim()
    .min(1, 'Typ ter bevestiging de volledige naam van de persoon.')
    .max(200, 'Deze naam is te lang (hoogstens 200 tekens).'),
});
export type ErasePersonInput = z.input<typeof erasePersonInputSchema>;

export const personErasureSchema = z.object({
  userId: idSchema,
  /** False when the person keeps their account for another partnership (or as platform admin). */
  accountErased: z.boolean(),
  membershipsRemoved: z.number().int(),
  invitationsRemoved: z.number().int(),
  /** Free-text fields in which the name or e-mail address was replaced by "[naam verwijderd]". */
  textsRedacted: z.number().int(),
});
export type PersonErasure = z.infer<typeof personErasureSchema>;
