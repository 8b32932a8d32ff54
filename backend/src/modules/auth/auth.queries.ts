import type { EntityManager } from 'typeorm';
import { z } from 'zod';

const accountRow = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  password_hash: z.string().nullable(),
  is_platform_admin: z.boolean(),
  demo: z.boolean(),
  totp_secret: z.string().nullable(),
  totp_enabled_at: z.date().nullable(),
  recovery_code_hashes: z.array(z.string()),
});
export type AccountRow = z.infer<typeof accountRow>;

const ACCOUNT_COLUMNS = `id, name, email, password_hash, is_platform_admin, demo, totp_secret, totp_enabled_at, recovery_code_hashes`;

export async function findAccountByEmail(
  db: EntityManager,
  email: string,
): Promise<AccountRow | undefined> {
  const rows: unknown[] = await db.query(
    `select ${ACCOUNT_COLUMNS} from app_user where lower(email) = lower($1) and erased_at is null`,
    [email],
  );
  return rows[0] ? accountRow.parse(rows[0]) : undefined;
}

export async function findAccountById(
  db: EntityManager,
  id: string,
): Promise<AccountRow | undefined> {
  const rows: unknown[] = await db.query(
    `select ${ACCOUNT_COLUMNS} from app_user where id = $1 and erased_at is null`,
    [id],
  );
  return rows[0] ? accountRow.parse(rows[0]) : undefined;
}

/**
 * Failed sign-ins for this e-mail address in the window, from the audit log (shared by all app
 * processes). A password reset starts a new count, so resetting unlocks the account.
 */
export async function countRecentFailures(
  db: EntityManager,
  email: string,
  minutes: number,
): Promise<number> {
  // A failure is logged once per partnership of the person, all at the transaction's now():
  // counting distinct moments counts attempts.
  const rows = await db.query<{ n: number }[]>(
    `select count(distinct occurred_at)::int as n from audit_log
      where action in ('auth.sign_in_failed', 'auth.second_factor_failed')
        and details->>'email' = $1 and occurred_at > now() - make_interval(mins => $2)
        and occurred_at > coalesce(
          (select max(r.occurred_at) from audit_log r where r.action = 'auth.password_reset' and r.details->>'email' = $1),
          '-infinity'::timestamptz)`,
    [email.toLowerCase(), minutes],
  );
  return rows[0]?.n ?? 0;
}

const membershipSummaryRow = z.object({
  partnership_id: z.string(),
  partnership_name: z.string(),
  roles: z.array(z.string()),
  location_ids: z.array(z.string()),
});

export async function listMembershipSummaries(db: EntityManager, userId: string) {
  const rows: unknown[] = await db.query(
    `select p.id as partnership_id, p.name as partnership_name,
            array_agg(distinct m.role order by m.role) as roles,
            coalesce(array_agg(distinct ml.location_id) filter (where ml.location_id is not null), '{}') as location_ids
       from membership m
       join partnership p on p.id = m.partnership_id
       left join membership_location ml on ml.membership_id = m.id
      where m.user_id = $1
      group by p.id, p.name
      order by p.name`,
    [userId],
  );
  return rows.map((r) => membershipSummaryRow.parse(r));
}

const sessionRow = z.object({
  sid: z.string(),
  sess: z.record(z.string(), z.unknown()),
  expire: z.date(),
});

export async function listUserSessions(db: EntityManager, userId: string) {
  const rows: unknown[] = await db.query(
    `select sid, sess, expire from user_session where sess->>'userId' = $1 and expire > now() order by expire desc`,
    [userId],
  );
  return rows.map((r) => sessionRow.parse(r));
}

export async function deleteUserSessions(
  db: EntityManager,
  userId: string,
  exceptSid?: string,
): Promise<void> {
  await db.query(
    `delete from user_session where sess->>'userId' = $1 and sid <> coalesce($2, '')`,
    [userId, exceptSid ?? null],
  );
}

const profileRow = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  is_platform_admin: z.boolean(),
  totp_enabled_at: z.date().nullable(),
  created_at: z.date(),
  last_sign_in_at: z.date().nullable(),
});
export type ProfileRow = z.infer<typeof profileRow>;

export async function findProfile(
  db: EntityManager,
  userId: string,
): Promise<ProfileRow | undefined> {
  const rows: unknown[] = await db.query(
    `select id, name, email, is_platform_admin, totp_enabled_at, created_at, last_sign_in_at
       from app_user where id = $1 and erased_at is null`,
    [userId],
  );
  return rows[0] ? profileRow.parse(rows[0]) : undefined;
}

export async function updateUserName(
  db: EntityManager,
  userId: string,
  name: string,
): Promise<void> {
  await db.query(
    `update app_user set name = $2, updated_at = now(), version = version + 1 where id = $1`,
    [userId, name],
  );
}

export async function updatePasswordHash(
  db: EntityManager,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await db.query(
    `update app_user set password_hash = $2, updated_at = now(), version = version + 1 where id = $1`,
    [userId, passwordHash],
  );
}

export async function insertPasswordReset(
  db: EntityManager,
  userId: string,
  tokenHash: string,
  validMinutes: number,
): Promise<void> {
  await db.query(
    `insert into password_reset (user_id, token_hash, expires_at) values ($1, $2, now() + make_interval(mins => $3))`,
    [userId, tokenHash, validMinutes],
  );
}

/** Reset links sent to this person recently, to keep the mailbox from being flooded. */
export async function countRecentPasswordResets(
  db: EntityManager,
  userId: string,
  minutes: number,
): Promise<number> {
  const rows = await db.query<{ n: number }[]>(
    `select count(*)::int as n from password_reset where user_id = $1 and created_at > now() - make_interval(mins => $2)`,
    [userId, minutes],
  );
  return rows[0]?.n ?? 0;
}

const passwordResetRow = z.object({
  id: z.string(),
  user_id: z.string(),
  email: z.string(),
  used: z.boolean(),
  expired: z.boolean(),
});

/** The reset with this token hash, locked until the transaction ends so it is used only once. */
export async function lockPasswordReset(db: EntityManager, tokenHash: string) {
  const rows: unknown[] = await db.query(
    `select r.id, r.user_id, u.email, r.used_at is not null as used, r.expires_at <= now() as expired
       from password_reset r
       join app_user u on u.id = r.user_id and u.erased_at is null
      where r.token_hash = $1
      for update of r`,
    [tokenHash],
  );
  return rows[0] ? passwordResetRow.parse(rows[0]) : undefined;
}

/** Uses up every open reset link of this person, not only the one that was followed. */
export async function usePasswordResets(db: EntityManager, userId: string): Promise<void> {
  await db.query(
    `update password_reset set used_at = now() where user_id = $1 and used_at is null`,
    [userId],
  );
}
