import type { MembershipRole } from '@zet/contracts';
import { membershipRoleSchema } from '@zet/contracts';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import type { Principal } from './request-scope';

const principalRow = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  is_platform_admin: z.boolean(),
});

export async function findActivePrincipal(
  db: EntityManager,
  userId: string,
): Promise<Principal | undefined> {
  const rows: unknown[] = await db.query(
    `select id, name, email, is_platform_admin from app_user where id = $1 and erased_at is null`,
    [userId],
  );
  const row = rows[0] ? principalRow.parse(rows[0]) : undefined;
  return (
    row && {
      userId: row.id,
      name: row.name,
      email: row.email,
      isPlatformAdmin: row.is_platform_admin,
    }
  );
}

const membershipRow = z.object({ role: membershipRoleSchema, location_ids: z.array(z.string()) });

/** The person's roles in one partnership, with the locaties of a locatie-coördinator. */
export async function findMembership(
  db: EntityManager,
  userId: string,
  partnershipId: string,
): Promise<{ roles: Set<MembershipRole>; locationIds: string[] }> {
  const rows: unknown[] = await db.query(
    `select m.role, coalesce(array_agg(ml.location_id) filter (where ml.location_id is not null), '{}') as location_ids
       from membership m
       left join membership_location ml on ml.membership_id = m.id
      where m.user_id = $1 and m.partnership_id = $2
      group by m.id, m.role`,
    [userId, partnershipId],
  );
  const parsed = rows.map((r) => membershipRow.parse(r));
  return {
    roles: new Set(parsed.map((r) => r.role)),
    locationIds: [
      ...new Set(parsed.flatMap((r) => (r.role === 'locatiecoordinator' ? r.location_ids : []))),
    ],
  };
}
