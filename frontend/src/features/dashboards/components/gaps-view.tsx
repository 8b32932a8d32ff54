import { useSearchParams } from 'react-router';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { GapChart, GapLegend } from '../../../components/charts/gap-chart';
import { gapRows, latestGapYear } from '../../../components/charts/gap-data';
import { GapTable } from '../../../components/charts/gap-table';
import { Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { useGaps } from '../api/get-gaps';
import { dashboardMessages as m } from '../messages';
import { readYear, toDashboardQuery } from '../utils/dashboard-params';
import type { DashboardOptions } from '../utils/dashboard-options';
import { Basis, NoResults, Updating } from './dashboard-states';
import { FilterBar } from './filter-bar';

// One school year is shown (`jaar`); the comparison needs the earlier years, so no period.
const FIELDS = ['targetGroup', 'safeguard', 'locations'] as const;

/** Huidig en gewenst: per theme the median current and desired placement in one school year. */
export function GapsView({
  partnershipId,
  options,
}: {
  partnershipId: string;
  options: DashboardOptions;
}) {
  const [params] = useSearchParams();
  const gaps = useGaps(partnershipId, toDashboardQuery(params, FIELDS));
  const chosenYear = readYear(params);
  return (
    <div className="dashboard-view">
      <FilterBar fields={['year', ...FIELDS]} options={options} />
      <section aria-labelledby="gaps-title">
        <h2 id="gaps-title">{m.gapsTitle}</h2>
        <p className="section-lead">{m.gapsLead}</p>
        <QueryView query={gaps} loading={<Skeleton lines={10} />}>
          {(data) => {
            const year = chosenYear ?? latestGapYear(data);
            const rows = year ? gapRows(data, year) : [];
            if (!year || rows.every((row) => row.locations === 0)) {
              return <NoResults schoolYears={year ? [year] : data.filters.schoolYears} />;
            }
            return (
              <Updating active={gaps.isPlaceholderData}>
                <ChartFigure
                  caption={m.gapsCaption(year)}
                  basis={<Basis n={data.n} schoolYears={data.filters.schoolYears} />}
                  chart={
                    <GapChart rows={rows} schoolYear={year} scenarioName={options.scenarioName} />
                  }
                  legend={<GapLegend />}
                  table={<GapTable rows={rows} caption={m.gapsTableCaption(year)} />}
                >
                  <details className="how-to-read">
                    <summary>{m.howToRead}</summary>
                    <ul>
                      {m.gapsHowTo.map((point) => (
                        <li key={point}>{point}</li>
                      ))}
                    </ul>
                  </details>
                </ChartFigure>
              </Updating>
            );
          }}
        </QueryView>
      </section>
    </div>
  );
}
