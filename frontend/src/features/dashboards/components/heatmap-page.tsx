import type { MembershipRole } from '@zet/contracts';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { ScaleLegend } from '../../../components/charts/distribution-legend';
import { HeatmapGrid } from '../../../components/charts/heatmap-grid';
import { isHeatmapEmpty } from '../../../components/charts/heatmap-data';
import { HeatmapTable } from '../../../components/charts/heatmap-table';
import { Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { useHeatmap } from '../api/get-heatmap';
import { dashboardMessages as m } from '../messages';
import { readYear, toDashboardQuery } from '../utils/dashboard-params';
import type { DashboardOptions } from '../utils/dashboard-options';
import { DashboardLayout } from './dashboard-layout';
import { joinDutch } from '../../../lib/dutch';
import { Basis, NoResults, Updating } from './dashboard-states';
import { FilterBar } from './filter-bar';
import './dashboards.css';

const FIELDS = ['targetGroup', 'safeguard', 'locations'] as const;

type HeatmapPageProps = {
  partnershipId: string;
  roles: readonly MembershipRole[];
  options: DashboardOptions | undefined;
  optionsFallback: ReactNode;
  /** The rode lijnen of the school year on screen (composed in by the app). */
  threads: (schoolYear: string | null) => ReactNode;
};

/**
 * Rode lijnen: the heatmap of locaties × themes for one school year, and under it the rode
 * lijnen of that year (suggestions to confirm, confirmed ones followed across the years).
 */
export function HeatmapPage({
  partnershipId,
  roles,
  options,
  optionsFallback,
  threads,
}: HeatmapPageProps) {
  return (
    <DashboardLayout
      partnershipId={partnershipId}
      roles={roles}
      title={m.commonThreadsTitle}
      lead={m.commonThreadsLead}
    >
      {options ? (
        <HeatmapView partnershipId={partnershipId} options={options} threads={threads} />
      ) : (
        optionsFallback
      )}
    </DashboardLayout>
  );
}

function HeatmapView({
  partnershipId,
  options,
  threads,
}: {
  partnershipId: string;
  options: DashboardOptions;
  threads: (schoolYear: string | null) => ReactNode;
}) {
  const [params] = useSearchParams();
  const year = readYear(params);
  const heatmap = useHeatmap(partnershipId, {
    ...toDashboardQuery(params, FIELDS),
    schoolYear: year,
  });
  const shownYear = heatmap.data?.schoolYear ?? year ?? null;
  return (
    <div className="dashboard-view">
      <FilterBar fields={['year', ...FIELDS]} options={options} />
      <section aria-labelledby="heatmap-title">
        <h2 id="heatmap-title">{m.heatmapTitle(shownYear)}</h2>
        <QueryView query={heatmap} loading={<Skeleton lines={10} />}>
          {(data) =>
            !data.schoolYear || isHeatmapEmpty(data) ? (
              <NoResults schoolYears={data.schoolYear ? [data.schoolYear] : year ? [year] : []} />
            ) : (
              <Updating active={heatmap.isPlaceholderData}>
                <ChartFigure
                  caption={m.heatmapCaption(data.schoolYear)}
                  basis={<Basis n={data.n} />}
                  chart={<HeatmapGrid heatmap={data} label={m.heatmapCaption(data.schoolYear)} />}
                  legend={<ScaleLegend />}
                  table={
                    <HeatmapTable heatmap={data} caption={m.heatmapTableCaption(data.schoolYear)} />
                  }
                >
                  <WithoutResult
                    names={options.locations
                      .filter((l) => !l.archived && !data.rows.some((r) => r.location.id === l.id))
                      .map((l) => l.name)}
                    schoolYear={data.schoolYear}
                  />
                  <details className="how-to-read">
                    <summary>{m.howToRead}</summary>
                    <ul>
                      {m.heatmapHowTo.map((point) => (
                        <li key={point}>{point}</li>
                      ))}
                    </ul>
                  </details>
                </ChartFigure>
              </Updating>
            )
          }
        </QueryView>
      </section>
      {threads(shownYear)}
    </div>
  );
}

/** Locaties (that this person may see by name) without a result in the year: not a blank row. */
function WithoutResult({ names, schoolYear }: { names: string[]; schoolYear: string }) {
  if (names.length === 0) return null;
  return <p className="muted small">{m.heatmapWithoutResult(schoolYear, joinDutch(names))}</p>;
}
