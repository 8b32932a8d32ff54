import type { EntityManager } from 'typeorm';
import { z } from 'zod';

/**
 * Aggregations for the dashboards, one function per chart, all in SQL (DESIGN §5).
 *
 * Placements are ordinal, so levels are medians, never means. `percentile_disc(0.5)` returns the
 * first value whose cumulative share reaches one half: for an even count that is the lower of the
 * two middle values, so the result is always a scale point that was actually given.
 *
 * Every query starts from the partnership's finalised evaluations (`evaluation.partnership_id`,
 * indexed) and takes the same five filter parameters $1–$5 (see `SqlFilters`); chart-specific
 * parameters follow from $6.
 */

/** Filters as SQL parameters; null means "no filter". Theme codes are canonical (current version). */
export type SqlFilters = {
  partnershipId: string;
  schoolYears: string[] | null;
  locationIds: string[] | null;
  targetGroupId: string | null;
  themeCodes: string[] | null;
};

const filterParams = (f: SqlFilters): unknown[] => [
  f.partnershipId,
  f.schoolYears,
  f.locationIds,
  f.targetGroupId,
  f.themeCodes,
];

/**
 * The finalised theme sessions in view. Themes recorded under an older content version count for
 * the theme they continue as (content_theme.canonical_code). `location_id` is null for a
 * partnership-wide evaluation. The locatie filter leaves partnership-wide evaluations out.
 */
const SESSIONS = `
  sessions as (
    select ts.id as session_id, e.id as evaluation_id, e.location_id, c.school_year, ct.canonical_code as theme,
           e.content_version_id, ts.group_label, ts.current_placement, ts.desired_placement,
           (ts.current_placement is not null or ts.desired_placement is not null) as placed
      from evaluation e
      join cycle c on c.id = e.cycle_id
      join theme_session ts on ts.evaluation_id = e.id and ts.partnership_id = e.partnership_id
      join content_theme ct on ct.content_version_id = ts.content_version_id and ct.code = ts.theme_code
     where e.partnership_id = $1
       and e.status = 'finalised'
       and ($2::text[] is null or c.school_year = any($2::text[]))
       and ($3::uuid[] is null or e.location_id = any($3::uuid[]))
       and ($4::uuid is null or exists (
             select 1 from evaluation_target_group etg where etg.evaluation_id = e.id and etg.target_group_id = $4::uuid))
       and ($5::text[] is null or ct.canonical_code = any($5::text[])))`;

/**
 * One result per (locatie, theme, schooljaar): over every finalised session on that theme at that
 * locatie in that year, whichever evaluation it was in. Current and desired separately.
 */
const RESULTS = `
  results as (
    select location_id, theme, school_year,
           percentile_disc(0.5) within group (order by current_placement) as current,
           percentile_disc(0.5) within group (order by desired_placement) as desired,
           min(current_placement) as current_low,
           max(current_placement) as current_high,
           count(current_placement)::int as groups
      from sessions
     where location_id is not null and placed
     group by location_id, theme, school_year)`;

const WITH_RESULTS = `with ${SESSIONS}, ${RESULTS}`;

const num = z.coerce.number();
const placement = num.nullable();
const int = z.number().int();

async function rows<T extends z.ZodType>(
  db: EntityManager,
  schema: T,
  sql: string,
  params: unknown[],
): Promise<z.infer<T>[]> {
  const result: unknown[] = await db.query(sql, params);
  return result.map((r) => schema.parse(r));
}

// ---------------------------------------------------------------------------------------------
// Data version

const versionRow = z.object({ version: z.string() });

/**
 * The partnership's dashboard data version, which every write to its dashboard data raises in
 * the writing transaction (migration DashboardDataVersion); null when it has no row yet. A
 * bigint, so kept as the string pg returns.
 */
export async function dashboardDataVersion(
  db: EntityManager,
  partnershipId: string,
): Promise<string | null> {
  const [row] = await rows(
    db,
    versionRow,
    `select version::text as version from dashboard_data_version where partnership_id = $1`,
    [partnershipId],
  );
  return row?.version ?? null;
}

// ---------------------------------------------------------------------------------------------
// What the numbers rest on

const basisRow = z.object({ locations: int, sessions: int });
export type BasisRow = z.infer<typeof basisRow>;

/** How many locaties and placed sessions are in view: the n every response states. */
export async function basisCounts(db: EntityManager, f: SqlFilters): Promise<BasisRow> {
  const [row] = await rows(
    db,
    basisRow,
    `with ${SESSIONS}
     select count(distinct location_id)::int as locations, count(*)::int as sessions from sessions where placed`,
    filterParams(f),
  );
  return row ?? { locations: 0, sessions: 0 };
}

const frameRow = z.object({
  name: z.string(),
  open_comparison: z.boolean(),
  min_role_group_size: z.number().int(),
  locations: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
  school_years: z.array(z.string()),
  basis_locations: int,
  basis_sessions: int,
  latest_year: z.string().nullable(),
});
export type FrameRow = z.infer<typeof frameRow>;

/**
 * Everything around a chart in one round trip: the partnership's settings; the locaties the
 * caller may see by name (`$6`, null: all; open comparison opens them all), narrowed by the
 * locatie filter; the school years in view; n; and the newest year with a result.
 */
export async function dashboardFrame(
  db: EntityManager,
  f: SqlFilters,
  ownLocationIds: readonly string[] | null,
): Promise<FrameRow | undefined> {
  const [row] = await rows(
    db,
    frameRow,
    `with ${SESSIONS}
     select p.name, p.open_comparison, p.min_role_group_size,
            coalesce((
              select json_agg(json_build_object('id', l.id, 'name', l.name, 'kind', l.kind) order by l.archived_at nulls first, l.name)
                from location l
               where l.partnership_id = $1
                 and ($6::uuid[] is null or p.open_comparison or l.id = any($6::uuid[]))
                 and ($3::uuid[] is null or l.id = any($3::uuid[]))), '[]') as locations,
            coalesce((
              select array_agg(c.school_year order by c.school_year)
                from cycle c
               where c.partnership_id = $1 and ($2::text[] is null or c.school_year = any($2::text[]))), '{}') as school_years,
            (select count(distinct location_id)::int from sessions where placed) as basis_locations,
            (select count(*)::int from sessions where placed) as basis_sessions,
            (select max(school_year) from sessions where placed) as latest_year
       from partnership p
      where p.id = $1`,
    [...filterParams(f), ownLocationIds],
  );
  return row;
}

const schoolYearRow = z.object({ school_year: z.string() });

/** The partnership's school years (cycles), optionally only those chosen. */
export async function partnershipSchoolYears(
  db: EntityManager,
  partnershipId: string,
  only: string[] | null = null,
): Promise<string[]> {
  const result = await rows(
    db,
    schoolYearRow,
    `select school_year from cycle where partnership_id = $1 and ($2::text[] is null or school_year = any($2::text[])) order by school_year`,
    [partnershipId, only],
  );
  return result.map((r) => r.school_year);
}

// ---------------------------------------------------------------------------------------------
// Ontwikkeling

const trajectoryRow = z.object({
  level: z.enum(['location', 'partnership', 'partnership_wide']),
  location_id: z.string().nullable(),
  school_year: z.string(),
  current: placement,
  desired: placement,
  current_low: placement,
  current_high: placement,
  groups: int,
  /** Partnership rows: how many of those locaties the viewer sees by name. */
  named: int,
});
export type TrajectoryRow = z.infer<typeof trajectoryRow>;

/**
 * Locatie results; per year the partnership line (the median of the locaties' results, spread
 * and n, and how many of them the viewer sees by name: $6, null = all); and partnership-wide
 * evaluations as a line of their own, never a locatie's result.
 */
export async function themeTrajectoryRows(
  db: EntityManager,
  f: SqlFilters,
  namedLocationIds: readonly string[] | null,
): Promise<TrajectoryRow[]> {
  return rows(
    db,
    trajectoryRow,
    `${WITH_RESULTS}
     select 'location' as level, location_id, school_year, current, desired, current_low, current_high, groups,
            0 as named
       from results
     union all
     select 'partnership', null, school_year,
            percentile_disc(0.5) within group (order by current),
            percentile_disc(0.5) within group (order by desired),
            min(current), max(current), count(current)::int,
            count(current) filter (where $6::uuid[] is null or location_id = any($6::uuid[]))::int
       from results
      group by school_year
     union all
     select 'partnership_wide', null, school_year,
            percentile_disc(0.5) within group (order by current_placement),
            percentile_disc(0.5) within group (order by desired_placement),
            min(current_placement), max(current_placement), count(current_placement)::int, 0
       from sessions
      where location_id is null and placed
      group by school_year
     order by school_year`,
    [...filterParams(f), namedLocationIds],
  );
}

const coverageRow = z.object({
  level: z.enum(['location', 'partnership_wide', 'theme']),
  location_id: z.string().nullable(),
  theme: z.string(),
  last_year: z.string().nullable(),
  years_since: z.number().int().nullable(),
  stale: z.boolean().nullable(),
  sessions: z.number().int().nullable(),
  locations: z.number().int().nullable(),
  evaluated: z.number().int().nullable(),
  stale_count: z.number().int().nullable(),
});
export type CoverageRow = z.infer<typeof coverageRow>;

/**
 * Locatie × theme: the last school year with a finalised session, counted back from the newest
 * school year in view; stale when that is two or more years ago or never. The locaties are the
 * active ones plus archived ones with sessions in view. `$6` is the grid's theme codes.
 */
export async function coverageRows(
  db: EntityManager,
  f: SqlFilters,
  gridThemes: string[],
): Promise<CoverageRow[]> {
  return rows(
    db,
    coverageRow,
    `with ${SESSIONS},
     ref as (
       select max(school_year) as year from cycle
        where partnership_id = $1 and ($2::text[] is null or school_year = any($2::text[]))),
     locs as (
       select l.id from location l
        where l.partnership_id = $1
          and ($3::uuid[] is null or l.id = any($3::uuid[]))
          and (l.archived_at is null or exists (select 1 from sessions s where s.location_id = l.id))),
     last as (
       select location_id, theme, max(school_year) as last_year, count(*)::int as sessions
         from sessions group by location_id, theme),
     grid as (
       select l.id as location_id, t.theme, last.last_year, coalesce(last.sessions, 0) as sessions,
              substr(ref.year, 1, 4)::int - substr(last.last_year, 1, 4)::int as years_since
         from locs l
        cross join unnest($6::text[]) as t(theme)
        cross join ref
         left join last on last.location_id = l.id and last.theme = t.theme),
     wide as (
       select t.theme, last.last_year, coalesce(last.sessions, 0) as sessions,
              substr(ref.year, 1, 4)::int - substr(last.last_year, 1, 4)::int as years_since
         from unnest($6::text[]) as t(theme)
        cross join ref
         left join last on last.location_id is null and last.theme = t.theme
        where exists (select 1 from sessions where location_id is null))
     select 'location' as level, location_id, theme, last_year, years_since,
            (last_year is null or years_since >= 2) as stale, sessions,
            null::int as locations, null::int as evaluated, null::int as stale_count
       from grid
     union all
     select 'partnership_wide', null, theme, last_year, years_since, (last_year is null or years_since >= 2), sessions,
            null, null, null
       from wide
     union all
     select 'theme', null, theme, null, null, null, null,
            count(*)::int, count(last_year)::int, count(*) filter (where last_year is null or years_since >= 2)::int
       from grid
      group by theme`,
    [...filterParams(f), gridThemes],
  );
}

const gapRow = z.object({
  level: z.enum(['summary', 'distribution']),
  theme: z.string(),
  school_year: z.string(),
  gap: placement,
  locations: int,
  median_current: placement,
  median_desired: placement,
  median_gap: placement,
  low_gap: placement,
  high_gap: placement,
});
export type GapRow = z.infer<typeof gapRow>;

/** Per theme and year, the gap desired − current of the locaties' results: median, range, histogram. */
export async function gapRows(db: EntityManager, f: SqlFilters): Promise<GapRow[]> {
  return rows(
    db,
    gapRow,
    `${WITH_RESULTS},
     gaps as (
       select theme, school_year, current, desired, desired - current as gap
         from results where current is not null and desired is not null)
     select 'summary' as level, theme, school_year, null::numeric as gap, count(*)::int as locations,
            percentile_disc(0.5) within group (order by current) as median_current,
            percentile_disc(0.5) within group (order by desired) as median_desired,
            percentile_disc(0.5) within group (order by gap) as median_gap,
            min(gap) as low_gap, max(gap) as high_gap
       from gaps group by theme, school_year
     union all
     select 'distribution', theme, school_year, gap, count(*)::int, null, null, null, null, null
       from gaps group by theme, school_year, gap
     order by theme, school_year, gap nulls first`,
    filterParams(f),
  );
}

const ambitionRow = z.object({
  level: z.enum(['summary', 'latest']),
  theme: z.string(),
  school_year: z.string(),
  location_id: z.string().nullable(),
  previous_year: z.string().nullable(),
  previous_desired: placement,
  current: placement,
  desired: placement,
  reached: z.boolean().nullable(),
  ambition: z.enum(['rose', 'same', 'fell']).nullable(),
  locations: int.nullable(),
  reached_count: int.nullable(),
  rose: int.nullable(),
  same: int.nullable(),
  fell: int.nullable(),
});
export type AmbitionRow = z.infer<typeof ambitionRow>;

/**
 * Each (locatie, theme) result against the previous result of the same locatie and theme: did
 * the current placement reach the earlier desired one, did the desired one rise. Summaries per
 * theme and year over all locaties in view; the newest comparison per (locatie, theme) only for
 * the locaties in `$6` (null: all), so other locaties never leave the database for a locatie user.
 */
export async function ambitionRows(
  db: EntityManager,
  f: SqlFilters,
  namedLocationIds: readonly string[] | null,
): Promise<AmbitionRow[]> {
  return rows(
    db,
    ambitionRow,
    `${WITH_RESULTS},
     paired as (
       select location_id, theme, school_year, current, desired,
              lag(school_year) over w as previous_year,
              lag(desired) over w as previous_desired
         from results
       window w as (partition by location_id, theme order by school_year)),
     compared as (
       select *, current >= previous_desired as reached,
              case when desired > previous_desired then 'rose'
                   when desired = previous_desired then 'same'
                   when desired < previous_desired then 'fell' end as ambition
         from paired
        where previous_year is not null and previous_desired is not null and current is not null)
     select 'summary' as level, theme, school_year, null::uuid as location_id, null as previous_year,
            null::numeric as previous_desired, null::numeric as current, null::numeric as desired,
            null::boolean as reached, null as ambition,
            count(*)::int as locations, count(*) filter (where reached)::int as reached_count,
            count(*) filter (where ambition = 'rose')::int as rose,
            count(*) filter (where ambition = 'same')::int as same,
            count(*) filter (where ambition = 'fell')::int as fell
       from compared group by theme, school_year
     union all
     select * from (
       select distinct on (location_id, theme)
              'latest', theme, school_year, location_id, previous_year, previous_desired, current, desired,
              reached, ambition, null::int, null::int, null::int, null::int, null::int
         from compared
        where $6::uuid[] is null or location_id = any($6::uuid[])
        order by location_id, theme, school_year desc) latest
     order by 1 desc, theme, school_year`,
    [...filterParams(f), namedLocationIds],
  );
}

const transitionRow = z.object({
  level: z.enum(['theme', 'all', 'theme_total', 'total']),
  theme: z.string().nullable(),
  from_placement: placement,
  to_placement: placement,
  steps: int,
  locations: int,
});
export type TransitionRow = z.infer<typeof transitionRow>;

/**
 * From one result of a (locatie, theme) to its next one within the view: how many steps went
 * from scenario x to y, per theme and over all themes; `theme_total` and `total` state the steps
 * and locaties.
 */
export async function transitionRows(db: EntityManager, f: SqlFilters): Promise<TransitionRow[]> {
  return rows(
    db,
    transitionRow,
    `${WITH_RESULTS},
     steps as (
       select location_id, theme, lag(current) over w as from_placement, current as to_placement
         from results
        where current is not null
       window w as (partition by location_id, theme order by school_year))
     select case when grouping(from_placement) = 0 and grouping(theme) = 0 then 'theme'
                 when grouping(from_placement) = 0 then 'all'
                 when grouping(theme) = 0 then 'theme_total'
                 else 'total' end as level,
            theme, from_placement, to_placement, count(*)::int as steps, count(distinct location_id)::int as locations
       from steps
      where from_placement is not null
      group by grouping sets ((theme, from_placement, to_placement), (from_placement, to_placement), (theme), ())
      order by 1, theme, from_placement, to_placement`,
    filterParams(f),
  );
}

// ---------------------------------------------------------------------------------------------
// Waarborgen: the theme → waarborg mapping comes in as two parallel arrays ($6 themes, $7 waarborgen)

const MAPPED = `
  mapped as (
    select m.safeguard, r.*
      from results r
      join unnest($6::text[], $7::text[]) as m(theme, safeguard) on m.theme = r.theme
     where r.current is not null)`;

export type SafeguardMapping = { themes: string[]; safeguards: string[] };

const safeguardRow = z.object({
  level: z.enum(['year', 'point', 'rank']),
  safeguard: z.string(),
  school_year: z.string(),
  theme: z.string().nullable(),
  placement: placement,
  results: int,
  locations: int,
  median: placement,
  desired_median: placement,
  low: placement,
  high: placement,
});
export type SafeguardRow = z.infer<typeof safeguardRow>;

/**
 * Per waarborg and year: the (locatie, theme) results of every theme linked to it (a theme counts
 * for each of its waarborgen), counted per scale point (`point`), with the median, n results and
 * n locaties (`year`); and per waarborg, in its newest year with results, each linked theme's
 * median, range and n over locaties (`rank`).
 */
export async function safeguardRows(
  db: EntityManager,
  f: SqlFilters,
  mapping: SafeguardMapping,
): Promise<SafeguardRow[]> {
  return rows(
    db,
    safeguardRow,
    `${WITH_RESULTS}, ${MAPPED},
     latest as (select safeguard, max(school_year) as school_year from mapped group by safeguard)
     select case when grouping(current) = 1 then 'year' else 'point' end as level,
            safeguard, school_year, null as theme, current as placement, count(*)::int as results,
            count(distinct location_id)::int as locations,
            percentile_disc(0.5) within group (order by current) as median,
            percentile_disc(0.5) within group (order by desired) as desired_median,
            null::numeric as low, null::numeric as high
       from mapped
      group by grouping sets ((safeguard, school_year), (safeguard, school_year, current))
     union all
     select 'rank', m.safeguard, m.school_year, m.theme, null, count(*)::int, count(*)::int,
            percentile_disc(0.5) within group (order by m.current), null, min(m.current), max(m.current)
       from mapped m
       join latest l on l.safeguard = m.safeguard and l.school_year = m.school_year
      group by m.safeguard, m.theme, m.school_year
     order by 1 desc, 2, 3, 8 desc nulls last, 4, 5 nulls first`,
    [...filterParams(f), mapping.themes, mapping.safeguards],
  );
}

const safeguardThreadRow = z.object({
  safeguard: z.string(),
  id: z.string(),
  name: z.string(),
  school_year: z.string(),
  themes: z.array(z.string()),
});
export type SafeguardThreadRow = z.infer<typeof safeguardThreadRow>;

/**
 * Confirmed rode lijnen per waarborg: a thread belongs to the waarborgen of its theme, or of the
 * themes of its findings. Chosen school years and themes narrow it like the charts.
 */
export async function safeguardThreadRows(
  db: EntityManager,
  f: Pick<SqlFilters, 'partnershipId' | 'schoolYears' | 'themeCodes'>,
  mapping: SafeguardMapping,
): Promise<SafeguardThreadRow[]> {
  return rows(
    db,
    safeguardThreadRow,
    `select m.safeguard, t.id, t.name, c.school_year, array_agg(distinct th.theme order by th.theme) as themes
       from common_thread t
       join cycle c on c.id = t.cycle_id
      cross join lateral (
        select t.theme_code as theme where t.theme_code is not null
        union
        select ct.canonical_code
          from common_thread_finding ctf
          join finding f on f.id = ctf.finding_id
          join theme_session ts on ts.id = f.theme_session_id
          join content_theme ct on ct.content_version_id = ts.content_version_id and ct.code = ts.theme_code
         where ctf.common_thread_id = t.id) th
       join unnest($4::text[], $5::text[]) as m(theme, safeguard) on m.theme = th.theme
      where t.partnership_id = $1
        and t.status = 'confirmed'
        and ($2::text[] is null or c.school_year = any($2::text[]))
        and ($3::text[] is null or th.theme = any($3::text[]))
      group by m.safeguard, t.id, t.name, c.school_year
      order by m.safeguard, c.school_year desc, t.name`,
    [f.partnershipId, f.schoolYears, f.themeCodes, mapping.themes, mapping.safeguards],
  );
}

const safeguardResultRow = z.object({
  safeguard: z.string(),
  school_year: z.string(),
  theme: z.string(),
  location_name: z.string(),
  current: placement,
  desired: placement,
  current_low: placement,
  current_high: placement,
  groups: int,
});
export type SafeguardResultRow = z.infer<typeof safeguardResultRow>;

/** The underlying (locatie, theme, year) results per waarborg, for locaties in `$8` (null: all). */
export async function safeguardResultRows(
  db: EntityManager,
  f: SqlFilters,
  mapping: SafeguardMapping,
  namedLocationIds: readonly string[] | null,
): Promise<SafeguardResultRow[]> {
  return rows(
    db,
    safeguardResultRow,
    `${WITH_RESULTS}, ${MAPPED}
     select m.safeguard, m.school_year, m.theme, l.name as location_name,
            m.current, m.desired, m.current_low, m.current_high, m.groups
       from mapped m
       join location l on l.id = m.location_id
      where $8::uuid[] is null or m.location_id = any($8::uuid[])
      order by m.safeguard, m.school_year, m.theme, l.name`,
    [...filterParams(f), mapping.themes, mapping.safeguards, namedLocationIds],
  );
}

const reportBasisRow = z.object({
  level: z.enum(['present', 'placements', 'version']),
  key: z.string(),
  count: int,
});
export type ReportBasisRow = z.infer<typeof reportBasisRow>;

/**
 * What a report rests on beyond n: participants present per role (from who sat at the table),
 * individual placements per role, and the content versions of the sessions in view.
 */
export async function reportBasisRows(db: EntityManager, f: SqlFilters): Promise<ReportBasisRow[]> {
  return rows(
    db,
    reportBasisRow,
    `with ${SESSIONS}
     select 'present' as level, sp.role as key, sum(sp.present)::int as count
       from session_participant sp join sessions s on s.session_id = sp.theme_session_id
      where sp.partnership_id = $1 and s.placed
      group by sp.role
     union all
     select 'placements', ip.role, count(*)::int
       from individual_placement ip join sessions s on s.session_id = ip.theme_session_id
      where ip.partnership_id = $1 and s.placed
      group by ip.role
     union all
     select 'version', content_version_id, count(*)::int from sessions where placed group by content_version_id
     order by 1, 2`,
    filterParams(f),
  );
}

// ---------------------------------------------------------------------------------------------
// Rode lijnen: heatmap

const heatmapRow = z.object({
  level: z.enum(['location', 'partnership', 'partnership_wide']),
  location_id: z.string().nullable(),
  theme: z.string(),
  current: placement,
  desired: placement,
  current_low: placement,
  current_high: placement,
  groups: int,
});
export type HeatmapRow = z.infer<typeof heatmapRow>;

/**
 * Locaties × themes for the year(s) in the filter (the service passes one): the locatie results
 * for the locaties in `$6` (null: all), per theme the median over all locaties in view, and the
 * partnership-wide sessions.
 */
export async function heatmapRows(
  db: EntityManager,
  f: SqlFilters,
  namedLocationIds: readonly string[] | null,
): Promise<HeatmapRow[]> {
  return rows(
    db,
    heatmapRow,
    `${WITH_RESULTS}
     select 'location' as level, location_id, theme, current, desired, current_low, current_high, groups
       from results
      where $6::uuid[] is null or location_id = any($6::uuid[])
     union all
     select 'partnership', null, theme, percentile_disc(0.5) within group (order by current), null,
            min(current), max(current), count(current)::int
       from results group by theme
     union all
     select 'partnership_wide', null, theme,
            percentile_disc(0.5) within group (order by current_placement),
            percentile_disc(0.5) within group (order by desired_placement),
            min(current_placement), max(current_placement), count(current_placement)::int
       from sessions where location_id is null and placed group by theme`,
    [...filterParams(f), namedLocationIds],
  );
}

// ---------------------------------------------------------------------------------------------
// Onze locatie

const locationTrajectoryRow = z.object({
  level: z.enum(['location', 'partnership']),
  theme: z.string(),
  school_year: z.string(),
  current: placement,
  desired: placement,
  current_low: placement,
  current_high: placement,
  groups: int,
  /** Partnership rows: how many of those locaties the viewer already sees by name. */
  named: int,
});
export type LocationTrajectoryRow = z.infer<typeof locationTrajectoryRow>;

/**
 * One locatie's results per theme and year ($6), and the median, range and n over all locaties,
 * with how many of those are among the viewer's named locaties ($7; null = all of them).
 */
export async function locationTrajectoryRows(
  db: EntityManager,
  f: SqlFilters,
  locationId: string,
  namedLocationIds: readonly string[] | null,
): Promise<LocationTrajectoryRow[]> {
  return rows(
    db,
    locationTrajectoryRow,
    `${WITH_RESULTS}
     select 'location' as level, theme, school_year, current, desired, current_low, current_high, groups,
            0 as named
       from results where location_id = $6::uuid
     union all
     select 'partnership', theme, school_year, percentile_disc(0.5) within group (order by current), null,
            min(current), max(current), count(current)::int,
            count(current) filter (where $7::uuid[] is null or location_id = any($7::uuid[]))::int
       from results group by theme, school_year
     order by theme, school_year`,
    [...filterParams(f), locationId, namedLocationIds],
  );
}

const locationFindingRow = z.object({
  id: z.string(),
  school_year: z.string(),
  theme: z.string(),
  kind: z.enum(['strength', 'development']),
  text: z.string(),
});
export type LocationFindingRow = z.infer<typeof locationFindingRow>;

/** The findings of the sessions in view (the service narrows the view to one locatie), newest first. */
export async function findingRows(db: EntityManager, f: SqlFilters): Promise<LocationFindingRow[]> {
  return rows(
    db,
    locationFindingRow,
    `with ${SESSIONS}
     select fi.id, s.school_year, s.theme, fi.kind, fi.text
       from sessions s
       join finding fi on fi.theme_session_id = s.session_id and fi.partnership_id = $1
      order by s.school_year desc, s.theme, fi.kind desc, s.group_label, fi.position`,
    filterParams(f),
  );
}

const openActionRow = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(['open', 'in_progress']),
  theme_code: z.string().nullable(),
  owner_role: z.string(),
  due_on: z.string().nullable(),
  school_year: z.string(),
});
export type OpenActionRow = z.infer<typeof openActionRow>;

/** A locatie's actions that are still open or in progress, whatever cycle they belong to. */
export async function openActionRows(
  db: EntityManager,
  partnershipId: string,
  locationId: string,
  themeCodes: string[] | null,
): Promise<OpenActionRow[]> {
  return rows(
    db,
    openActionRow,
    `select a.id, a.title, a.status, a.theme_code, a.owner_role, to_char(a.due_on, 'YYYY-MM-DD') as due_on, c.school_year
       from action a
       join cycle c on c.id = a.cycle_id
      where a.partnership_id = $1 and a.location_id = $2
        and a.status in ('open', 'in_progress')
        and ($3::text[] is null or a.theme_code = any($3::text[]))
      order by a.due_on nulls last, c.school_year desc, a.title`,
    [partnershipId, locationId, themeCodes],
  );
}

// ---------------------------------------------------------------------------------------------
// Rolperspectieven: $6 minimum role group size, $7/$8 role codes and their side (school/instituut/beide)

const rolePerspectiveRow = z.object({
  level: z.enum(['theme', 'session']),
  part: z.enum(['role', 'side', 'all', 'group']),
  theme: z.string(),
  session_id: z.string().nullable(),
  location_id: z.string().nullable(),
  school_year: z.string().nullable(),
  group_label: z.string().nullable(),
  /** A role code, or null for "overige rollen" (roles below the minimum, merged). */
  role_group: z.string().nullable(),
  side: z.string().nullable(),
  median: placement,
  low: placement,
  high: placement,
  participants: int,
  sessions: int,
});
export type RolePerspectiveRow = z.infer<typeof rolePerspectiveRow>;

const PLACEMENTS = `
  individual as (
    select s.session_id, s.theme, s.location_id, s.school_year, s.group_label, s.current_placement as group_current,
           ip.role, ip.current_placement as p, coalesce(rs.side, 'beide') as side
      from sessions s
      join individual_placement ip on ip.theme_session_id = s.session_id and ip.partnership_id = $1
      left join unnest($7::text[], $8::text[]) as rs(role, side) on rs.role = ip.role)`;

/**
 * Per theme: each role's lower median and range of individual placements, the roles below the
 * minimum merged (role_group null), per side, over everyone, and the group placement (median of
 * the sessions' placements). A role counts as large enough over all sessions of the theme.
 */
export async function themeRolePerspectiveRows(
  db: EntityManager,
  f: SqlFilters,
  minGroupSize: number,
  roleSides: { roles: string[]; sides: string[] },
): Promise<RolePerspectiveRow[]> {
  return rows(
    db,
    rolePerspectiveRow,
    `with ${SESSIONS}, ${PLACEMENTS},
     tagged as (
       select *, case when count(*) over (partition by theme, role) >= $6::int then role end as role_group
         from individual)
     select 'theme' as level,
            case when grouping(role_group) = 0 then 'role' when grouping(side) = 0 then 'side' else 'all' end as part,
            theme, null::uuid as session_id, null::uuid as location_id, null as school_year, null as group_label,
            role_group, side,
            percentile_disc(0.5) within group (order by p) as median, min(p) as low, max(p) as high,
            count(*)::int as participants, count(distinct session_id)::int as sessions
       from tagged
      group by grouping sets ((theme, role_group), (theme, side), (theme))
     union all
     select 'theme', 'group', theme, null, null, null, null, null, null,
            percentile_disc(0.5) within group (order by group_current), min(group_current), max(group_current),
            count(group_current)::int, count(*)::int
       from (select distinct session_id, theme, group_current from individual) s
      group by theme
     order by theme`,
    [...filterParams(f), minGroupSize, roleSides.roles, roleSides.sides],
  );
}

/** The same per theme session, for sessions at the locaties in `$9` (null: all). */
export async function sessionRolePerspectiveRows(
  db: EntityManager,
  f: SqlFilters,
  minGroupSize: number,
  roleSides: { roles: string[]; sides: string[] },
  namedLocationIds: readonly string[] | null,
): Promise<RolePerspectiveRow[]> {
  return rows(
    db,
    rolePerspectiveRow,
    `with ${SESSIONS}, ${PLACEMENTS},
     tagged as (
       select *, case when count(*) over (partition by session_id, role) >= $6::int then role end as role_group
         from individual
        where $9::uuid[] is null or location_id = any($9::uuid[]))
     select 'session' as level,
            case when grouping(role_group) = 0 then 'role' when grouping(side) = 0 then 'side' else 'all' end as part,
            theme, session_id, location_id, school_year, group_label, role_group, side,
            percentile_disc(0.5) within group (order by p) as median, min(p) as low, max(p) as high,
            count(*)::int as participants, 1 as sessions
       from tagged
      group by grouping sets (
        (session_id, theme, location_id, school_year, group_label, group_current, role_group),
        (session_id, theme, location_id, school_year, group_label, group_current, side),
        (session_id, theme, location_id, school_year, group_label, group_current))
     union all
     select distinct 'session', 'group', theme, session_id, location_id, school_year, group_label, null, null,
            group_current, group_current, group_current, 1, 1
       from tagged
     order by school_year desc, location_id, group_label, session_id`,
    [...filterParams(f), minGroupSize, roleSides.roles, roleSides.sides, namedLocationIds],
  );
}

// ---------------------------------------------------------------------------------------------
// Rode lijnen: placement patterns and following confirmed threads over the years

const patternYearRow = z.object({
  theme: z.string(),
  school_year: z.string(),
  locations: int,
  at_or_below_two: int,
  gap_locations: int,
  median_gap: placement,
  median_current: placement,
});
export type PatternYearRow = z.infer<typeof patternYearRow>;

/**
 * Per theme and year over the locaties' results: how many locaties, how many at or below
 * scenario 2, the median current placement and the median gap desired − current (with its n).
 */
export async function placementPatternRows(
  db: EntityManager,
  f: SqlFilters,
): Promise<PatternYearRow[]> {
  return rows(
    db,
    patternYearRow,
    `${WITH_RESULTS}
     select theme, school_year, count(*)::int as locations,
            count(*) filter (where current <= 2)::int as at_or_below_two,
            count(desired)::int as gap_locations,
            percentile_disc(0.5) within group (order by desired - current) as median_gap,
            percentile_disc(0.5) within group (order by current) as median_current
       from results
      where current is not null
      group by theme, school_year
      order by theme, school_year`,
    filterParams(f),
  );
}

const threadYearRow = z.object({
  thread_id: z.string(),
  school_year: z.string(),
  locations: int,
  findings: int,
});
export type ThreadYearRow = z.infer<typeof threadYearRow>;

/** Per confirmed rode lijn and school year: the findings linked to it and their locaties. */
export async function confirmedThreadYearRows(
  db: EntityManager,
  partnershipId: string,
): Promise<ThreadYearRow[]> {
  return rows(
    db,
    threadYearRow,
    `select t.id as thread_id, c.school_year, count(distinct e.location_id)::int as locations, count(*)::int as findings
       from common_thread t
       join common_thread_finding ctf on ctf.common_thread_id = t.id
       join finding fi on fi.id = ctf.finding_id
       join theme_session ts on ts.id = fi.theme_session_id
       join evaluation e on e.id = ts.evaluation_id
       join cycle c on c.id = e.cycle_id
      where t.partnership_id = $1 and t.status = 'confirmed'
      group by t.id, c.school_year
      order by t.id, c.school_year`,
    [partnershipId],
  );
}
