import type { EntityManager } from 'typeorm';
import { z } from 'zod';

const partnershipSummaryRow = z.object({ id: z.string(), name: z.string(), location_count: z.number() });

export async function listPartnershipSummaries(db: EntityManager) {
  const rows: unknown[] = await db.query(
    `select p.id, p.name, count(l.id) filter (where l.archived_at is null)::int as location_count
       from partnership p left join location l on l.partnership_id = p.id
      group by p.id order by p.name`,
  );
  return rows.map((r) => partnershipSummaryRow.parse(r));
}
