import type { EntityManager } from 'typeorm';
import { z } from 'zod';

const partnershipSummaryRow = z.object({
  id: z.string(),
  name: z.string(),
  location_count: z.number(),
});

/** The partnerships this person is a member of. */
export async function listMemberPartnerships(db: EntityManager, userId: string) {
  const rows: unknown[] = await db.query(
    `select p.id, p.name,
            (select count(*)::int from location l where l.partnership_id = p.id and l.archived_at is null) as location_count
       from partnership p
      where exists (select 1 from membership m where m.partnership_id = p.id and m.user_id = $1)
      order by p.name`,
    [userId],
  );
  return rows.map((r) => partnershipSummaryRow.parse(r));
}
