import { auditActionSchema, type AuditLogQuery } from '@zet/contracts';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';

const auditRow = z.object({
  id: z.string(),
  occurred_at: z.date(),
  action: auditActionSchema,
  user_id: z.string().nullable(),
  user_name: z.string().nullable(),
  target_type: z.string().nullable(),
  target_id: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
});
export type AuditRow = z.infer<typeof auditRow>;

/**
 * One page of the partnership's audit log, newest first. Keyset pagination on
 * (occurred_at, id): the cursor is the id of the last entry of the previous page. Dates are
 * calendar days in the Netherlands.
 */
export async function listAuditEntries(
  db: EntityManager,
  partnershipId: string,
  query: AuditLogQuery,
): Promise<AuditRow[]> {
  const rows: unknown[] = await db.query(
    `select a.id::text as id, a.occurred_at, a.action, a.user_id, u.name as user_name,
            a.target_type, a.target_id, a.details, a.ip
       from audit_log a
       left join app_user u on u.id = a.user_id and u.erased_at is null
      where a.partnership_id = $1
        and ($2::varchar is null or a.action = $2)
        and ($3::date is null or a.occurred_at >= $3::date::timestamp at time zone 'Europe/Amsterdam')
        and ($4::date is null or a.occurred_at < ($4::date + 1)::timestamp at time zone 'Europe/Amsterdam')
        and ($5::bigint is null
             or (a.occurred_at, a.id) < (select c.occurred_at, c.id from audit_log c where c.id = $5::bigint))
      order by a.occurred_at desc, a.id desc
      limit $6`,
    [
      partnershipId,
      query.action ?? null,
      query.from ?? null,
      query.to ?? null,
      query.cursor ?? null,
      query.limit,
    ],
  );
  return rows.map((r) => auditRow.parse(r));
}
