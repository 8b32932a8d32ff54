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
