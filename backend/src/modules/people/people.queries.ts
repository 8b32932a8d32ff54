import { invitationStatusSchema, membershipRoleSchema, type MembershipRole } from '@zet/contracts';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';

/** An invitation's state, computed from its timestamps with the database's clock. */
const INVITATION_STATUS = `case when i.revoked_at is not null then 'revoked'
                               when i.accepted_at is not null then 'accepted'
                               when i.expires_at <= now() then 'expired'
                               else 'pending' end`;

// ---- members (run inside the partnership scope) ----

const memberRow = z.object({
  user_id: z.string(),
  name: z.string(),
  email: z.string(),
  last_sign_in_at: z.date().nullable(),
  roles: z.array(membershipRoleSchema),
  location_ids: z.array(z.string()),
  invitation_status: invitationStatusSchema.nullable(),
});
export type MemberRow = z.infer<typeof memberRow>;

const MEMBER_SELECT = `
  select u.id as user_id, u.name, u.email, u.last_sign_in_at,
         array_agg(distinct m.role order by m.role) as roles,
         coalesce(array_agg(distinct ml.location_id) filter (where ml.location_id is not null), '{}') as location_ids,
         (select ${INVITATION_STATUS} from invitation i
           where i.partnership_id = m.partnership_id and lower(i.email) = lower(u.email)
           order by i.created_at desc limit 1) as invitation_status
    from membership m
    join app_user u on u.id = m.user_id and u.erased_at is null
    left join membership_location ml on ml.membership_id = m.id`;

export async function listMembers(db: EntityManager, partnershipId: string): Promise<MemberRow[]> {
  const rows: unknown[] = await db.query(
    `${MEMBER_SELECT}
      where m.partnership_id = $1
      group by u.id, m.partnership_id
      order by lower(u.name), u.id`,
    [partnershipId],
  );
  return rows.map((r) => memberRow.parse(r));
}

export async function findMember(
  db: EntityManager,
  partnershipId: string,
  userId: string,
): Promise<MemberRow | undefined> {
  const rows: unknown[] = await db.query(
    `${MEMBER_SELECT}
      where m.partnership_id = $1 and m.user_id = $2
      group by u.id, m.partnership_id`,
    [partnershipId, userId],
  );
  return rows[0] ? memberRow.parse(rows[0]) : undefined;
}

export async function findMemberByEmail(
  db: EntityManager,
  partnershipId: string,
  email: string,
): Promise<MemberRow | undefined> {
  const rows: unknown[] = await db.query(
    `${MEMBER_SELECT}
      where m.partnership_id = $1 and lower(u.email) = lower($2)
      group by u.id, m.partnership_id`,
    [partnershipId, email],
  );
  return rows[0] ? memberRow.parse(rows[0]) : undefined;
}

/**
 * Locks the partnership's programmaleider memberships until the transaction ends, so two
 * programmaleiders cannot both step down at once; returns their user ids.
 */
export async function lockProgrammaleiders(
  db: EntityManager,
  partnershipId: string,
): Promise<string[]> {
  const rows = await db.query<{ user_id: string }[]>(
    `select user_id from membership where partnership_id = $1 and role = 'programmaleider' for update`,
    [partnershipId],
  );
  return rows.map((r) => r.user_id);
}

/** Of these ids, those that are locaties of the partnership (and in use, unless `includeArchived`). */
export async function findLocationIds(
  db: EntityManager,
  partnershipId: string,
  ids: readonly string[],
  options: { includeArchived: boolean },
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.query<{ id: string }[]>(
    `select id from location
      where partnership_id = $1 and id = any($2::uuid[]) and ($3::boolean or archived_at is null)`,
    [partnershipId, ids, options.includeArchived],
  );
  return new Set(rows.map((r) => r.id));
}

/** Adds the role if the person lacks it; returns the membership id either way. */
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

export async function deleteMembership(
  db: EntityManager,
  userId: string,
  partnershipId: string,
  role: MembershipRole,
): Promise<void> {
  await db.query(
    `delete from membership where user_id = $1 and partnership_id = $2 and role = $3`,
    [userId, partnershipId, role],
  );
}

export async function deleteMemberships(
  db: EntityManager,
  userId: string,
  partnershipId: string,
): Promise<void> {
  await db.query(`delete from membership where user_id = $1 and partnership_id = $2`, [
    userId,
    partnershipId,
  ]);
}

export async function addMembershipLocations(
  db: EntityManager,
  membershipId: string,
  partnershipId: string,
  locationIds: readonly string[],
): Promise<void> {
  if (locationIds.length === 0) return;
  await db.query(
    `insert into membership_location (membership_id, partnership_id, location_id)
     select $1, $2, unnest($3::uuid[])
     on conflict do nothing`,
    [membershipId, partnershipId, locationIds],
  );
}

/** Makes the membership's locaties exactly these. */
export async function replaceMembershipLocations(
  db: EntityManager,
  membershipId: string,
  partnershipId: string,
  locationIds: readonly string[],
): Promise<void> {
  await db.query(
    `delete from membership_location where membership_id = $1 and not (location_id = any($2::uuid[]))`,
    [membershipId, locationIds],
  );
  await addMembershipLocations(db, membershipId, partnershipId, locationIds);
}

// ---- invitations ----

const invitationRow = z.object({
  id: z.string(),
  partnership_id: z.string(),
  email: z.string(),
  name: z.string(),
  role: membershipRoleSchema,
  location_ids: z.array(z.string()),
  status: invitationStatusSchema,
  expires_at: z.date(),
  created_at: z.date(),
  invited_by: z.string().nullable(),
  invited_by_name: z.string().nullable(),
});
export type InvitationRow = z.infer<typeof invitationRow>;

// Inside a partnership scope only members' accounts are visible, so an inviter from outside
// (the platform admin) shows without a name.
const INVITATION_SELECT = `
  select i.id, i.partnership_id, i.email, i.name, i.role, i.location_ids, ${INVITATION_STATUS} as status,
         i.expires_at, i.created_at, i.invited_by, inviter.name as invited_by_name
    from invitation i
    left join app_user inviter on inviter.id = i.invited_by and inviter.erased_at is null`;

/** Invitations not yet accepted or revoked (also the expired ones, which can be sent again). */
export async function listOpenInvitations(
  db: EntityManager,
  partnershipId: string,
): Promise<InvitationRow[]> {
  const rows: unknown[] = await db.query(
    `${INVITATION_SELECT}
      where i.partnership_id = $1 and i.accepted_at is null and i.revoked_at is null
      order by i.created_at desc, i.id`,
    [partnershipId],
  );
  return rows.map((r) => invitationRow.parse(r));
}

export async function findInvitation(
  db: EntityManager,
  partnershipId: string,
  id: string,
  lock = false,
): Promise<InvitationRow | undefined> {
  const rows: unknown[] = await db.query(
    `${INVITATION_SELECT} where i.partnership_id = $1 and i.id = $2 ${lock ? 'for update of i' : ''}`,
    [partnershipId, id],
  );
  return rows[0] ? invitationRow.parse(rows[0]) : undefined;
}

export async function findOpenInvitation(
  db: EntityManager,
  partnershipId: string,
  email: string,
  role: MembershipRole,
): Promise<InvitationRow | undefined> {
  const rows: unknown[] = await db.query(
    `${INVITATION_SELECT}
      where i.partnership_id = $1 and lower(i.email) = lower($2) and i.role = $3
        and i.accepted_at is null and i.revoked_at is null`,
    [partnershipId, email, role],
  );
  return rows[0] ? invitationRow.parse(rows[0]) : undefined;
}

/** By the hash of its token, across partnerships (unscoped), locked when `lock` is set. */
export async function findInvitationByToken(
  db: EntityManager,
  tokenHash: string,
  lock: boolean,
): Promise<(InvitationRow & { partnership_name: string }) | undefined> {
  const rows: unknown[] = await db.query(
    `select i.id, i.partnership_id, i.email, i.name, i.role, i.location_ids, ${INVITATION_STATUS} as status,
            i.expires_at, i.created_at, i.invited_by, null as invited_by_name, p.name as partnership_name
       from invitation i
       join partnership p on p.id = i.partnership_id
      where i.token_hash = $1 ${lock ? 'for update of i' : ''}`,
    [tokenHash],
  );
  return rows[0]
    ? invitationRow.extend({ partnership_name: z.string() }).parse(rows[0])
    : undefined;
}

export type NewInvitation = {
  partnershipId: string;
  email: string;
  name: string;
  role: MembershipRole;
  locationIds: readonly string[];
  tokenHash: string;
  invitedBy: string | null;
};

export async function insertInvitation(
  db: EntityManager,
  input: NewInvitation,
  validDays: number,
): Promise<string> {
  const rows = await db.query<{ id: string }[]>(
    `insert into invitation (partnership_id, email, name, role, location_ids, token_hash, expires_at, invited_by)
     values ($1, $2, $3, $4, $5::uuid[], $6, now() + make_interval(days => $7), $8)
     returning id`,
    [
      input.partnershipId,
      input.email,
      input.name,
      input.role,
      input.locationIds,
      input.tokenHash,
      validDays,
      input.invitedBy,
    ],
  );
  return rows[0]!.id;
}

/** A fresh link (the old one stops working) and a fresh validity period. */
export async function renewInvitation(
  db: EntityManager,
  id: string,
  tokenHash: string,
  validDays: number,
): Promise<void> {
  await db.query(
    `update invitation set token_hash = $2, expires_at = now() + make_interval(days => $3) where id = $1`,
    [id, tokenHash, validDays],
  );
}

export async function revokeInvitation(db: EntityManager, id: string): Promise<void> {
  await db.query(`update invitation set revoked_at = now() where id = $1`, [id]);
}

/** Revokes the open invitations of this e-mail address in the partnership. */
export async function revokeOpenInvitationsFor(
  db: EntityManager,
  partnershipId: string,
  email: string,
): Promise<number> {
  // TypeORM answers an UPDATE on PostgreSQL with [rows, affected count].
  const [, affected] = await db.query<[unknown[], number]>(
    `update invitation set revoked_at = now()
      where partnership_id = $1 and lower(email) = lower($2) and accepted_at is null and revoked_at is null`,
    [partnershipId, email],
  );
  return affected;
}

export async function markInvitationAccepted(db: EntityManager, id: string): Promise<void> {
  await db.query(`update invitation set accepted_at = now() where id = $1`, [id]);
}

export async function partnershipName(db: EntityManager, partnershipId: string): Promise<string> {
  const rows = await db.query<
    {
      name: string;
    }[]
  >(`select name from partnership where id = $1`, [partnershipId]);
  return rows[0]?.name ?? '';
}

// ---- accounts (unscoped) ----

export async function insertAccount(
  db: EntityManager,
  email: string,
  name: string,
  passwordHash: string,
): Promise<string> {
  const rows = await db.query<{ id: string }[]>(
    `insert into app_user (email, name, password_hash) values ($1, $2, $3) returning id`,
    [email, name, passwordHash],
  );
  return rows[0]!.id;
}

/** Whether the person still has a reason to be signed in: another membership, or platform admin. */
export async function keepsAccess(db: EntityManager, userId: string): Promise<boolean> {
  const rows = await db.query<{ keeps: boolean }[]>(
    `select exists (select 1 from membership where user_id = $1)
         or exists (select 1 from app_user where id = $1 and is_platform_admin) as keeps`,
    [userId],
  );
  return rows[0]?.keeps ?? false;
}
