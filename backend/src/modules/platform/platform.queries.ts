import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { bulkInsert } from '../../database/bulk-insert';

const platformPartnershipRow = z.object({
  id: z.string(),
  name: z.string(),
  created_at: z.date(),
  location_count: z.number(),
  member_count: z.number(),
  evaluation_count: z.number(),
  open_invitation_count: z.number(),
});
export type PlatformPartnershipRow = z.infer<typeof platformPartnershipRow>;

// Names and counts only: the platform admin sees no evaluation content.
const SELECT = `
  select p.id, p.name, p.created_at,
         (select count(*)::int from location l where l.partnership_id = p.id and l.archived_at is null) as location_count,
         (select count(distinct m.user_id)::int from membership m where m.partnership_id = p.id) as member_count,
         (select count(*)::int from evaluation e where e.partnership_id = p.id) as evaluation_count,
         (select count(*)::int from invitation i
           where i.partnership_id = p.id and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()) as open_invitation_count
    from partnership p`;

/** Every partnership (unscoped). */
export async function listPlatformPartnerships(
  db: EntityManager,
): Promise<PlatformPartnershipRow[]> {
  const rows: unknown[] = await db.query(`${SELECT} order by lower(p.name), p.id`);
  return rows.map((r) => platformPartnershipRow.parse(r));
}

export async function findPlatformPartnership(
  db: EntityManager,
  id: string,
): Promise<PlatformPartnershipRow | undefined> {
  const rows: unknown[] = await db.query(`${SELECT} where p.id = $1`, [id]);
  return rows[0] ? platformPartnershipRow.parse(rows[0]) : undefined;
}

export async function partnershipNameTaken(db: EntityManager, name: string): Promise<boolean> {
  const rows = await db.query<unknown[]>(
    `select 1 from partnership where lower(name) = lower($1)`,
    [name],
  );
  return rows.length > 0;
}

export async function insertPartnership(db: EntityManager, name: string): Promise<string> {
  const rows = await db.query<{ id: string }[]>(
    `insert into partnership (name) values ($1) returning id`,
    [name],
  );
  return rows[0]!.id;
}

export async function insertTargetGroups(
  db: EntityManager,
  partnershipId: string,
  groups: readonly { code: string; name: string }[],
): Promise<void> {
  await bulkInsert(
    db,
    'target_group',
    ['partnership_id', 'code', 'name'],
    groups.map((g) => [partnershipId, g.code, g.name]),
  );
}
