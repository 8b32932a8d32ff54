import { membershipRoleSchema, type MembershipRole } from '@zet/contracts';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';

// Single sign-on's own queries. Accepting invitations mirrors InvitationsService.accept (people
// module), which works by link token; single sign-on finds them by verified e-mail instead.

const linkedAccountRow = z.object({ id: z.string(), oidc_subject: z.string().nullable() });

/** The account (not erased) that signs in with this subject of the configured provider. */
export async function findAccountIdBySubject(
  db: EntityManager,
  subject: string,
): Promise<string | undefined> {
  const rows: unknown[] = await db.query(
    `select id from app_user where oidc_subject = $1 and erased_at is null`,
    [subject],
  );
  return rows[0] ? z.object({ id: z.string() }).parse(rows[0]).id : undefined;
}

/** The account (not erased) with this e-mail address and the subject it is linked to, if any; locked for the transaction. */
export async function lockAccountByEmail(db: EntityManager, email: string) {
  const rows: unknown[] = await db.query(
    `select id, oidc_subject from app_user where lower(email) = lower($1) and erased_at is null for update`,
    [email],
  );
  return rows[0] ? linkedAccountRow.parse(rows[0]) : undefined;
}

export async function linkSubject(
  db: EntityManager,
  userId: string,
  subject: string,
): Promise<void> {
  await db.query(
    `update app_user set oidc_subject = $2, updated_at = now(), version = version + 1 where id = $1`,
    [userId, subject],
  );
}

/** An account without a password: it signs in only through the provider (or after a password reset). */
export async function insertSsoAccount(
  db: EntityManager,
  email: string,
  name: string,
  subject: string,
): Promise<string> {
  const rows = await db.query<{ id: string }[]>(
    `insert into app_user (email, name, password_hash, oidc_subject) values ($1, $2, null, $3) returning id`,
    [email, name, subject],
  );
  return rows[0]!.id;
}

const openInvitationRow = z.object({
  id: z.string(),
  partnership_id: z.string(),
  name: z.string(),
  role: membershipRoleSchema,
  location_ids: z.array(z.string()),
  invited_by: z.string().nullable(),
});
export type OpenInvitationRow = z.infer<typeof openInvitationRow>;

/** Invitations for this e-mail address that can still be accepted (any partnership), locked for the transaction. */
export async function lockOpenInvitationsByEmail(
  db: EntityManager,
  email: string,
): Promise<OpenInvitationRow[]> {
  const rows: unknown[] = await db.query(
    `select id, partnership_id, name, role, location_ids, invited_by
       from invitation
      where lower(email) = lower($1) and accepted_at is null and revoked_at is null and expires_at > now()
      order by created_at, id
      for update`,
    [email],
  );
  return rows.map((r) => openInvitationRow.parse(r));
}

export async function markInvitationAccepted(
  db: EntityManager,
  invitationId: string,
): Promise<void> {
  await db.query(`update invitation set accepted_at = now() where id = $1`, [invitationId]);
}

/** Adds the role if the person lacks it; returns the membership id either way. Run in the partnership's scope. */
export async function ensureMembership(
  db: EntityManager,
  userId: string,
  partnershipId: string,
  role: MembershipRole,
): Promise<string> {
  const rows = await db.query<{ id: string }[]>(
    `insert into membership (user_id, partnership_id, role) values ($1, $2, $3)
     on conflict (user_id, partnership_id, role) do update set role = excluded.role
     returning id`,
    [userId, partnershipId, role],
  );
  return rows[0]!.id;
}

/** Links the membership to those of these locaties that still exist (archived ones included). Run in the partnership's scope. */
export async function addExistingMembershipLocations(
  db: EntityManager,
  membershipId: string,
  partnershipId: string,
  locationIds: readonly string[],
): Promise<string[]> {
  if (locationIds.length === 0) return [];
  const rows = await db.query<{ location_id: string }[]>(
    `insert into membership_location (membership_id, partnership_id, location_id)
     select $1, $2, l.id from location l where l.partnership_id = $2 and l.id = any($3::uuid[])
     on conflict do nothing
     returning location_id`,
    [membershipId, partnershipId, locationIds],
  );
  return rows.map((r) => r.location_id);
}
