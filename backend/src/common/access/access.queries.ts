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

export type Membership = { roles: Set<MembershipRole>; locationIds: string[] };

function toMembership(rows: z.infer<typeof membershipRow>[]): Membership {
  return {
    roles: new Set(rows.map((r) => r.role)),
    locationIds: [
      ...new Set(rows.flatMap((r) => (r.role === 'locatiecoordinator' ? r.location_ids : []))),
    ],
  };
}

const accessRow = principalRow.extend({ memberships: z.array(membershipRow).nullable() });

/**
 * The signed-in account, if still active, and (with a partnership) the person's roles there
 * with the locaties of a locatie-coördinator: one statement, because every request asks it.
 */
export async function findAccess(
  db: EntityManager,
  userId: string,
  partnershipId: string | null,
): Promise<{ principal: Principal; membership: Membership | null } | undefined> {
  const rows: unknown[] = await db.query(
    `select u.id, u.name, u.email, u.is_platform_admin,
            case when $2::uuid is not null then coalesce((
              select json_agg(json_build_object(
                       'role', m.role,
                       'location_ids', coalesce((select array_agg(ml.location_id) from membership_location ml where ml.membership_id = m.id), '{}')))
                from membership m
               where m.user_id = u.id and m.partnership_id = $2::uuid), '[]') end as memberships
       from app_user u
      where u.id = $1 and u.erased_at is null`,
    [userId, partnershipId],
  );
  if (!rows[0]) return undefined;
  const row = accessRow.parse(rows[0]);
  return {
    principal: {
      userId: row.id,
      name: row.name,
      email: row.email,
      isPlatformAdmin: row.is_platform_admin,
    },
    membership: row.memberships && toMembership(row.memberships),
  };
}
