import type { EntityManager } from 'typeorm';
import { z } from 'zod';

/**
 * SQL of content adaptation. Every function runs inside `ScopedDb.run`, so row-level security
 * already narrows `content_adaptation` and `target_group` to the scoped partnership; the
 * `partnership_id` conditions say the same thing out loud and let the indexes work.
 */

export type OverrideKey = {
  partnershipId: string;
  baseVersionId: string;
  themeCode: string;
  path: string;
};

const overrideRow = z.object({
  theme_code: z.string(),
  path: z.string(),
  value: z.unknown(),
  version: z.number().int(),
  updated_at: z.date(),
  updated_by_name: z.string().nullable(),
});
export type OverrideRow = z.infer<typeof overrideRow>;

const OVERRIDE_COLUMNS = `a.theme_code, a.path, a.value, a.version, a.updated_at, u.name as updated_by_name`;

/**
 * The partnership's overrides of one base version, optionally of one theme, oldest first (the
 * order in which added reflection cards appear). The editor's name shows only while they are a
 * member: row-level security on app_user hides anyone else.
 */
export async function listOverrides(
  db: EntityManager,
  partnershipId: string,
  baseVersionId: string,
  themeCode?: string,
): Promise<OverrideRow[]> {
  const rows: unknown[] = await db.query(
    `select ${OVERRIDE_COLUMNS}
       from content_adaptation a
       left join app_user u on u.id = a.updated_by
      where a.partnership_id = $1 and a.base_version_id = $2 and ($3::varchar is null or a.theme_code = $3)
      order by a.theme_code, a.created_at, a.path`,
    [partnershipId, baseVersionId, themeCode ?? null],
  );
  return rows.map((r) => overrideRow.parse(r));
}

const countRow = z.object({ theme_code: z.string(), overrides: z.number().int() });

export async function countOverridesByTheme(
  db: EntityManager,
  partnershipId: string,
  baseVersionId: string,
): Promise<Map<string, number>> {
  const rows: unknown[] = await db.query(
    `select theme_code, count(*)::int as overrides
       from content_adaptation
      where partnership_id = $1 and base_version_id = $2
      group by theme_code`,
    [partnershipId, baseVersionId],
  );
  return new Map(rows.map((r) => countRow.parse(r)).map((r) => [r.theme_code, r.overrides]));
}

/** Creates the override; false when it already exists (someone else was first). */
export async function insertOverride(
  db: EntityManager,
  key: OverrideKey,
  value: unknown,
  userId: string,
): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `insert into content_adaptation (partnership_id, base_version_id, theme_code, path, value, updated_by)
     values ($1, $2, $3, $4, $5::jsonb, $6)
     on conflict on constraint uq_content_adaptation_path do nothing
     returning id`,
    [key.partnershipId, key.baseVersionId, key.themeCode, key.path, JSON.stringify(value), userId],
  );
  return rows.length === 1;
}

/** Replaces the value if the stored version is still `expectedVersion`; false when it is not (or gone). */
export async function updateOverride(
  db: EntityManager,
  key: OverrideKey,
  value: unknown,
  userId: string,
  expectedVersion: number,
): Promise<boolean> {
  // TypeORM answers an UPDATE with `[rows, affectedCount]`.
  const [, affected] = await db.query<[unknown[], number]>(
    `update content_adaptation
        set value = $5::jsonb, updated_by = $6, updated_at = now(), version = version + 1
      where partnership_id = $1 and base_version_id = $2 and theme_code = $3 and path = $4 and version = $7`,
    [
      key.partnershipId,
      key.baseVersionId,
      key.themeCode,
      key.path,
      JSON.stringify(value),
      userId,
      expectedVersion,
    ],
  );
  return affected === 1;
}

/**
 * Removes the override (at `expectedVersion`, when given). Answers what happened, so the caller
 * can tell a stale version (409) from an override that does not exist (404).
 */
export async function deleteOverride(
  db: EntityManager,
  key: OverrideKey,
  expectedVersion: number | undefined,
): Promise<'deleted' | 'stale' | 'missing'> {
  const rows: unknown[] = await db.query(
    `with target as (
       select id, version from content_adaptation
        where partnership_id = $1 and base_version_id = $2 and theme_code = $3 and path = $4
     ), removed as (
       delete from content_adaptation a using target
        where a.id = target.id and ($5::int is null or target.version = $5)
       returning a.id
     )
     select (select count(*)::int from target) as found, (select count(*)::int from removed) as removed`,
    [key.partnershipId, key.baseVersionId, key.themeCode, key.path, expectedVersion ?? null],
  );
  const { found, removed } = z
    .object({ found: z.number().int(), removed: z.number().int() })
    .parse(rows[0]);
  if (removed > 0) return 'deleted';
  return found > 0 ? 'stale' : 'missing';
}

// ---------------------------------------------------------------------------------------------
// Doelgroepen

const targetGroupRow = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  archived_at: z.date().nullable(),
});
export type TargetGroupRow = z.infer<typeof targetGroupRow>;

export async function listTargetGroups(
  db: EntityManager,
  partnershipId: string,
): Promise<TargetGroupRow[]> {
  const rows: unknown[] = await db.query(
    `select id, code, name, description, archived_at from target_group where partnership_id = $1 order by name`,
    [partnershipId],
  );
  return rows.map((r) => targetGroupRow.parse(r));
}

/**
 * Adds a doelgroep, or brings back an archived one with the same code; undefined when the
 * partnership already has it in use.
 */
export async function insertTargetGroup(
  db: EntityManager,
  partnershipId: string,
  group: { code: string; name: string; description: string },
): Promise<TargetGroupRow | undefined> {
  const rows: unknown[] = await db.query(
    `insert into target_group (partnership_id, code, name, description) values ($1, $2, $3, $4)
     on conflict on constraint uq_target_group_partnership_code do update
       set name = excluded.name, description = excluded.description, archived_at = null
       where target_group.archived_at is not null
     returning id, code, name, description, archived_at`,
    [partnershipId, group.code, group.name, group.description],
  );
  return rows[0] === undefined ? undefined : targetGroupRow.parse(rows[0]);
}

export async function findTargetGroup(
  db: EntityManager,
  partnershipId: string,
  id: string,
): Promise<TargetGroupRow | undefined> {
  const rows: unknown[] = await db.query(
    `select id, code, name, description, archived_at from target_group where partnership_id = $1 and id = $2`,
    [partnershipId, id],
  );
  return rows[0] === undefined ? undefined : targetGroupRow.parse(rows[0]);
}

/**
 * Removes a doelgroep no evaluation uses; one that is used is archived instead, so the
 * evaluations that named it keep their results.
 */
export async function removeTargetGroup(
  db: EntityManager,
  partnershipId: string,
  id: string,
): Promise<'deleted' | 'archived'> {
  // TypeORM answers a DELETE with `[rows, affectedCount]`.
  const [, deleted] = await db.query<[unknown[], number]>(
    `delete from target_group g
      where g.partnership_id = $1 and g.id = $2
        and not exists (select 1 from evaluation_target_group e where e.partnership_id = $1 and e.target_group_id = g.id)`,
    [partnershipId, id],
  );
  if (deleted > 0) return 'deleted';
  await db.query(
    `update target_group set archived_at = coalesce(archived_at, now()) where partnership_id = $1 and id = $2`,
    [partnershipId, id],
  );
  return 'archived';
}
