import type { LocationDashboard, MembershipRole } from '@zet/contracts';
import { useId, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ChartFigure } from '../../../components/charts/chart-figure';
import {
  isTrajectoryEmpty,
  trajectoryLines,
} from '../../../components/charts/trajectory-chart-data';
import { TrajectoryChart } from '../../../components/charts/trajectory-chart';
import { TrajectoryLegend } from '../../../components/charts/trajectory-legend';
import { TrajectoryTable } from '../../../components/charts/trajectory-table';
import { PlacementValue } from '../../../components/ui/placement-value';
import { EmptyState, Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { formatDate } from '../../../lib/dates';
import { formatPlacement, formatSpread } from '../../../lib/placement';
import { useLocationDashboard } from '../api/get-location-dashboard';
import { dashboardMessages as m } from '../messages';
import { dashboardParams, readId, toDashboardQuery, withParams } from '../utils/dashboard-params';
import type { DashboardOptions } from '../utils/dashboard-options';
import { seesWholePartnership } from '../utils/dashboard-views';
import { readTheme, withTheme } from '../utils/development-params';
import {
  findingsByYear,
  isOverdue,
  latestResults,
  locationTrajectory,
  pickableLocations,
} from '../utils/location-dashboard-data';
import { DashboardLayout } from './dashboard-layout';
import { Basis, NoResults, Updating } from './dashboard-states';
import { FilterBar } from './filter-bar';
import { ThemePicker } from './theme-picker';
import './dashboards.css';

const FIELDS = ['period', 'targetGroup'] as const;
const ALL_FINDINGS = { param: 'bevindingen', value: 'alle' } as const;

type LocationPageProps = {
  partnershipId: string;
  roles: readonly MembershipRole[];
  ownLocationIds: readonly string[];
  options: DashboardOptions | undefined;
  optionsFallback: ReactNode;
  /** Today as an ISO date, to mark overdue actions. */
  today: string;
  /** Labels of the roles that own actions (content's participant roles). */
  roleName: (code: string) => string;
};

/**
 * Onze locatie: a locatie's own trajectory per theme against the partnership as an unnamed
 * distribution, its own findings over the years and its open actions.
 */
export function LocationPage(props: LocationPageProps) {
  const { partnershipId, roles, options, optionsFallback } = props;
  const wide = seesWholePartnership(roles);
  return (
    <DashboardLayout
      partnershipId={partnershipId}
      roles={roles}
      title={wide ? m.locationTitleOther : m.locationTitle}
      lead={m.locationLead}
    >
      {options ? <LocationView {...props} options={options} wide={wide} /> : optionsFallback}
    </DashboardLayout>
  );
}

function LocationView({
  partnershipId,
  ownLocationIds,
  options,
  wide,
  today,
  roleName,
}: LocationPageProps & { options: DashboardOptions; wide: boolean }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const go = (search: string) =>
    void navigate({ search }, { replace: true, preventScrollReset: true });
  const pickable = pickableLocations(options.locations, ownLocationIds, wide);
  const wanted = readId(params, dashboardParams.location);
  const location = pickable.find((l) => l.id === wanted) ?? pickable[0];
  const theme = readTheme(
    params,
    options.themes.map((t) => t.code),
  );
  const dashboard = useLocationDashboard(
    partnershipId,
    location?.id,
    toDashboardQuery(params, FIELDS),
  );
  const pickerId = useId();

  if (!location) {
    return <EmptyState title={m.noOwnLocation} />;
  }

  return (
    <div className="dashboard-view">
      <div className="panel dashboard-filters" role="group" aria-label={m.filtersLabel}>
        {pickable.length > 1 ? (
          <div className="field">
            <label htmlFor={pickerId} className="field__label">
              {m.locationPickerLabel}
            </label>
            <select
              id={pickerId}
              value={location.id}
              onChange={(event) => go(withParams(params, { locatie: event.target.value }))}
            >
              {pickable.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <ThemePicker
          themes={options.themes}
          value={theme?.code}
          onChange={(code) => go(withTheme(params, code))}
        />
        <FilterBar bare fields={FIELDS} options={options} />
      </div>
      <QueryView query={dashboard} loading={<Skeleton lines={12} />}>
        {(data) => (
          <Updating active={dashboard.isPlaceholderData}>
            <h2 className="location-name">{data.location.name}</h2>
            {data.n.sessions === 0 ? (
              <NoResults schoolYears={data.filters.schoolYears} />
            ) : (
              <>
                <p className="muted small">
                  <Basis n={data.n} schoolYears={data.filters.schoolYears} />
                </p>
                <div className="location-grid">
                  <ThemeTrajectorySection
                    data={data}
                    themeCode={theme?.known ? theme.code : undefined}
                    options={options}
                  />
                  <OverviewTable data={data} />
                </div>
              </>
            )}
            <Findings
              data={data}
              themeCode={theme?.known ? theme.code : undefined}
              all={params.get(ALL_FINDINGS.param) === ALL_FINDINGS.value}
              onAll={(all) => {
                const next = new URLSearchParams(params);
                if (all) next.set(ALL_FINDINGS.param, ALL_FINDINGS.value);
                else next.delete(ALL_FINDINGS.param);
                go(`?${next.toString().replace(/%2C/gi, ',')}`);
              }}
              themeName={(code) => options.themes.find((t) => t.code === code)?.name ?? code}
            />
            <OpenActions
              data={data}
              today={today}
              roleName={roleName}
              themeName={(code) => options.themes.find((t) => t.code === code)?.name ?? code}
            />
          </Updating>
        )}
      </QueryView>
    </div>
  );
}

function ThemeTrajectorySection({
  data,
  themeCode,
  options,
}: {
  data: LocationDashboard;
  themeCode: string | undefined;
  options: DashboardOptions;
}) {
  const trajectory = themeCode ? locationTrajectory(data, themeCode) : undefined;
  const themeName = options.themes.find((t) => t.code === themeCode)?.name ?? '';
  if (!trajectory || isTrajectoryEmpty(trajectory)) {
    return (
      <EmptyState title={m.empty}>
        <p>{m.emptyHelp(themeName)}</p>
      </EmptyState>
    );
  }
  const selected = [data.location.id];
  return (
    <ChartFigure
      caption={m.locationTrajectoryCaption(data.location.name, trajectory.theme.name)}
      chart={
        <TrajectoryChart
          trajectory={trajectory}
          selectedLocationIds={selected}
          scenarioName={options.scenarioName}
          height={360}
        />
      }
      legend={
        <TrajectoryLegend lines={trajectoryLines(trajectory, selected)} showDesiredMedian={false} />
      }
      table={
        <TrajectoryTable
          trajectory={trajectory}
          selectedLocationIds={selected}
          showDesiredMedian={false}
        />
      }
    />
  );
}

function OverviewTable({ data }: { data: LocationDashboard }) {
  const captionId = useId();
  const rows = latestResults(data);
  const h = m.overviewHead;
  return (
    <section className="panel" aria-labelledby={captionId}>
      <h3 id={captionId} className="panel__title">
        {m.overviewTitle}
      </h3>
      <div
        className="table-scroll"
        role="region"
        aria-label={m.overviewCaption(data.location.name)}
        tabIndex={0}
      >
        <table className="data-table overview-table">
          <caption className="visually-hidden">{m.overviewCaption(data.location.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{h.theme}</th>
              <th scope="col">{h.year}</th>
              <th scope="col">{h.current}</th>
              <th scope="col">{h.desired}</th>
              <th scope="col">{h.partnership}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code}>
                <th scope="row">{row.name}</th>
                {row.latest ? (
                  <>
                    <td>{row.latest.schoolYear}</td>
                    <td>
                      <PlacementValue value={row.latest.current} />
                    </td>
                    <td>
                      <PlacementValue value={row.latest.desired} />
                    </td>
                    <td>
                      {row.latest.partnership.median === null ? (
                        row.latest.partnership.locations > 0 ? (
                          <span className="muted small">{m.tooFewLocations}</span>
                        ) : (
                          '—'
                        )
                      ) : (
                        <>
                          {formatPlacement(row.latest.partnership.median)}{' '}
                          <span className="muted small">
                            ({formatSpread(row.latest.partnership.low, row.latest.partnership.high)}
                            , n = {row.latest.partnership.locations})
                          </span>
                        </>
                      )}
                    </td>
                  </>
                ) : (
                  <td colSpan={4} className="data-table__empty">
                    {m.notYetEvaluated}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Findings({
  data,
  themeCode,
  all,
  onAll,
  themeName,
}: {
  data: LocationDashboard;
  themeCode: string | undefined;
  all: boolean;
  onAll: (all: boolean) => void;
  themeName: (code: string) => string;
}) {
  const years = findingsByYear(data, all ? undefined : themeCode);
  return (
    <section className="location-section" aria-labelledby="findings-title">
      <h2 id="findings-title">{m.findingsTitle}</h2>
      <label className="checkbox">
        <input type="checkbox" checked={all} onChange={(event) => onAll(event.target.checked)} />
        <span>{m.findingsAllThemes}</span>
      </label>
      {years.length === 0 ? (
        <p className="muted">
          {m.noFindings(all || !themeCode ? undefined : themeName(themeCode))}
        </p>
      ) : (
        <ol className="findings-years">
          {years.map((year) => (
            <li key={year.schoolYear}>
              <h3>{year.schoolYear}</h3>
              {year.themes.map((group) => (
                <div key={group.code} className="findings-theme">
                  {all || !themeCode ? <h4>{themeName(group.code)}</h4> : null}
                  <div className="findings-columns">
                    {group.strengths.length > 0 ? (
                      <div>
                        <p className="findings-kind findings-kind--strength">{m.strengths}</p>
                        <ul>
                          {group.strengths.map((f) => (
                            <li key={f.id}>{f.text}</li>
                          ))}
                        </ul>
                      </div>
                    ) : null}
                    {group.developments.length > 0 ? (
                      <div>
                        <p className="findings-kind findings-kind--development">
                          {m.developmentPoints}
                        </p>
                        <ul>
                          {group.developments.map((f) => (
                            <li key={f.id}>{f.text}</li>
                          ))}
                        </ul>
                      </div>
                    ) : null}
                  </div>
                </div>
              ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function OpenActions({
  data,
  today,
  roleName,
  themeName,
}: {
  data: LocationDashboard;
  today: string;
  roleName: (code: string) => string;
  themeName: (code: string) => string;
}) {
  const captionId = useId();
  const h = m.actionHead;
  return (
    <section className="location-section" aria-labelledby="actions-title">
      <h2 id="actions-title">{m.actionsTitle}</h2>
      {data.openActions.length === 0 ? (
        <p className="muted">{m.noActions}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="data-table">
            <caption id={captionId} className="visually-hidden">
              {m.actionsCaption(data.location.name)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{h.title}</th>
                <th scope="col">{h.theme}</th>
                <th scope="col">{h.owner}</th>
                <th scope="col">{h.due}</th>
                <th scope="col">{h.status}</th>
                <th scope="col">{h.year}</th>
              </tr>
            </thead>
            <tbody>
              {data.openActions.map((action) => (
                <tr key={action.id}>
                  <th scope="row">{action.title}</th>
                  <td>{action.theme ? themeName(action.theme) : '—'}</td>
                  <td>{roleName(action.ownerRole)}</td>
                  <td>
                    {action.dueOn ? formatDate(action.dueOn) : m.noDueDate}
                    {isOverdue(action.dueOn, today) ? (
                      <span className="badge badge--overdue">{m.overdue}</span>
                    ) : null}
                  </td>
                  <td>{m.actionStatus[action.status]}</td>
                  <td>{action.schoolYear}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
