import {
  auditActionSchema,
  invitationStatusSchema,
  membershipRoleSchema,
  personMentionFieldSchema,
} from '@zet/contracts';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { deleteUserSessions } from '../auth/auth.queries';
import type { Redaction } from './erasure-log';
import {
  ERASED_NAME,
  erasedEmail,
  REDACTABLE_TEXT,
  type RedactableColumn,
  REDACTED_EMAIL,
  REDACTED_NAME,
} from './redaction';

/*
 * Most of these run inside ScopedDb.run: as `zet_app`, with row-level security narrowing every
 * partnership table to the scope's partnership. Accounts are not partnership data; the few
 * queries on `app_user` (and sessions, reset links, platform-wide audit entries) run through
 * `asConnectingRole`, still inside the same transaction.
 */

/**
 * Runs `work` as the role the app connects with (the schema owner, which row-level security does
 * not bind) and then returns to `zet_app`, all inside the caller's transaction. Chosen over a
 * second, unscoped transaction so that an erasure commits or rolls back as a whole: there is
 * never an erased account whose partnership data is still there, or the reverse. `SET LOCAL`
 * keeps both switches to this transaction; if `work` fails the transaction is aborted anyway.
 * The partnership setting stays, which is harmless: the owner is not bound by it.
 */
export async function asConnectingRole<T>(
  db: EntityManager,
  work: (db: EntityManager) => Promise<T>,
): Promise<T> {
  await db.query('set local role none');
  const result = await work(db);
  await db.query('set local role zet_app');
  return result;
}

/**
 * Rows of an UPDATE or DELETE ... RETURNING: TypeORM's postgres driver answers those with
 * `[rows, affectedCount]` rather than the rows alone.
 */
async function mutate<T = unknown>(
  db: EntityManager,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const result: unknown = await db.query(sql, params);
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}

/** The transaction's timestamp, to the microsecond: `now()` of every write in it. */
export async function transactionTimestamp(db: EntityManager): Promise<string> {
  const rows = await db.query<{ ts: string }[]>(
    `select to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as ts`,
  );
  return rows[0]!.ts;
}

// ---- who may be exported or erased (scoped) ----

/**
 * A member of the partnership, or a former one: the partnership's audit log holds entries by
 * or about them newer than their last erasure here. Exports and erasures leave no such trace
 * themselves, so an erased person stays erased.
 */
export async function isKnownInPartnership(
  db: EntityManager,
  partnershipId: string,
  userId: string,
): Promise<boolean> {
  const rows = await db.query<{ known: boolean }[]>(
    `select exists (select 1 from membership where partnership_id = $1 and user_id = $2)
         or coalesce((select max(a.id) from audit_log a
                       where a.partnership_id = $1 and a.action not in ('person.exported', 'person.erased')
                         and (a.user_id = $2 or (a.target_type = 'user' and a.target_id = $3))), 0)
          > coalesce((select max(a.id) from audit_log a
                       where a.partnership_id = $1 and a.action = 'person.erased'
                         and a.target_type = 'user' and a.target_id = $3), 0) as known`,
    [partnershipId, userId, userId],
  );
  return rows[0]?.known ?? false;
}

/**
 * Locks the partnership's programmaleider memberships until the transaction ends, so two
 * programmaleiders cannot erase each other at once; returns their user ids.
 */
export async function lockProgrammaleiders(
  db: EntityManager,
  partnershipId: string,
): Promise<string[]> {
  const rows = await db.query<{ user_id: string }[]>(
    `select user_id from membership where partnership_id = $1 and role = 'programmaleider' order by id for update`,
    [partnershipId],
  );
  return rows.map((r) => r.user_id);
}

// ---- the account (as the connecting role) ----

const accountRow = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  created_at: z.date(),
  last_sign_in_at: z.date().nullable(),
  two_factor_enabled: z.boolean(),
  signs_in_with_sso: z.boolean(),
  is_platform_admin: z.boolean(),
  erased: z.boolean(),
});
export type AccountRow = z.infer<typeof accountRow>;

/** Never selects the password hash, two-factor secret or recovery codes. */
export async function findAccount(
  db: EntityManager,
  userId: string,
  options: { lock: boolean },
): Promise<AccountRow | undefined> {
  const rows: unknown[] = await db.query(
    `select id, name, email, created_at, last_sign_in_at, totp_enabled_at is not null as two_factor_enabled,
            oidc_subject is not null as signs_in_with_sso, is_platform_admin, erased_at is not null as erased
       from app_user where id = $1 ${options.lock ? 'for update' : ''}`,
    [userId],
  );
  return rows[0] ? accountRow.parse(rows[0]) : undefined;
}

export async function hasAnyMembership(db: EntityManager, userId: string): Promise<boolean> {
  const rows = await db.query<{ found: boolean }[]>(
    `select exists (select 1 from membership where user_id = $1) as found`,
    [userId],
  );
  return rows[0]?.found ?? false;
}

/**
 * Erases the account itself: name and address replaced, every credential cleared, sessions and
 * reset links gone. The row stays so that references (audit log, finalisations) keep pointing
 * somewhere. False when there is no such account or it was erased already.
 */
export async function eraseAccount(db: EntityManager, userId: string): Promise<boolean> {
  const rows = await mutate(
    db,
    `update app_user
        set email = $2, name = $3, password_hash = null, totp_secret = null, totp_enabled_at = null,
            recovery_code_hashes = '{}', oidc_subject = null, erased_at = now(), updated_at = now(), version = version + 1
      where id = $1 and erased_at is null
      returning id`,
    [userId, erasedEmail(userId), ERASED_NAME],
  );
  if (rows.length === 0) return false;
  await deleteUserSessions(db, userId);
  await db.query(`delete from password_reset where user_id = $1`, [userId]);
  return true;
}

/** The address in audit entries outside any partnership (sign-ins, reset requests). */
export async function redactPlatformAuditEmails(
  db: EntityManager,
  email: string,
): Promise<Redaction[]> {
  const rows = await mutate<{ id: string; value: string }>(
    db,
    `update audit_log set details = jsonb_set(details, '{email}', to_jsonb($2::text))
      where partnership_id is null and lower(details->>'email') = lower($1)
      returning id::text as id, details::text as value`,
    [email, REDACTED_EMAIL],
  );
  return rows.map((r) => ({ table: 'audit_log', column: 'details', id: r.id, value: r.value }));
}

// ---- the export (scoped) ----

export async function partnershipName(db: EntityManager, partnershipId: string): Promise<string> {
  const rows = await db.query<{ name: string }[]>(`select name from partnership where id = $1`, [
    partnershipId,
  ]);
  return rows[0]?.name ?? '';
}

const membershipRow = z.object({
  role: membershipRoleSchema,
  created_at: z.date(),
  locations: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type MembershipRow = z.infer<typeof membershipRow>;

export async function listMemberships(
  db: EntityManager,
  partnershipId: string,
  userId: string,
): Promise<MembershipRow[]> {
  const rows: unknown[] = await db.query(
    `select m.role, m.created_at,
            coalesce(json_agg(json_build_object('id', l.id, 'name', l.name) order by l.name, l.id)
                       filter (where l.id is not null), '[]') as locations
       from membership m
       left join membership_location ml on ml.membership_id = m.id
       left join location l on l.id = ml.location_id
      where m.partnership_id = $1 and m.user_id = $2
      group by m.id, m.role, m.created_at
      order by m.role`,
    [partnershipId, userId],
  );
  return rows.map((r) => membershipRow.parse(r));
}

const invitationRow = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: membershipRoleSchema,
  status: invitationStatusSchema,
  created_at: z.date(),
  expires_at: z.date(),
});
export type InvitationRow = z.infer<typeof invitationRow>;

export async function listInvitations(
  db: EntityManager,
  partnershipId: string,
  email: string,
): Promise<InvitationRow[]> {
  const rows: unknown[] = await db.query(
    `select id, email, name, role, created_at, expires_at,
            case when revoked_at is not null then 'revoked'
                 when accepted_at is not null then 'accepted'
                 when expires_at <= now() then 'expired'
                 else 'pending' end as status
       from invitation
      where partnership_id = $1 and lower(email) = lower($2)
      order by created_at, id`,
    [partnershipId, email],
  );
  return rows.map((r) => invitationRow.parse(r));
}

const sessionRow = z.object({ signed_in_at: z.date().nullable(), expire: z.date() });
export type SessionRow = z.infer<typeof sessionRow>;

/** Open sessions (the table is not partnership data, and `zet_app` may read it). */
export async function listSessions(db: EntityManager, userId: string): Promise<SessionRow[]> {
  const rows: unknown[] = await db.query(
    `select case when sess->>'signedInAt' ~ '^[0-9]+$' then to_timestamp((sess->>'signedInAt')::bigint / 1000.0) end as signed_in_at,
            expire
       from user_session
      where sess->>'userId' = $1 and expire > now()
      order by expire`,
    [userId],
  );
  return rows.map((r) => sessionRow.parse(r));
}

const auditRow = z.object({
  id: z.string(),
  occurred_at: z.date(),
  action: auditActionSchema,
  involvement: z.enum(['subject', 'actor']),
  details: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
});
export type PersonAuditRow = z.infer<typeof auditRow>;

export async function listAuditEntries(
  db: EntityManager,
  partnershipId: string,
  userId: string,
): Promise<PersonAuditRow[]> {
  const rows: unknown[] = await db.query(
    `select id::text as id, occurred_at, action,
            case when target_type = 'user' and target_id = $3 then 'subject' else 'actor' end as involvement,
            details, ip
       from audit_log
      where partnership_id = $1 and (user_id = $2 or (target_type = 'user' and target_id = $3))
      order by occurred_at, id`,
    [partnershipId, userId, userId],
  );
  return rows.map((r) => auditRow.parse(r));
}

const facilitatedRow = z.object({
  id: z.string(),
  evaluation_id: z.string(),
  evaluation_title: z.string(),
  held_on: z.string(),
  theme_code: z.string(),
  theme_name: z.string(),
});
export type FacilitatedRow = z.infer<typeof facilitatedRow>;

export async function listFacilitatedSessions(
  db: EntityManager,
  partnershipId: string,
  userId: string,
): Promise<FacilitatedRow[]> {
  const rows: unknown[] = await db.query(
    `select ts.id, ts.evaluation_id, e.title as evaluation_title, to_char(e.held_on, 'YYYY-MM-DD') as held_on,
            ts.theme_code, coalesce(ct.name, ts.theme_code) as theme_name
       from theme_session ts
       join evaluation e on e.id = ts.evaluation_id
       left join content_theme ct on ct.content_version_id = ts.content_version_id and ct.code = ts.theme_code
      where ts.partnership_id = $1 and ts.facilitator_id = $2
      order by e.held_on, ts.theme_code, ts.id`,
    [partnershipId, userId],
  );
  return rows.map((r) => facilitatedRow.parse(r));
}

const uploadRow = z.object({
  kind: z.enum(['attachment', 'import']),
  id: z.string(),
  file_name: z.string(),
  uploaded_at: z.date(),
  theme_session_id: z.string().nullable(),
});
export type UploadRow = z.infer<typeof uploadRow>;

/** Attachments and import files the person uploaded in the partnership, oldest first. */
export async function listUploads(
  db: EntityManager,
  partnershipId: string,
  userId: string,
): Promise<UploadRow[]> {
  const rows: unknown[] = await db.query(
    `select 'attachment' as kind, id, filename as file_name, created_at as uploaded_at,
            theme_session_id::text as theme_session_id
       from attachment where partnership_id = $1 and created_by = $2
     union all
     select 'import', id, file_name, created_at, null
       from import_batch where partnership_id = $1 and created_by = $2
     order by uploaded_at, id`,
    [partnershipId, userId],
  );
  return rows.map((r) => uploadRow.parse(r));
}

const actionRow = z.object({
  id: z.string(),
  title: z.string(),
  owner_name: z.string(),
  owner_role: z.string(),
  status: z.string(),
  due_on: z.string().nullable(),
});
export type OwnedActionRow = z.infer<typeof actionRow>;

/** Actions whose owner names the person (`pattern` from `personPattern`). */
export async function listOwnedActions(
  db: EntityManager,
  partnershipId: string,
  pattern: string,
): Promise<OwnedActionRow[]> {
  const rows: unknown[] = await db.query(
    `select id, title, owner_name, owner_role, status, to_char(due_on, 'YYYY-MM-DD') as due_on
       from action
      where partnership_id = $1 and owner_name ~* $2
      order by created_at, id`,
    [partnershipId, pattern],
  );
  return rows.map((r) => actionRow.parse(r));
}

const mentionRow = z.object({ field: personMentionFieldSchema, id: z.string(), text: z.string() });
export type MentionRow = z.infer<typeof mentionRow>;

/** Every other free-text field of the partnership that names the person. */
export async function listMentions(
  db: EntityManager,
  partnershipId: string,
  pattern: string,
): Promise<MentionRow[]> {
  const selects = REDACTABLE_TEXT.filter((c) => c.field !== null).map(
    (c) => `select '${c.field}' as field, id, ${c.column}::text as text, created_at
              from ${c.table} where partnership_id = $1 and ${c.column} ~* $2`,
  );
  const rows: unknown[] = await db.query(
    `select field, id, text from (${selects.join(' union all ')}) m order by field, created_at, id`,
    [partnershipId, pattern],
  );
  return rows.map((r) => mentionRow.parse(r));
}

// ---- the erasure (scoped) ----

/** Removes every role (and locatie) of the person in the partnership; returns how many roles. */
export async function deleteMemberships(
  db: EntityManager,
  partnershipId: string,
  userId: string,
): Promise<number> {
  await db.query(
    `delete from membership_location
      where partnership_id = $1 and membership_id in (select id from membership where partnership_id = $1 and user_id = $2)`,
    [partnershipId, userId],
  );
  const rows = await mutate(
    db,
    `delete from membership where partnership_id = $1 and user_id = $2 returning id`,
    [partnershipId, userId],
  );
  return rows.length;
}

export async function deleteInvitations(
  db: EntityManager,
  partnershipId: string,
  email: string,
): Promise<number> {
  const rows = await mutate(
    db,
    `delete from invitation where partnership_id = $1 and lower(email) = lower($2) returning id`,
    [partnershipId, email],
  );
  return rows.length;
}

/** The sessions stay (they are the group's); who led them does not. */
export async function clearFacilitator(
  db: EntityManager,
  partnershipId: string,
  userId: string,
): Promise<number> {
  const rows = await mutate(
    db,
    `update theme_session set facilitator_id = null where partnership_id = $1 and facilitator_id = $2 returning id`,
    [partnershipId, userId],
  );
  return rows.length;
}

const VERSIONED_TABLES = new Set(['theme_session', 'action', 'common_thread']);

/**
 * Replaces the name (or e-mail address) by the marker in every free-text column of the
 * partnership, case-insensitively and as a whole word; returns each changed value as written.
 * The version goes up so that an editor still holding the old text gets a conflict instead of
 * writing the name back.
 */
export async function redactTexts(
  db: EntityManager,
  partnershipId: string,
  pattern: string,
): Promise<Redaction[]> {
  const redactions: Redaction[] = [];
  for (const c of REDACTABLE_TEXT) {
    const replaced = `regexp_replace(${c.column}, $2, $3, 'gi')`;
    const rows = await mutate<{ id: string; value: string }>(
      db,
      `update ${c.table}
          set ${c.column} = ${c.maxLength === null ? replaced : `left(${replaced}, ${c.maxLength})`},
              updated_at = now()${VERSIONED_TABLES.has(c.table) ? ', version = version + 1' : ''}
        where partnership_id = $1 and ${c.column} ~* $2
        returning id::text as id, ${c.column}::text as value`,
      [partnershipId, pattern, REDACTED_NAME],
    );
    redactions.push(
      ...rows.map((r) => ({ table: c.table, column: c.column, id: r.id, value: r.value })),
    );
  }
  return redactions;
}

/** The address in the partnership's audit entries (invitations sent, resent, revoked). */
export async function redactAuditEmails(
  db: EntityManager,
  partnershipId: string,
  email: string,
): Promise<Redaction[]> {
  const rows = await mutate<{ id: string; value: string }>(
    db,
    `update audit_log set details = jsonb_set(details, '{email}', to_jsonb($3::text))
      where partnership_id = $1 and lower(details->>'email') = lower($2)
      returning id::text as id, details::text as value`,
    [partnershipId, email, REDACTED_EMAIL],
  );
  return rows.map((r) => ({ table: 'audit_log', column: 'details', id: r.id, value: r.value }));
}

// ---- replaying the erasure log (as the connecting role, at start-up) ----

/** Memberships restored from a backup made before the erasure; later ones (a new invitation) stay. */
export async function deleteMembershipsUpTo(
  db: EntityManager,
  partnershipId: string,
  userId: string,
  upTo: string,
): Promise<number> {
  await db.query(
    `delete from membership_location
      where membership_id in (select id from membership where partnership_id = $1 and user_id = $2 and created_at <= $3)`,
    [partnershipId, userId, upTo],
  );
  const rows = await mutate(
    db,
    `delete from membership where partnership_id = $1 and user_id = $2 and created_at <= $3 returning id`,
    [partnershipId, userId, upTo],
  );
  return rows.length;
}

/** Invitations to the erased address made before the erasure, found by the address's hash. */
export async function deleteInvitationsByEmailHash(
  db: EntityManager,
  partnershipId: string,
  emailHash: string,
  upTo: string,
): Promise<number> {
  const rows = await mutate(
    db,
    `delete from invitation
      where partnership_id = $1 and created_at <= $3
        and encode(sha256(convert_to(lower(email), 'UTF8')), 'hex') = $2
      returning id`,
    [partnershipId, emailHash, upTo],
  );
  return rows.length;
}

/** Facilitator links of someone who is (again) not a member of the partnership. */
export async function clearFacilitatorOfNonMember(
  db: EntityManager,
  partnershipId: string,
  userId: string,
): Promise<number> {
  const rows = await mutate(
    db,
    `update theme_session set facilitator_id = null
      where partnership_id = $1 and facilitator_id = $2
        and not exists (select 1 from membership where partnership_id = $1 and user_id = $2)
      returning id`,
    [partnershipId, userId],
  );
  return rows.length;
}

/**
 * Writes the redacted value back if the column holds something else and the row was not edited
 * after the erasure (a row restored from an older backup has an older `updated_at`). `column`
 * comes from the closed list in redaction.ts, never from the log itself.
 */
export async function restoreRedaction(
  db: EntityManager,
  column: RedactableColumn,
  id: string,
  value: string,
  erasedAt: string,
): Promise<boolean> {
  const { table, column: name, type, idType, hasUpdatedAt } = column;
  const rows = await mutate(
    db,
    `update ${table} set ${name} = $2::${type}
      where id = $1::${idType} and ${name} is distinct from $2::${type}${hasUpdatedAt ? ' and updated_at <= $3' : ''}
      returning 1`,
    hasUpdatedAt ? [id, value, erasedAt] : [id, value],
  );
  return rows.length > 0;
}
