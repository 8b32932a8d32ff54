import type { ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { chartMessages } from '../../../components/charts/chart-messages';
import { TrajectoryChart } from '../../../components/charts/trajectory-chart';
import {
  isTrajectoryEmpty,
  trajectoryLines,
} from '../../../components/charts/trajectory-chart-data';
import { TrajectoryLegend } from '../../../components/charts/trajectory-legend';
import { TrajectoryTable } from '../../../components/charts/trajectory-table';
import { PageHeading } from '../../../components/ui/page-heading';
import { EmptyState, Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { useThemeTrajectory } from '../api/get-theme-trajectory';
import { joinDutch } from '../../../lib/dutch';
import { dashboardMessages as m } from '../messages';
import {
  readSelectedLocations,
  readTheme,
  withLocations,
  withTheme,
} from '../utils/development-params';
import { LocationPicker, type LocationOption } from './location-picker';
import { ThemePicker, type ThemeOption } from './theme-picker';
import './dashboards.css';

export type DevelopmentContent = {
  themes: ThemeOption[];
  scenarioName: (level: number) => string | undefined;
};

type DevelopmentPageProps = {
  partnershipId: string;
  /** Labels from the content; undefined while they load, and `contentFallback` shows instead. */
  content: DevelopmentContent | undefined;
  contentFallback: ReactNode;
  /** All locaties of the partnership: marks archived ones, names those without a result. */
  locations: LocationOption[] | undefined;
};

/** Ontwikkeling: the trajectory of one theme across school years, per locatie and partnership. */
export function DevelopmentPage({
  partnershipId,
  content,
  contentFallback,
  locations,
}: DevelopmentPageProps) {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const themes = content?.themes ?? [];
  const choice = content
    ? readTheme(
        searchParams,
        themes.map((theme) => theme.code),
      )
    : undefined;
  const trajectory = useThemeTrajectory(partnershipId, choice?.known ? choice.code : undefined);

  const go = (search: string) =>
    void navigate({ search }, { replace: true, preventScrollReset: true });

  const themeName = themes.find((theme) => theme.code === choice?.code)?.name;
  const series = trajectory.data?.series ?? [];
  const archivedIds = new Set((locations ?? []).filter((l) => l.archived).map((l) => l.id));
  const options: LocationOption[] = series.map((s) => ({
    id: s.location.id,
    name: s.location.name,
    archived: archivedIds.has(s.location.id),
  }));
  const selected = readSelectedLocations(
    searchParams,
    options.map((o) => o.id),
  );
  const lines = trajectory.data ? trajectoryLines(trajectory.data, selected) : [];
  const withLine = new Set(options.map((o) => o.id));
  const withoutResult = (locations ?? [])
    .filter((l) => !l.archived && !withLine.has(l.id))
    .map((l) => l.name);

  return (
    <>
      <PageHeading>{m.developmentTitle}</PageHeading>
      <p className="page-lead">{m.developmentLead}</p>
      {!content ? (
        contentFallback
      ) : themes.length === 0 ? (
        <EmptyState title={m.themesEmpty} />
      ) : (
        <div className="development">
          <div className="development__controls panel" role="group" aria-label={m.controlsLabel}>
            <ThemePicker
              themes={themes}
              value={choice?.code}
              onChange={(code) => go(withTheme(searchParams, code))}
            />
            {trajectory.data &&
            !trajectory.isPlaceholderData &&
            !isTrajectoryEmpty(trajectory.data) ? (
              <div>
                <LocationPicker
                  options={options}
                  selected={selected}
                  lines={lines}
                  onChange={(ids) => go(withLocations(searchParams, ids))}
                />
                {withoutResult.length > 0 && options.length > 0 ? (
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
                  <div
                    className={trajectory.isPlaceholderData ? 'is-updating' : undefined}
                    aria-busy={trajectory.isPlaceholderData}
                  >
                    {trajectory.isPlaceholderData ? (
                      <p className="visually-hidden" role="status">
                        {m.updating}
                      </p>
                    ) : null}
                    <ChartFigure
                      caption={chartMessages.trajectoryCaption(data.theme.name)}
                      chart={
                        <TrajectoryChart
                          trajectory={data}
                          selectedLocationIds={selected}
                          scenarioName={content.scenarioName}
                        />
                      }
                      legend={<TrajectoryLegend lines={lines} />}
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
                  </div>
                )}
              </QueryView>
            )}
          </section>
        </div>
      )}
    </>
  );
}
