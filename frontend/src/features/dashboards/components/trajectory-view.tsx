import { useNavigate, useSearchParams } from 'react-router';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { chartMessages } from '../../../components/charts/chart-messages';
import { TrajectoryChart } from '../../../components/charts/trajectory-chart';
import {
  hasWholePartnership,
  isTrajectoryEmpty,
  trajectoryLines,
} from '../../../components/charts/trajectory-chart-data';
import { TrajectoryLegend } from '../../../components/charts/trajectory-legend';
import { TrajectoryTable } from '../../../components/charts/trajectory-table';
import { EmptyState, Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { joinDutch } from '../../../lib/dutch';
import { useThemeTrajectory } from '../api/get-theme-trajectory';
import { dashboardMessages as m } from '../messages';
import { toDashboardQuery } from '../utils/dashboard-params';
import type { DashboardOptions } from '../utils/dashboard-options';
import {
  readSelectedLocations,
  readTheme,
  withLocations,
  withTheme,
} from '../utils/development-params';
import { Basis, Updating } from './dashboard-states';
import { FilterBar } from './filter-bar';
import { LocationPicker, type LocationOption } from './location-picker';
import { ThemePicker } from './theme-picker';

type TrajectoryViewProps = { partnershipId: string; options: DashboardOptions };

/** Ontwikkeling, the trajectory of one theme across school years, per locatie and partnership. */
export function TrajectoryView({ partnershipId, options }: TrajectoryViewProps) {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const themes = options.themes;
  const choice = readTheme(
    searchParams,
    themes.map((theme) => theme.code),
  );
  const query = toDashboardQuery(searchParams, ['period', 'targetGroup']);
  const trajectory = useThemeTrajectory(
    partnershipId,
    choice?.known ? choice.code : undefined,
    query,
  );

  const go = (search: string) =>
    void navigate({ search }, { replace: true, preventScrollReset: true });

  const themeName = themes.find((theme) => theme.code === choice?.code)?.name;
  const series = trajectory.data?.series ?? [];
  const archivedIds = new Set(options.locations.filter((l) => l.archived).map((l) => l.id));
  const lineOptions: LocationOption[] = series.map((s) => ({
    id: s.location.id,
    name: s.location.name,
    archived: archivedIds.has(s.location.id),
  }));
  const selected = readSelectedLocations(
    searchParams,
    lineOptions.map((o) => o.id),
  );
  const lines = trajectory.data ? trajectoryLines(trajectory.data, selected) : [];
  const withLine = new Set(lineOptions.map((o) => o.id));
  const withoutResult = options.locations
    .filter((l) => !l.archived && !withLine.has(l.id))
    .map((l) => l.name);

  if (themes.length === 0) return <EmptyState title={m.themesEmpty} />;

  return (
    <div className="development">
      <div className="development__controls panel" role="group" aria-label={m.controlsLabel}>
        <div className="development__filters">
          <ThemePicker
            themes={themes}
            value={choice?.code}
            onChange={(code) => go(withTheme(searchParams, code))}
          />
          <FilterBar bare fields={['period', 'targetGroup']} options={options} />
        </div>
        {trajectory.data && !trajectory.isPlaceholderData && !isTrajectoryEmpty(trajectory.data) ? (
          <div>
            <LocationPicker
              options={lineOptions}
              selected={selected}
              lines={lines}
              onChange={(ids) => go(withLocations(searchParams, ids))}
            />
            {withoutResult.length > 0 && lineOptions.length > 0 ? (
              <p className="muted small">{m.withoutResult(joinDutch(withoutResult))}</p>
            ) : null}
          </div>
        ) : null}
      </div>

      <section className="development__result" aria-labelledby="trajectory-title">
        <h2 id="trajectory-title">{themeName ?? choice?.code ?? m.chooseTheme}</h2>
        {choice && !choice.known ? (
          <p className="notice" role="alert">
            {m.unknownTheme(choice.code)}
          </p>
        ) : (
          <QueryView
            query={trajectory}
            loading={<Skeleton lines={10} />}
            isEmpty={isTrajectoryEmpty}
            empty={
              <EmptyState title={m.empty}>
                <p>{m.emptyHelp(themeName ?? '')}</p>
              </EmptyState>
            }
          >
            {(data) => (
              <Updating active={trajectory.isPlaceholderData}>
                <ChartFigure
                  caption={chartMessages.trajectoryCaption(data.theme.name)}
                  basis={data.n ? <Basis n={data.n} /> : undefined}
                  chart={
                    <TrajectoryChart
                      trajectory={data}
                      selectedLocationIds={selected}
                      scenarioName={options.scenarioName}
                    />
                  }
                  legend={<TrajectoryLegend lines={lines} showWhole={hasWholePartnership(data)} />}
                  table={<TrajectoryTable trajectory={data} selectedLocationIds={selected} />}
                >
                  <details className="how-to-read">
                    <summary>{m.howToRead}</summary>
                    <ul>
                      {m.howToReadPoints.map((point) => (
                        <li key={point}>{point}</li>
                      ))}
                    </ul>
                  </details>
                </ChartFigure>
              </Updating>
            )}
          </QueryView>
        )}
      </section>
    </div>
  );
}
