import type { Ambitions } from '@zet/contracts';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { CountLegend, StackedCountChart } from '../../../components/charts/stacked-count-chart';
import {
  countRowsWithData,
  type CountRow,
  type CountSeries,
} from '../../../components/charts/stacked-count-data';
import { StackedCountTable } from '../../../components/charts/stacked-count-table';
import { PlacementValue } from '../../../components/ui/placement-value';
import { EmptyState, Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { useAmbitions } from '../api/get-ambitions';
import { dashboardMessages as m } from '../messages';
import { readYear, toDashboardQuery } from '../utils/dashboard-params';
import type { DashboardOptions } from '../utils/dashboard-options';
import { ambitionRows, latestAmbitionYear } from '../utils/ambition-rows';
import { Basis, NoResults, Updating } from './dashboard-states';
import { FilterBar } from './filter-bar';

// One school year is shown (`jaar`); the comparison needs the earlier years, so no period.
const FIELDS = ['targetGroup', 'safeguard', 'locations'] as const;

const REACHED: CountSeries[] = [
  { key: 'reached', label: m.reached, color: '#0072B2' },
  { key: 'notReached', label: m.notReached, color: '#E69F00', hatched: true },
];
const AMBITION: CountSeries[] = [
  { key: 'rose', label: m.rose, color: '#009E73' },
  { key: 'same', label: m.same, color: '#bfc5cc' },
  { key: 'fell', label: m.fell, color: '#D55E00', hatched: true },
];

/** Ambities: was last time's desired placement reached, and did the ambition rise? */
export function AmbitionsView({
  partnershipId,
  options,
}: {
  partnershipId: string;
  options: DashboardOptions;
}) {
  const [params] = useSearchParams();
  const ambitions = useAmbitions(partnershipId, toDashboardQuery(params, FIELDS));
  const chosenYear = readYear(params);
  return (
    <div className="dashboard-view">
      <FilterBar fields={['year', ...FIELDS]} options={options} />
      <section aria-labelledby="ambitions-title">
        <h2 id="ambitions-title">{m.ambitionsTitle}</h2>
        <p className="section-lead">{m.ambitionsLead}</p>
        <QueryView query={ambitions} loading={<Skeleton lines={10} />}>
          {(data) => {
            const year = chosenYear ?? latestAmbitionYear(data);
            const rows = year ? ambitionRows(data, year) : [];
            const shown = countRowsWithData(rows);
            if (data.n.sessions === 0) return <NoResults schoolYears={data.filters.schoolYears} />;
            if (!year || shown.length === 0) {
              return (
                <EmptyState title={m.noAmbitionYear}>
                  <p>{m.noFinalisedHelp}</p>
                </EmptyState>
              );
            }
            return (
              <Updating active={ambitions.isPlaceholderData}>
                <div className="figure-stack">
                  <ChartFigure
                    caption={m.reachedCaption(year)}
                    basis={<Basis n={data.n} schoolYears={data.filters.schoolYears} />}
                    chart={
                      <StackedCountChart
                        rows={shown}
                        series={REACHED}
                        summary={m.reachedCaption(year)}
                        nLabel={m.nComparisons}
                      />
                    }
                    legend={<CountLegend series={REACHED} />}
                    table={
                      <CountTable caption={m.reachedCaption(year)} rows={rows} series={REACHED} />
                    }
                  />
                  <ChartFigure
                    caption={m.ambitionCaption(year)}
                    chart={
                      <StackedCountChart
                        rows={shown}
                        series={AMBITION}
                        summary={m.ambitionCaption(year)}
                        nLabel={m.nComparisons}
                      />
                    }
                    legend={<CountLegend series={AMBITION} />}
                    table={
                      <CountTable caption={m.ambitionCaption(year)} rows={rows} series={AMBITION} />
                    }
                  />
                </div>
                <AmbitionDetails data={data} themeName={themeNamer(options)} />
              </Updating>
            );
          }}
        </QueryView>
      </section>
    </div>
  );
}

function themeNamer(options: DashboardOptions) {
  const names = new Map(options.themes.map((t) => [t.code, t.name]));
  return (code: string) => names.get(code) ?? code;
}

function CountTable({
  caption,
  rows,
  series,
}: {
  caption: string;
  rows: CountRow[];
  series: CountSeries[];
}) {
  return (
    <StackedCountTable
      caption={caption}
      rowHeader={m.ambitionHead.theme}
      nHeader="n"
      rows={rows}
      series={series}
      emptyRow={m.noComparison}
    />
  );
}

function AmbitionDetails({
  data,
  themeName,
}: {
  data: Ambitions;
  themeName: (code: string) => string;
}) {
  const captionId = useId();
  if (data.locations.length === 0) return null;
  const h = m.ambitionHead;
  return (
    <details className="details-panel">
      <summary>
        {m.ambitionDetailsTitle} ({data.locations.length})
      </summary>
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table">
          <caption id={captionId}>{m.ambitionDetailsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{h.location}</th>
              <th scope="col">{h.theme}</th>
              <th scope="col">{h.previous}</th>
              <th scope="col">{h.current}</th>
              <th scope="col">{h.reached}</th>
              <th scope="col">{h.desired}</th>
              <th scope="col">{h.ambition}</th>
            </tr>
          </thead>
          <tbody>
            {data.locations.map((row) => (
              <tr key={`${row.location.id}-${row.theme}`}>
                <th scope="row">{row.location.name}</th>
                <td>{themeName(row.theme)}</td>
                <td>
                  <PlacementValue value={row.previousDesired} />
                  <span className="data-table__line data-table__meta">
                    {row.previousSchoolYear}
                  </span>
                </td>
                <td>
                  <PlacementValue value={row.current} />
                  <span className="data-table__line data-table__meta">{row.schoolYear}</span>
                </td>
                <td>{row.reached ? m.yes : m.no}</td>
                <td>
                  <PlacementValue value={row.desired} />
                </td>
                <td>{row.ambition ? m.ambitionWord[row.ambition] : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
