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

export async function findAccountByEmail(db: EntityManager, email: string): Promise<AccountRow | undefined> {
  const rows: unknown[] = await db.query(
    `select ${ACCOUNT_COLUMNS} from app_user where lower(email) = lower($1) and erased_at is null`,
    [email],
  );
  return rows[0] ? accountRow.parse(rows[0]) : undefined;
}

export async function findAccountById(db: EntityManager, id: string): Promise<AccountRow | undefined> {
  const rows: unknown[] = await db.query(`select ${ACCOUNT_COLUMNS} from app_user where id = $1 and erased_at is null`, [id]);
  return rows[0] ? accountRow.parse(rows[0]) : undefined;
}

/** Failed sign-ins for this e-mail address in the window, from the audit log (shared by all app processes). */
export async function countRecentFailures(db: EntityManager, email: string, minutes: number): Promise<number> {
  const rows = (await db.query(
    `select count(*)::int as n from audit_log
      where action in ('auth.sign_in_failed', 'auth.second_factor_failed')
        and details->>'email' = $1 and occurred_at > now() - make_interval(mins => $2)`,
    [email.toLowerCase(), minutes],
  )) as { n: number }[];
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

const sessionRow = z.object({ sid: z.string(), sess: z.record(z.string(), z.unknown()), expire: z.date() });

export async function listUserSessions(db: EntityManager, userId: string) {
  const rows: unknown[] = await db.query(
    `select sid, sess, expire from user_session where sess->>'userId' = $1 and expire > now() order by expire desc`,
    [userId],
  );
  return rows.map((r) => sessionRow.parse(r));
}

export async function deleteUserSessions(db: EntityManager, userId: string, exceptSid?: string): Promise<void> {
  await db.query(`delete from user_session where sess->>'userId' = $1 and sid <> coalesce($2, '')`, [userId, exceptSid ?? null]);
}
