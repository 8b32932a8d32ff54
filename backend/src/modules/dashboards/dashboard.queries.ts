import type { EntityManager } from 'typeorm';
import { z } from 'zod';

/**
 * Aggregations for the dashboards, one function per chart, all in SQL (DESIGN §5).
 *
 * Placements are ordinal, so levels are medians, never means. `percentile_disc(0.5)` returns the
 * first value whose cumulative share reaches one half: for an even count that is the lower of the
 * two middle values, so the result is always a scale point that was actually given.
 */

const placement = z.coerce.number().nullable();

/**
 * The result of one (locatie, theme, schooljaar): over every finalised session on that theme
 * at that locatie in that year, whichever evaluation it was in; themes recorded under an older
 * content version count for the theme they continue as (content_theme.canonical_code).
 */
const LOCATION_RESULTS = `
  select e.location_id, c.school_year,
         percentile_disc(0.5) within group (order by ts.current_placement) as current,
         percentile_disc(0.5) within group (order by ts.desired_placement) as desired,
         min(ts.current_placement) as current_low,
         max(ts.current_placement) as current_high,
         count(ts.current_placement)::int as groups
    from theme_session ts
    join evaluation e on e.id = ts.evaluation_id
    join cycle c on c.id = e.cycle_id
    join content_theme ct on ct.content_version_id = ts.content_version_id and ct.code = ts.theme_code
   where e.partnership_id = $1
     and e.status = 'finalised'
     and e.location_id is not null
     and ct.canonical_code = $2
     and (ts.current_placement is not null or ts.desired_placement is not null)
   group by e.location_id, c.school_year`;

const trajectoryRow = z.object({
  level: z.enum(['location', 'partnership']),
  location_id: z.string().nullable(),
  school_year: z.string(),
  current: placement,
  desired: placement,
  current_low: placement,
  current_high: placement,
  groups: z.number(),
});
export type TrajectoryRow = z.infer<typeof trajectoryRow>;

/** Locatie results and, per year, the partnership line: the median of the locaties' results. */
export async function themeTrajectoryRows(
  db: EntityManager,
  partnershipId: string,
  canonicalThemeCode: string,
): Promise<TrajectoryRow[]> {
  const rows: unknown[] = await db.query(
    `with results as (${LOCATION_RESULTS})
     select 'location' as level, location_id, school_year, current, desired, current_low, current_high, groups
       from results
     union all
     select 'partnership', null, school_year,
            percentile_disc(0.5) within group (order by current),
            percentile_disc(0.5) within group (order by desired),
            min(current), max(current), count(current)::int
       from results
      group by school_year
     order by school_year`,
    [partnershipId, canonicalThemeCode],
  );
  return rows.map((r) => trajectoryRow.parse(r));
}

const schoolYearRow = z.object({ school_year: z.string() });

export async function partnershipSchoolYears(db: EntityManager, partnershipId: string): Promise<string[]> {
  const rows: unknown[] = await db.query(
    `select school_year from cycle where partnership_id = $1 order by school_year`,
    [partnershipId],
  );
  return rows.map((r) => schoolYearRow.parse(r).school_year);
}
