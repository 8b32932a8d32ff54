import { z } from 'zod';
import { emailSchema, membershipRoleSchema, personNameSchema } from './auth.contract';
import { idSchema, isoDateTimeSchema } from './common';

/** `expired`: never accepted in time; the programmaleider can resend it with a new link. */
export const invitationStatusSchema = z.enum(['pending', 'expired', 'accepted', 'revoked']);
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

export const invitationSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  role: membershipRoleSchema,
  locationIds: z.array(idSchema),
  status: invitationStatusSchema,
  expiresAt: isoDateTimeSchema,
  createdAt: isoDateTimeSchema,
  invitedByName: z.string().nullable(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const memberSchema = z.object({
  userId: idSchema,
  name: z.string(),
  email: z.string(),
  roles: z.array(membershipRoleSchema),
  /** Locaties of the locatie-coördinator role; empty otherwise. */
  locationIds: z.array(idSchema),
  lastSignInAt: isoDateTimeSchema.nullable(),
  /** Latest invitation of this person to this partnership; null when added without one. */
  invitationStatus: invitationStatusSchema.nullable(),
});
export type Member = z.infer<typeof memberSchema>;

/** Members, and the invitations still open (pending or expired). */
export const peopleListSchema = z.object({
  members: z.array(memberSchema),
  invitations: z.array(invitationSchema),
});
export type PeopleList = z.infer<typeof peopleListSchema>;

const roleInputSchema = z.enum(
  membershipRoleSchema.options,
  'Kies een rol: programmaleider, stuurgroeplid, locatie-coördinator of procesbegeleider.',
);

const locationIdsSchema = z
  .array(z.uuid('Deze locatie bestaat niet.'), 'Kies de locaties.')
  .max(100, 'Kies hoogstens 100 locaties.')
  .refine((ids) => new Set(ids).size === ids.length, {
    message: 'Kies elke locatie maar één keer.',
  });

/** A locatie-coördinator needs at least one locatie; other roles have none. */
function checkLocations(
  roles: readonly string[],
  locationIds: readonly string[],
  ctx: z.RefinementCtx,
) {
  const coordinator = roles.includes('locatiecoordinator');
  if (coordinator && locationIds.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['locationIds'],
      message: 'Kies minstens één locatie voor een locatie-coördinator.',
    });
  }
  if (!coordinator && locationIds.length > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['locationIds'],
      message: 'Alleen een locatie-coördinator krijgt locaties.',
    });
  }
}

export const inviteInputSchema = z
  .object({
    email: emailSchema,
    name: personNameSchema,
    role: roleInputSchema,
    locationIds: locationIdsSchema.default([]),
  })
  .superRefine((v, ctx) => checkLocations([v.role], v.locationIds, ctx));
export type InviteInput = z.input<typeof inviteInputSchema>;

/** Replaces a member's roles (and locaties) in this partnership. */
export const updateMemberAccessInputSchema = z
  .object({
    roles: z
      .array(roleInputSchema, 'Kies de rollen.')
      .min(1, 'Kies minstens één rol, of trek de toegang in.')
      .refine((roles) => new Set(roles).size === roles.length, {
        message: 'Kies elke rol maar één keer.',
      }),
    locationIds: locationIdsSchema.default([]),
  })
  .superRefine((v, ctx) => checkLocations(v.roles, v.locationIds, ctx));
export type UpdateMemberAccessInput = z.input<typeof updateMemberAccessInputSchema>;
