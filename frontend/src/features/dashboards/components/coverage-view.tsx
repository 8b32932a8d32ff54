import { useSearchParams } from 'react-router';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { CoverageGrid } from '../../../components/charts/coverage-grid';
import { isCoverageEmpty } from '../../../components/charts/coverage-data';
import { CoverageTable } from '../../../components/charts/coverage-table';
import { Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { useCoverage } from '../api/get-coverage';
import { dashboardMessages as m } from '../messages';
import { toDashboardQuery } from '../utils/dashboard-params';
import type { DashboardOptions } from '../utils/dashboard-options';
import { Basis, NoResults, Updating } from './dashboard-states';
import { FilterBar } from './filter-bar';

const FIELDS = ['period', 'targetGroup', 'safeguard', 'locations'] as const;

/** Dekking: which themes were evaluated where and when, and which not for two years or more. */
export function CoverageView({
  partnershipId,
  options,
}: {
  partnershipId: string;
  options: DashboardOptions;
}) {
  const [params] = useSearchParams();
  const coverage = useCoverage(partnershipId, toDashboardQuery(params, FIELDS));
  return (
    <div className="dashboard-view">
      <FilterBar fields={FIELDS} options={options} />
      <section aria-labelledby="coverage-title">
        <h2 id="coverage-title">{m.coverageTitle}</h2>
        <p className="section-lead">{m.coverageLead}</p>
        <QueryView query={coverage} loading={<Skeleton lines={10} />}>
          {(data) =>
            isCoverageEmpty(data) ? (
              <NoResults schoolYears={data.filters.schoolYears} />
            ) : (
              <Updating active={coverage.isPlaceholderData}>
                <ChartFigure
                  caption={m.coverageCaption(data.referenceYear)}
                  basis={<Basis n={data.n} schoolYears={data.filters.schoolYears} />}
                  chart={
                    <CoverageGrid coverage={data} label={m.coverageCaption(data.referenceYear)} />
                  }
                  legend={<CoverageLegend />}
                  table={<CoverageTable coverage={data} caption={m.coverageTableCaption} />}
                />
              </Updating>
            )
          }
        </QueryView>
      </section>
    </div>
  );
}

function CoverageLegend() {
  return (
    <div className="chart-legend">
      <ul className="chart-legend__list" aria-label={m.legendLabel}>
        <li>
          <span className="legend-cell coverage__cell--recent" aria-hidden="true" />
          {m.coverageLegendRecent}
        </li>
        <li>
          <span className="legend-cell coverage__cell--stale" aria-hidden="true" />
          {m.coverageLegendStale}
        </li>
        <li>
          <span className="legend-cell coverage__cell--never" aria-hidden="true" />
          {m.coverageLegendNever}
        </li>
      </ul>
    </div>
  );
}
