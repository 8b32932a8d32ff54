import type { CommonThreadPattern } from '@zet/contracts';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';

/** Reads and writes of rode lijnen; every statement is scoped by `partnership_id` first. */

const cycleRow = z.object({ id: z.string(), school_year: z.string() });

export async function findCycle(db: EntityManager, partnershipId: string, schoolYear: string) {
  const result: unknown[] = await db.query(
    `select id, school_year from cycle where partnership_id = $1 and school_year = $2`,
    [partnershipId, schoolYear],
  );
  return result[0] ? cycleRow.parse(result[0]) : undefined;
}

const findingTextRow = z.object({
  id: z.string(),
  location_id: z.string(),
  theme: z.string(),
  kind: z.enum(['strength', 'development']),
  text: z.string(),
  lexemes: z.array(z.string()),
});
export type FindingTextRow = z.infer<typeof findingTextRow>;

/**
 * The findings of a cycle's finalised locatie evaluations, with their Dutch lexemes (Snowball
 * stemming and stop words of PostgreSQL's `dutch` configuration) and canonical theme.
 */
export async function cycleFindingRows(
  db: EntityManager,
  partnershipId: string,
  cycleId: string,
): Promise<FindingTextRow[]> {
  const result: unknown[] = await db.query(
    `select fi.id, e.location_id, ct.canonical_code as theme, fi.kind, fi.text,
            tsvector_to_array(to_tsvector('dutch', fi.text)) as lexemes
       from evaluation e
       join theme_session ts on ts.evaluation_id = e.id and ts.partnership_id = e.partnership_id
       join content_theme ct on ct.content_version_id = ts.content_version_id and ct.code = ts.theme_code
       join finding fi on fi.theme_session_id = ts.id and fi.partnership_id = e.partnership_id
      where e.partnership_id = $1 and e.cycle_id = $2 and e.status = 'finalised' and e.location_id is not null
      order by fi.id`,
    [partnershipId, cycleId],
  );
  return result.map((r) => findingTextRow.parse(r));
}

const keptThreadRow = z.object({
  id: z.string(),
  pattern: z.string().nullable(),
  theme_code: z.string().nullable(),
  finding_ids: z.array(z.string()),
});

/** Threads of the cycle a refresh must leave alone: confirmed, dismissed, or edited since suggested. */
export async function keptThreadRows(db: EntityManager, partnershipId: string, cycleId: string) {
  const result: unknown[] = await db.query(
    `select t.id, t.pattern, t.theme_code,
            coalesce(array_agg(ctf.finding_id) filter (where ctf.finding_id is not null), '{}') as finding_ids
       from common_thread t
       left join common_thread_finding ctf on ctf.common_thread_id = t.id
      where t.partnership_id = $1 and t.cycle_id = $2 and (t.status <> 'suggested' or t.version > 1)
      group by t.id`,
    [partnershipId, cycleId],
  );
  return result.map((r) => keptThreadRow.parse(r));
}

/** Untouched suggestions of a cycle are the system's own and are replaced by a refresh. */
export async function deleteUntouchedSuggestions(
  db: EntityManager,
  partnershipId: string,
  cycleId: string,
): Promise<void> {
  await db.query(
    `delete from common_thread where partnership_id = $1 and cycle_id = $2 and status = 'suggested' and version = 1`,
    [partnershipId, cycleId],
  );
}

export type NewThread = {
  id: string;
  name: string;
  description: string;
  kind: 'finding' | 'placement';
  pattern: CommonThreadPattern;
  themeCode: string;
  findingIds: string[];
};

export async function insertSuggestions(
  db: EntityManager,
  partnershipId: string,
  cycleId: string,
  threads: NewThread[],
): Promise<void> {
  if (!threads.length) return;
  await db.query(
    `insert into common_thread (id, partnership_id, cycle_id, name, description, kind, pattern, status, theme_code)
     select t.id, $1, $2, t.name, t.description, t.kind, t.pattern, 'suggested', t.theme_code
       from unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
            as t(id, name, description, kind, pattern, theme_code)`,
    [
      partnershipId,
      cycleId,
      threads.map((t) => t.id),
      threads.map((t) => t.name),
      threads.map((t) => t.description),
      threads.map((t) => t.kind),
      threads.map((t) => t.pattern),
      threads.map((t) => t.themeCode),
    ],
  );
  const links = threads.flatMap((t) => t.findingIds.map((findingId) => [t.id, findingId] as const));
  if (!links.length) return;
  await db.query(
    `insert into common_thread_finding (partnership_id, common_thread_id, finding_id)
     select $1, l.thread_id, l.finding_id from unnest($2::uuid[], $3::uuid[]) as l(thread_id, finding_id)`,
    [partnershipId, links.map(([t]) => t), links.map(([, f]) => f)],
  );
}

const threadRow = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  kind: z.enum(['finding', 'placement']),
  pattern: z.enum(['recurring_finding', 'low_placement', 'widening_gap']).nullable(),
  status: z.enum(['suggested', 'confirmed', 'dismissed']),
  theme_code: z.string().nullable(),
  school_year: z.string(),
  version: z.number().int(),
  updated_at: z.date(),
  locations: z.number().int(),
  findings: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['strength', 'development']),
      text: z.string(),
      theme: z.string(),
      school_year: z.string(),
      location_id: z.string().nullable(),
      location_name: z.string().nullable(),
    }),
  ),
});
export type ThreadRow = z.infer<typeof threadRow>;

/** Threads with their findings (and where those were found), newest cycle first. */
export async function threadRows(
  db: EntityManager,
  partnershipId: string,
  filter: { ids?: string[]; schoolYear?: string; status?: string },
): Promise<ThreadRow[]> {
  const result: unknown[] = await db.query(
    `select t.id, t.name, t.description, t.kind, t.pattern, t.status, t.theme_code, c.school_year, t.version, t.updated_at,
            (select count(distinct e.location_id)::int
               from common_thread_finding ctf
               join finding fi on fi.id = ctf.finding_id
               join theme_session ts on ts.id = fi.theme_session_id
               join evaluation e on e.id = ts.evaluation_id
              where ctf.common_thread_id = t.id) as locations,
            coalesce((
              select json_agg(json_build_object(
                       'id', fi.id, 'kind', fi.kind, 'text', fi.text, 'theme', ct.canonical_code,
                       'school_year', fc.school_year, 'location_id', e.location_id, 'location_name', l.name)
                     order by fc.school_year, l.name, fi.position)
                from common_thread_finding ctf
                join finding fi on fi.id = ctf.finding_id
                join theme_session ts on ts.id = fi.theme_session_id
                join content_theme ct on ct.content_version_id = ts.content_version_id and ct.code = ts.theme_code
                join evaluation e on e.id = ts.evaluation_id
                join cycle fc on fc.id = e.cycle_id
                left join location l on l.id = e.location_id
               where ctf.common_thread_id = t.id), '[]') as findings
       from common_thread t
       join cycle c on c.id = t.cycle_id
      where t.partnership_id = $1
        and ($2::uuid[] is null or t.id = any($2::uuid[]))
        and ($3::text is null or c.school_year = $3::text)
        and ($4::text is null or t.status = $4::text)
      order by c.school_year desc, array_position(array['suggested', 'confirmed', 'dismissed'], t.status::text), t.name`,
    [partnershipId, filter.ids ?? null, filter.schoolYear ?? null, filter.status ?? null],
  );
  return result.map((r) => threadRow.parse(r));
}

const versionRow = z.object({
  id: z.string(),
  version: z.number().int(),
  kind: z.string(),
  status: z.string(),
});

export async function threadVersions(db: EntityManager, partnershipId: string, ids: string[]) {
  const result: unknown[] = await db.query(
    `select id, version, kind, status from common_thread where partnership_id = $1 and id = any($2::uuid[]) for update`,
    [partnershipId, ids],
  );
  return result.map((r) => versionRow.parse(r));
}

/** Optimistic update: nothing changes (and false comes back) unless `version` is still current. */
export async function updateThread(
  db: EntityManager,
  partnershipId: string,
  id: string,
  version: number,
  change: { name?: string; description?: string; status?: string },
): Promise<boolean> {
  const result: unknown[] = await db.query(
    // Wrapped in a select: TypeORM hands back [rows, count] for a bare UPDATE.
    `with updated as (
       update common_thread
          set name = coalesce($4, name), description = coalesce($5, description), status = coalesce($6, status),
              version = version + 1, updated_at = now()
        where partnership_id = $1 and id = $2 and version = $3
        returning id)
     select id from updated`,
    [
      partnershipId,
      id,
      version,
      change.name ?? null,
      change.description ?? null,
      change.status ?? null,
    ],
  );
  return result.length === 1;
}

/** Moves the sources' findings to the target and removes the sources. */
export async function mergeThreads(
  db: EntityManager,
  partnershipId: string,
  targetId: string,
  sourceIds: string[],
): Promise<void> {
  await db.query(
    `insert into common_thread_finding (partnership_id, common_thread_id, finding_id)
     select distinct $1::uuid, $2::uuid, finding_id from common_thread_finding
      where partnership_id = $1 and common_thread_id = any($3::uuid[])
     on conflict do nothing`,
    [partnershipId, targetId, sourceIds],
  );
  await db.query(`delete from common_thread where partnership_id = $1 and id = any($2::uuid[])`, [
    partnershipId,
    sourceIds,
  ]);
}

export async function lockCycleSuggestions(db: EntityManager, cycleId: string): Promise<void> {
  await db.query(`select pg_advisory_xact_lock(hashtext('common_thread:' || $1::text))`, [cycleId]);
}
