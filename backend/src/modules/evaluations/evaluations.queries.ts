import type { EvaluationListQuery } from '@zet/contracts';
import type { EntityManager } from 'typeorm';
import type { EvaluationVisibility } from '../../common/access/visibility';
import { z } from 'zod';

const evaluationSummaryRow = z.object({
  id: z.string(),
  title: z.string(),
  held_on: z.string(),
  school_year: z.string(),
  location_id: z.string().nullable(),
  location_name: z.string().nullable(),
  status: z.enum(['draft', 'finalised']),
  content_version_id: z.string(),
  theme_codes: z.array(z.string()),
  session_count: z.number(),
});
export type EvaluationSummaryRow = z.infer<typeof evaluationSummaryRow>;

export async function listEvaluationSummaries(
  db: EntityManager,
  partnershipId: string,
  filter: EvaluationListQuery,
  visibility: EvaluationVisibility,
): Promise<EvaluationSummaryRow[]> {
  const restricted = visibility.kind === 'restricted';
  const rows: unknown[] = await db.query(
    `select e.id, e.title, to_char(e.held_on, 'YYYY-MM-DD') as held_on, c.school_year,
            e.location_id, l.name as location_name, e.status, e.content_version_id,
            coalesce(array_agg(distinct ts.theme_code) filter (where ts.id is not null), '{}') as theme_codes,
            count(ts.id)::int as session_count
       from evaluation e
       join cycle c on c.id = e.cycle_id
       left join location l on l.id = e.location_id
       left join theme_session ts on ts.evaluation_id = e.id
      where e.partnership_id = $1
        and ($2::varchar is null or c.school_year = $2)
        and ($3::uuid is null or e.location_id = $3)
        and (not $4::boolean
             or e.location_id = any($5::uuid[])
             or exists (select 1 from theme_session f where f.evaluation_id = e.id and f.facilitator_id = $6))
      group by e.id, c.school_year, l.name
      order by c.school_year desc, e.held_on desc, l.name nulls first`,
    [
      partnershipId,
      filter.schoolYear ?? null,
      filter.locationId ?? null,
      restricted,
      restricted ? visibility.locationIds : [],
      restricted ? visibility.facilitatorId : null,
    ],
  );
  return rows.map((r) => evaluationSummaryRow.parse(r));
}

// ---------------------------------------------------------------------------------------------
// Every function below runs inside ScopedDb.run: row-level security already narrows each table
// to the scoped partnership; the explicit partnership_id conditions keep the plans index-friendly.

const placement = z.number().nullable();

// ---- evaluation ----

const evaluationRow = z.object({
  id: z.string(),
  title: z.string(),
  held_on: z.string(),
  school_year: z.string(),
  cycle_id: z.string(),
  location_id: z.string().nullable(),
  location_name: z.string().nullable(),
  status: z.enum(['draft', 'finalised']),
  content_version_id: z.string(),
  finalised_at: z.date().nullable(),
  finalised_by: z.string().nullable(),
  finalised_by_name: z.string().nullable(),
  version: z.number(),
});
export type EvaluationRow = z.infer<typeof evaluationRow>;

/**
 * One evaluation. `lock: 'share'` keeps it from being finalised or re-planned while a session is
 * written; `'update'` is for finalising and re-planning themselves.
 */
export async function findEvaluation(
  db: EntityManager,
  partnershipId: string,
  evaluationId: string,
  lock: 'none' | 'share' | 'update' = 'none',
): Promise<EvaluationRow | undefined> {
  const rows: unknown[] = await db.query(
    `select e.id, e.title, to_char(e.held_on, 'YYYY-MM-DD') as held_on, c.school_year, e.cycle_id,
            e.location_id, l.name as location_name, e.status, e.content_version_id,
            e.finalised_at, e.finalised_by, u.name as finalised_by_name, e.version
       from evaluation e
       join cycle c on c.id = e.cycle_id
       left join location l on l.id = e.location_id
       left join app_user u on u.id = e.finalised_by and u.erased_at is null
      where e.partnership_id = $1 and e.id = $2
      ${lock === 'none' ? '' : `for ${lock} of e`}`,
    [partnershipId, evaluationId],
  );
  return rows[0] ? evaluationRow.parse(rows[0]) : undefined;
}

const targetGroupRow = z.object({ id: z.string(), code: z.string(), name: z.string() });

export async function listEvaluationTargetGroups(db: EntityManager, evaluationId: string) {
  const rows: unknown[] = await db.query(
    `select tg.id, tg.code, tg.name
       from evaluation_target_group etg
       join target_group tg on tg.id = etg.target_group_id
      where etg.evaluation_id = $1
      order by tg.name, tg.id`,
    [evaluationId],
  );
  return rows.map((r) => targetGroupRow.parse(r));
}

const roundRow = z.object({ id: z.string(), number: z.number(), label: z.string() });
export type RoundRow = z.infer<typeof roundRow>;

export async function listRounds(db: EntityManager, evaluationId: string): Promise<RoundRow[]> {
  const rows: unknown[] = await db.query(
    `select id, number, label from evaluation_round where evaluation_id = $1 order by number`,
    [evaluationId],
  );
  return rows.map((r) => roundRow.parse(r));
}

// ---- theme sessions ----

/** Anything of the outcome recorded: the session counts as captured. */
const CAPTURED = `(ts.current_placement is not null or ts.desired_placement is not null
   or btrim(ts.rationale) <> '' or btrim(ts.agreements) <> '' or btrim(ts.plenary_reporter) <> '' or btrim(ts.notes) <> ''
   or cardinality(ts.reflection_cards) > 0
   or exists (select 1 from finding f where f.theme_session_id = ts.id)
   or exists (select 1 from individual_placement ip where ip.theme_session_id = ts.id)
   or exists (select 1 from session_participant sp where sp.theme_session_id = ts.id and sp.present > 0))`;

const sessionRow = z.object({
  id: z.string(),
  evaluation_id: z.string(),
  round_id: z.string(),
  round_number: z.number(),
  round_label: z.string(),
  content_version_id: z.string(),
  theme_code: z.string(),
  canonical_theme_code: z.string(),
  group_label: z.string(),
  position: z.number(),
  facilitator_id: z.string().nullable(),
  facilitator_name: z.string().nullable(),
  current_placement: placement,
  desired_placement: placement,
  rationale: z.string(),
  agreements: z.string(),
  plenary_reporter: z.string(),
  notes: z.string(),
  reflection_cards: z.array(z.string()),
  version: z.number(),
  updated_at: z.date(),
  captured: z.boolean(),
  revision: z.number(),
});
export type SessionRow = z.infer<typeof sessionRow>;

const SESSION_SELECT = `
  select ts.id, ts.evaluation_id, ts.round_id, r.number as round_number, r.label as round_label,
         ts.content_version_id, ts.theme_code,
         ct.canonical_code as canonical_theme_code, ts.group_label, ts.position,
         ts.facilitator_id, u.name as facilitator_name,
         ts.current_placement::float8 as current_placement, ts.desired_placement::float8 as desired_placement,
         ts.rationale, ts.agreements, ts.plenary_reporter, ts.notes, ts.reflection_cards,
         ts.version, ts.updated_at, ${CAPTURED} as captured,
         (select count(*)::int from theme_session_revision rv where rv.theme_session_id = ts.id) as revision
    from theme_session ts
    join evaluation_round r on r.id = ts.round_id
    join content_theme ct on ct.content_version_id = ts.content_version_id and ct.code = ts.theme_code
    left join app_user u on u.id = ts.facilitator_id and u.erased_at is null`;

/** The sessions of an evaluation in planning order: by round, then as the groups were planned. */
export async function listSessions(db: EntityManager, evaluationId: string): Promise<SessionRow[]> {
  const rows: unknown[] = await db.query(
    `${SESSION_SELECT}
      where ts.evaluation_id = $1
      order by r.number, ts.position, ts.created_at, ts.id`,
    [evaluationId],
  );
  return rows.map((r) => sessionRow.parse(r));
}

/** One session of an evaluation; `lock` takes the row lock a version-checked write will need anyway. */
export async function findSession(
  db: EntityManager,
  evaluationId: string,
  sessionId: string,
  lock = false,
): Promise<SessionRow | undefined> {
  const rows: unknown[] = await db.query(
    `${SESSION_SELECT}
      where ts.evaluation_id = $1 and ts.id = $2
      ${lock ? 'for update of ts' : ''}`,
    [evaluationId, sessionId],
  );
  return rows[0] ? sessionRow.parse(rows[0]) : undefined;
}

const participantRow = z.object({
  theme_session_id: z.string(),
  role: z.string(),
  side: z.enum(['school', 'instituut']),
  expected: z.number(),
  present: z.number(),
});
export type ParticipantRow = z.infer<typeof participantRow>;

export async function listParticipants(
  db: EntityManager,
  sessionIds: readonly string[],
): Promise<ParticipantRow[]> {
  if (sessionIds.length === 0) return [];
  const rows: unknown[] = await db.query(
    `select theme_session_id, role, side, expected, present
       from session_participant
      where theme_session_id = any($1::uuid[])
      order by theme_session_id, side desc, role`,
    [sessionIds],
  );
  return rows.map((r) => participantRow.parse(r));
}

const findingRow = z.object({
  id: z.string(),
  theme_session_id: z.string(),
  kind: z.enum(['strength', 'development']),
  text: z.string(),
});
export type FindingRow = z.infer<typeof findingRow>;

export async function listFindings(
  db: EntityManager,
  sessionIds: readonly string[],
): Promise<FindingRow[]> {
  if (sessionIds.length === 0) return [];
  const rows: unknown[] = await db.query(
    `select id, theme_session_id, kind, text
       from finding
      where theme_session_id = any($1::uuid[])
      order by theme_session_id, position, created_at, id`,
    [sessionIds],
  );
  return rows.map((r) => findingRow.parse(r));
}

const individualPlacementRow = z.object({
  theme_session_id: z.string(),
  role: z.string(),
  current: z.number(),
  desired: placement,
});
export type IndividualPlacementRow = z.infer<typeof individualPlacementRow>;

export async function listIndividualPlacements(
  db: EntityManager,
  sessionIds: readonly string[],
): Promise<IndividualPlacementRow[]> {
  if (sessionIds.length === 0) return [];
  const rows: unknown[] = await db.query(
    `select theme_session_id, role, current_placement::float8 as current, desired_placement::float8 as desired
       from individual_placement
      where theme_session_id = any($1::uuid[])
      order by theme_session_id, position, created_at, id`,
    [sessionIds],
  );
  return rows.map((r) => individualPlacementRow.parse(r));
}

// ---- planning: references ----

const locationRow = z.object({ id: z.string(), name: z.string(), archived: z.boolean() });

export async function findLocation(db: EntityManager, partnershipId: string, locationId: string) {
  const rows: unknown[] = await db.query(
    `select id, name, archived_at is not null as archived from location where partnership_id = $1 and id = $2`,
    [partnershipId, locationId],
  );
  return rows[0] ? locationRow.parse(rows[0]) : undefined;
}

/** Of these ids, those that are doelgroepen of the partnership (archived or not). */
export async function findTargetGroupIds(
  db: EntityManager,
  partnershipId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows: { id: string }[] = await db.query(
    `select id from target_group where partnership_id = $1 and id = any($2::uuid[])`,
    [partnershipId, ids],
  );
  return new Set(rows.map((r) => r.id));
}

/** Of these people, those with the procesbegeleider role in the partnership. */
export async function findProcesbegeleiderIds(
  db: EntityManager,
  partnershipId: string,
  userIds: readonly string[],
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows: { user_id: string }[] = await db.query(
    `select m.user_id from membership m join app_user u on u.id = m.user_id and u.erased_at is null
      where m.partnership_id = $1 and m.role = 'procesbegeleider' and m.user_id = any($2::uuid[])`,
    [partnershipId, userIds],
  );
  return new Set(rows.map((r) => r.user_id));
}

const facilitatorRow = z.object({ user_id: z.string(), name: z.string() });

export async function listProcesbegeleiders(db: EntityManager, partnershipId: string) {
  const rows: unknown[] = await db.query(
    `select u.id as user_id, u.name
       from membership m join app_user u on u.id = m.user_id and u.erased_at is null
      where m.partnership_id = $1 and m.role = 'procesbegeleider'
      order by lower(u.name), u.id`,
    [partnershipId],
  );
  return rows.map((r) => facilitatorRow.parse(r));
}

/** The partnership's cycle of this school year, created (in phase plan) when missing. */
export async function ensureCycle(
  db: EntityManager,
  partnershipId: string,
  schoolYear: string,
): Promise<string> {
  await db.query(
    `insert into cycle (partnership_id, school_year) values ($1, $2)
     on conflict (partnership_id, school_year) do nothing`,
    [partnershipId, schoolYear],
  );
  const rows: { id: string }[] = await db.query(
    `select id from cycle where partnership_id = $1 and school_year = $2`,
    [partnershipId, schoolYear],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error(`cycle ${schoolYear} missing after insert`);
  return id;
}

// ---- planning: writes ----

export type EvaluationHeaderFields = {
  cycleId: string;
  locationId: string | null;
  title: string;
  heldOn: string;
};

export async function insertEvaluation(
  db: EntityManager,
  partnershipId: string,
  fields: EvaluationHeaderFields & { contentVersionId: string },
): Promise<string> {
  const rows: { id: string }[] = await db.query(
    `insert into evaluation (partnership_id, cycle_id, location_id, title, held_on, content_version_id)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [
      partnershipId,
      fields.cycleId,
      fields.locationId,
      fields.title,
      fields.heldOn,
      fields.contentVersionId,
    ],
  );
  return rows[0]!.id;
}

/** Version-checked: undefined when someone else changed the evaluation first (or it is no draft). */
export async function updateEvaluationHeader(
  db: EntityManager,
  partnershipId: string,
  evaluationId: string,
  expectedVersion: number,
  fields: EvaluationHeaderFields,
): Promise<number | undefined> {
  const [rows] = await db.query<[{ version: number }[], number]>(
    `update evaluation
        set cycle_id = $4, location_id = $5, title = $6, held_on = $7, version = version + 1, updated_at = now()
      where partnership_id = $1 and id = $2 and version = $3 and status = 'draft'
      returning version`,
    [
      partnershipId,
      evaluationId,
      expectedVersion,
      fields.cycleId,
      fields.locationId,
      fields.title,
      fields.heldOn,
    ],
  );
  return rows[0]?.version;
}

export async function replaceEvaluationTargetGroups(
  db: EntityManager,
  partnershipId: string,
  evaluationId: string,
  targetGroupIds: readonly string[],
): Promise<void> {
  await db.query(
    `delete from evaluation_target_group where evaluation_id = $1 and not (target_group_id = any($2::uuid[]))`,
    [evaluationId, targetGroupIds],
  );
  await db.query(
    `insert into evaluation_target_group (evaluation_id, partnership_id, target_group_id)
     select $1, $2, unnest($3::uuid[])
     on conflict (evaluation_id, target_group_id) do nothing`,
    [evaluationId, partnershipId, targetGroupIds],
  );
}

export async function insertRound(
  db: EntityManager,
  partnershipId: string,
  evaluationId: string,
  number: number,
  label: string,
) {
  const rows: { id: string }[] = await db.query(
    `insert into evaluation_round (partnership_id, evaluation_id, number, label) values ($1, $2, $3, $4) returning id`,
    [partnershipId, evaluationId, number, label],
  );
  return rows[0]!.id;
}

export async function updateRoundLabel(
  db: EntityManager,
  roundId: string,
  label: string,
): Promise<void> {
  await db.query(`update evaluation_round set label = $2 where id = $1`, [roundId, label]);
}

export async function deleteRounds(db: EntityManager, roundIds: readonly string[]): Promise<void> {
  if (roundIds.length)
    await db.query(`delete from evaluation_round where id = any($1::uuid[])`, [roundIds]);
}

export type SessionPlanFields = {
  roundId: string;
  themeCode: string;
  groupLabel: string;
  facilitatorId: string | null;
  position: number;
};

export async function insertSession(
  db: EntityManager,
  partnershipId: string,
  evaluationId: string,
  contentVersionId: string,
  fields: SessionPlanFields,
): Promise<string> {
  const rows: { id: string }[] = await db.query(
    `insert into theme_session (partnership_id, evaluation_id, round_id, content_version_id, theme_code, group_label, facilitator_id, position)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [
      partnershipId,
      evaluationId,
      fields.roundId,
      contentVersionId,
      fields.themeCode,
      fields.groupLabel,
      fields.facilitatorId,
      fields.position,
    ],
  );
  return rows[0]!.id;
}

/**
 * Groups may swap theme and name between them in one edit; give every session to be updated a
 * unique temporary name first, so the unique (round, theme, name) key holds at every step.
 */
export async function parkSessionLabels(
  db: EntityManager,
  sessionIds: readonly string[],
): Promise<void> {
  if (sessionIds.length) {
    await db.query(`update theme_session set group_label = id::text where id = any($1::uuid[])`, [
      sessionIds,
    ]);
  }
}

/** Planning fields only: the captured outcome and its version are left alone. */
export async function updateSessionPlan(
  db: EntityManager,
  sessionId: string,
  fields: SessionPlanFields,
): Promise<void> {
  await db.query(
    `update theme_session
        set round_id = $2, theme_code = $3, group_label = $4, facilitator_id = $5, position = $6
      where id = $1`,
    [
      sessionId,
      fields.roundId,
      fields.themeCode,
      fields.groupLabel,
      fields.facilitatorId,
      fields.position,
    ],
  );
}

export async function deleteSessions(
  db: EntityManager,
  sessionIds: readonly string[],
): Promise<void> {
  if (sessionIds.length)
    await db.query(`delete from theme_session where id = any($1::uuid[])`, [sessionIds]);
}

type RoleSide = { role: string; side: 'school' | 'instituut' };

/**
 * Sets one count column (`expected` from the plan, `present` from capture) to exactly these
 * values, leaving the other column alone; rows with both counts at zero go.
 */
export async function writeParticipantCounts(
  db: EntityManager,
  partnershipId: string,
  sessionId: string,
  column: 'expected' | 'present',
  counts: readonly (RoleSide & { count: number })[],
): Promise<void> {
  await db.query(`update session_participant set ${column} = 0 where theme_session_id = $1`, [
    sessionId,
  ]);
  if (counts.length) {
    await db.query(
      `insert into session_participant (partnership_id, theme_session_id, role, side, ${column})
       select $1, $2, v.role, v.side, v.count
         from unnest($3::varchar[], $4::varchar[], $5::int[]) as v(role, side, count)
       on conflict (theme_session_id, role, side) do update set ${column} = excluded.${column}`,
      [
        partnershipId,
        sessionId,
        counts.map((c) => c.role),
        counts.map((c) => c.side),
        counts.map((c) => c.count),
      ],
    );
  }
  await db.query(
    `delete from session_participant where theme_session_id = $1 and expected = 0 and present = 0`,
    [sessionId],
  );
}

// ---- capture: writes ----

/** The session's own outcome columns, as the capture document names them. */
export type OutcomeColumns = {
  currentPlacement?: number | null;
  desiredPlacement?: number | null;
  rationale?: string;
  agreements?: string;
  plenaryReporter?: string;
  notes?: string;
  reflectionCards?: string[];
};

const OUTCOME_COLUMNS: Record<keyof OutcomeColumns, string> = {
  currentPlacement: 'current_placement',
  desiredPlacement: 'desired_placement',
  rationale: 'rationale',
  agreements: 'agreements',
  plenaryReporter: 'plenary_reporter',
  notes: 'notes',
  reflectionCards: 'reflection_cards',
};

/**
 * The optimistic-concurrency step: writes the given columns and bumps the version only when the
 * stored version is still `expectedVersion`. Undefined means someone else saved first.
 */
export async function updateSessionOutcome(
  db: EntityManager,
  sessionId: string,
  expectedVersion: number,
  fields: OutcomeColumns,
): Promise<number | undefined> {
  const sets: string[] = ['version = version + 1', 'updated_at = now()'];
  const params: unknown[] = [sessionId, expectedVersion];
  for (const key of Object.keys(OUTCOME_COLUMNS) as (keyof OutcomeColumns)[]) {
    const value = fields[key];
    if (value === undefined) continue;
    params.push(value);
    sets.push(`${OUTCOME_COLUMNS[key]} = $${params.length}`);
  }
  const [rows] = await db.query<[{ version: number }[], number]>(
    `update theme_session set ${sets.join(', ')} where id = $1 and version = $2 returning version`,
    params,
  );
  return rows[0]?.version;
}

export async function replaceIndividualPlacements(
  db: EntityManager,
  partnershipId: string,
  sessionId: string,
  placements: readonly { role: string; current: number; desired: number | null }[],
): Promise<void> {
  await db.query(`delete from individual_placement where theme_session_id = $1`, [sessionId]);
  if (placements.length === 0) return;
  await db.query(
    `insert into individual_placement (partnership_id, theme_session_id, role, current_placement, desired_placement, position)
     select $1, $2, v.role, v.current, v.desired, v.position
       from unnest($3::varchar[], $4::numeric[], $5::numeric[], $6::int[]) as v(role, current, desired, position)`,
    [
      partnershipId,
      sessionId,
      placements.map((p) => p.role),
      placements.map((p) => p.current),
      placements.map((p) => p.desired),
      placements.map((_, i) => i + 1),
    ],
  );
}

/**
 * Makes the session's findings exactly this list, in this order. Points sent with their id keep
 * it (actions and rode lijnen refer to them); points left out are deleted; new ones are added.
 */
export async function writeFindings(
  db: EntityManager,
  partnershipId: string,
  sessionId: string,
  findings: readonly { id?: string; kind: 'strength' | 'development'; text: string }[],
): Promise<void> {
  const numbered = findings.map((f, i) => ({ ...f, position: i + 1 }));
  const kept = numbered.filter((f): f is typeof f & { id: string } => f.id !== undefined);
  const added = numbered.filter((f) => f.id === undefined);
  await db.query(`delete from finding where theme_session_id = $1 and not (id = any($2::uuid[]))`, [
    sessionId,
    kept.map((f) => f.id),
  ]);
  if (kept.length) {
    await db.query(
      `update finding f
          set kind = v.kind, text = v.text, position = v.position,
              updated_at = case when (f.kind, f.text) is distinct from (v.kind, v.text) then now() else f.updated_at end
         from unnest($2::uuid[], $3::varchar[], $4::varchar[], $5::int[]) as v(id, kind, text, position)
        where f.id = v.id and f.theme_session_id = $1`,
      [
        sessionId,
        kept.map((f) => f.id),
        kept.map((f) => f.kind),
        kept.map((f) => f.text),
        kept.map((f) => f.position),
      ],
    );
  }
  if (added.length) {
    await db.query(
      `insert into finding (partnership_id, theme_session_id, kind, text, position)
       select $1, $2, v.kind, v.text, v.position
         from unnest($3::varchar[], $4::varchar[], $5::int[]) as v(kind, text, position)`,
      [
        partnershipId,
        sessionId,
        added.map((f) => f.kind),
        added.map((f) => f.text),
        added.map((f) => f.position),
      ],
    );
  }
}

// ---- finalisation and revisions ----

/** Version-checked; undefined when the version is stale or it was finalised already. */
export async function markEvaluationFinalised(
  db: EntityManager,
  evaluationId: string,
  expectedVersion: number,
  userId: string,
): Promise<number | undefined> {
  const [rows] = await db.query<[{ version: number }[], number]>(
    `update evaluation
        set status = 'finalised', finalised_at = now(), finalised_by = $3, version = version + 1, updated_at = now()
      where id = $1 and version = $2 and status = 'draft'
      returning version`,
    [evaluationId, expectedVersion, userId],
  );
  return rows[0]?.version;
}

export async function insertRevision(
  db: EntityManager,
  partnershipId: string,
  row: { sessionId: string; snapshot: unknown; reason: string; createdBy: string },
): Promise<number> {
  const rows: { revision: number }[] = await db.query(
    `insert into theme_session_revision (partnership_id, theme_session_id, revision, snapshot, reason, created_by)
     select $1, $2, coalesce(max(revision), 0) + 1, $3::jsonb, $4, $5
       from theme_session_revision where theme_session_id = $2
     returning revision`,
    [partnershipId, row.sessionId, JSON.stringify(row.snapshot), row.reason, row.createdBy],
  );
  return rows[0]!.revision;
}

const revisionRow = z.object({
  revision: z.number(),
  reason: z.string(),
  created_at: z.date(),
  created_by: z.string().nullable(),
  created_by_name: z.string().nullable(),
  snapshot: z.unknown(),
});
export type RevisionRow = z.infer<typeof revisionRow>;

/** Newest first. */
export async function listRevisions(db: EntityManager, sessionId: string): Promise<RevisionRow[]> {
  const rows: unknown[] = await db.query(
    `select rv.revision, rv.reason, rv.created_at, rv.created_by, u.name as created_by_name, rv.snapshot
       from theme_session_revision rv
       left join app_user u on u.id = rv.created_by and u.erased_at is null
      where rv.theme_session_id = $1
      order by rv.revision desc`,
    [sessionId],
  );
  return rows.map((r) => revisionRow.parse(r));
}

// ---- context for the capture side panel ----

const previousEvaluationRow = z.object({
  id: z.string(),
  title: z.string(),
  held_on: z.string(),
  school_year: z.string(),
  content_version_id: z.string(),
});
export type PreviousEvaluationRow = z.infer<typeof previousEvaluationRow>;

/**
 * The latest finalised evaluation before `heldOn` at the same locatie (or partnership-wide when
 * null) with a session on the same canonical theme, so renamed or merged themes still match.
 */
export async function findPreviousEvaluationOnTheme(
  db: EntityManager,
  partnershipId: string,
  at: {
    evaluationId: string;
    locationId: string | null;
    heldOn: string;
    canonicalThemeCode: string;
  },
): Promise<PreviousEvaluationRow | undefined> {
  const rows: unknown[] = await db.query(
    `select e.id, e.title, to_char(e.held_on, 'YYYY-MM-DD') as held_on, c.school_year, e.content_version_id
       from evaluation e
       join cycle c on c.id = e.cycle_id
      where e.partnership_id = $1 and e.status = 'finalised' and e.id <> $2
        and e.location_id is not distinct from $3::uuid and e.held_on < $4::date
        and exists (
          select 1 from theme_session ts
            join content_theme ct on ct.content_version_id = ts.content_version_id and ct.code = ts.theme_code
           where ts.evaluation_id = e.id and ct.canonical_code = $5)
      order by e.held_on desc, e.finalised_at desc
      limit 1`,
    [partnershipId, at.evaluationId, at.locationId, at.heldOn, at.canonicalThemeCode],
  );
  return rows[0] ? previousEvaluationRow.parse(rows[0]) : undefined;
}

/** The sessions of one evaluation on a canonical theme. */
export async function listSessionsOnTheme(
  db: EntityManager,
  evaluationId: string,
  canonicalThemeCode: string,
) {
  const rows: unknown[] = await db.query(
    `${SESSION_SELECT}
      where ts.evaluation_id = $1 and ct.canonical_code = $2
      order by r.number, ts.position, ts.created_at, ts.id`,
    [evaluationId, canonicalThemeCode],
  );
  return rows.map((r) => sessionRow.parse(r));
}

const openActionRow = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  owner_role: z.string(),
  owner_name: z.string(),
  due_on: z.string().nullable(),
  status: z.enum(['open', 'in_progress']),
  pdca_phase: z.enum(['plan', 'do', 'check', 'act']),
  school_year: z.string(),
});
export type OpenActionRow = z.infer<typeof openActionRow>;

/** Open and running actions of a locatie (or partnership-wide when null) on a canonical theme. */
export async function listOpenActionsOnTheme(
  db: EntityManager,
  partnershipId: string,
  locationId: string | null,
  canonicalThemeCode: string,
): Promise<OpenActionRow[]> {
  const rows: unknown[] = await db.query(
    `select a.id, a.title, a.description, a.owner_role, a.owner_name, to_char(a.due_on, 'YYYY-MM-DD') as due_on,
            a.status, a.pdca_phase, c.school_year
       from action a
       join cycle c on c.id = a.cycle_id
      where a.partnership_id = $1 and a.location_id is not distinct from $2::uuid
        and a.status in ('open', 'in_progress')
        and a.theme_code in (select ct.code from content_theme ct where ct.canonical_code = $3)
      order by a.due_on nulls last, a.created_at, a.id`,
    [partnershipId, locationId, canonicalThemeCode],
  );
  return rows.map((r) => openActionRow.parse(r));
}
