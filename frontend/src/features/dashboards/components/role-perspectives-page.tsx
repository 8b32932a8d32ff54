import type { MembershipRole, RolePerspectives } from '@zet/contracts';
import { useId, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { formatGap } from '../../../components/charts/gap-data';
import {
  RoleLegend,
  RolePerspectiveChart,
} from '../../../components/charts/role-perspective-chart';
import {
  isPerspectiveEmpty,
  roleRows,
  type RolePerspective,
} from '../../../components/charts/role-perspective-data';
import { RolePerspectiveTable } from '../../../components/charts/role-perspective-table';
import { EmptyState, Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { formatPlacement, formatSpread } from '../../../lib/placement';
import { useRolePerspectives } from '../api/get-role-perspectives';
import { dashboardMessages as m, periodText } from '../messages';
import { toDashboardQuery } from '../utils/dashboard-params';
import type { DashboardOptions } from '../utils/dashboard-options';
import { readTheme, withTheme } from '../utils/development-params';
import { DashboardLayout } from './dashboard-layout';
import { NoResults, Updating } from './dashboard-states';
import { FilterBar } from './filter-bar';
import { ThemePicker } from './theme-picker';
import './dashboards.css';

const FIELDS = ['period', 'targetGroup', 'locations'] as const;

type RolePerspectivesPageProps = {
  partnershipId: string;
  roles: readonly MembershipRole[];
  options: DashboardOptions | undefined;
  optionsFallback: ReactNode;
};

const sideLabels = {
  school: m.rolesSideSchool,
  instituut: m.rolesSideInstituut,
  all: m.rolesEveryone,
};

/**
 * Rolperspectieven: per theme, how each role placed it individually against the group's
 * placement, how far school and instituut side differ, and how much individuals disagreed.
 */
export function RolePerspectivesPage({
  partnershipId,
  roles,
  options,
  optionsFallback,
}: RolePerspectivesPageProps) {
  return (
    <DashboardLayout
      partnershipId={partnershipId}
      roles={roles}
      title={m.rolesTitle}
      lead={m.rolesLead}
    >
      {options ? (
        <RolePerspectivesView partnershipId={partnershipId} options={options} />
      ) : (
        optionsFallback
      )}
    </DashboardLayout>
  );
}

function RolePerspectivesView({
  partnershipId,
  options,
}: {
  partnershipId: string;
  options: DashboardOptions;
}) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const go = (search: string) =>
    void navigate({ search }, { replace: true, preventScrollReset: true });
  const theme = readTheme(
    params,
    options.themes.map((t) => t.code),
  );
  const query = toDashboardQuery(params, FIELDS);
  const themed = useRolePerspectives(partnershipId, {
    ...query,
    theme: theme?.known ? theme.code : undefined,
  });
  const overview = useRolePerspectives(partnershipId, query);
  const themeName = options.themes.find((t) => t.code === theme?.code)?.name ?? '';

  return (
    <div className="dashboard-view">
      <div className="panel dashboard-filters" role="group" aria-label={m.filtersLabel}>
        <ThemePicker
          themes={options.themes}
          value={theme?.code}
          onChange={(code) => go(withTheme(params, code))}
        />
        <FilterBar
          bare
          fields={FIELDS}
          options={options}
          // Without a period the server takes the newest school year: show that one.
          defaultPeriod={periodOf(overview.data?.filters.schoolYears)}
        />
      </div>
      <section aria-labelledby="roles-theme-title">
        <h2 id="roles-theme-title">{themeName}</h2>
        <QueryView query={themed} loading={<Skeleton lines={10} />}>
          {(data) => {
            const perspective = data.themes[0];
            const period = periodText(data.filters.schoolYears);
            if (data.n.sessions === 0) return <NoResults schoolYears={data.filters.schoolYears} />;
            if (!perspective || isPerspectiveEmpty(perspective)) {
              return (
                <EmptyState title={m.noRoleData(themeName)}>
                  <p>{m.rolesMinGroup(data.minRoleGroupSize)}</p>
                </EmptyState>
              );
            }
            return (
              <Updating active={themed.isPlaceholderData}>
                <ThemePerspective
                  perspective={perspective}
                  caption={m.rolesCaption(perspective.theme.name, period)}
                  minRoleGroupSize={data.minRoleGroupSize}
                  scenarioName={options.scenarioName}
                />
                <SessionsTable data={data} themeName={perspective.theme.name} />
              </Updating>
            );
          }}
        </QueryView>
      </section>
      <section aria-labelledby="roles-overview-title">
        <h2 id="roles-overview-title">{m.rolesOverviewTitle}</h2>
        <QueryView query={overview} loading={<Skeleton lines={6} />}>
          {(data) =>
            data.themes.length === 0 ? (
              <NoResults schoolYears={data.filters.schoolYears} />
            ) : (
              <OverviewTable data={data} />
            )
          }
        </QueryView>
      </section>
    </div>
  );
}

function periodOf(schoolYears: readonly string[] | undefined) {
  const from = schoolYears?.[0];
  const to = schoolYears?.at(-1);
  return from && to ? { from, to } : undefined;
}

function ThemePerspective({
  perspective,
  caption,
  minRoleGroupSize,
  scenarioName,
}: {
  perspective: RolePerspective;
  caption: string;
  minRoleGroupSize: number;
  scenarioName: (level: number) => string | undefined;
}) {
  const rows = roleRows(perspective, sideLabels);
  const difference = perspective.sides.difference;
  return (
    <ChartFigure
      caption={caption}
      basis={m.rolesBasis(perspective.sessions)}
      chart={
        <RolePerspectiveChart
          rows={rows}
          groupPlacement={perspective.groupPlacement}
          subject={perspective.theme.name}
          scenarioName={scenarioName}
        />
      }
      legend={<RoleLegend />}
      table={
        <RolePerspectiveTable
          caption={m.rolesTableCaption(perspective.theme.name)}
          rows={rows}
          groupPlacement={perspective.groupPlacement}
        />
      }
    >
      <ul className="role-notes">
        {difference !== null ? <li>{m.rolesDifference(formatGap(difference))}</li> : null}
        <li>{m.rolesMinGroup(minRoleGroupSize)}</li>
        {perspective.hiddenParticipants > 0 ? (
          <li>{m.rolesHidden(perspective.hiddenParticipants)}</li>
        ) : null}
      </ul>
    </ChartFigure>
  );
}

function rolesText(perspective: Pick<RolePerspective, 'roles'>): string {
  return perspective.roles
    .map(
      (role) =>
        `${role.name} ${formatPlacement(role.median)}${
          role.gapToGroup !== null ? ` (${formatGap(role.gapToGroup)})` : ''
        }, n = ${role.participants}`,
    )
    .join('; ');
}

function OverviewTable({ data }: { data: RolePerspectives }) {
  const captionId = useId();
  const h = m.rolesOverviewHead;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>
          {m.rolesOverviewCaption(periodText(data.filters.schoolYears))}
        </caption>
        <thead>
          <tr>
            <th scope="col">{h.theme}</th>
            <th scope="col">{h.group}</th>
            <th scope="col">{h.roles}</th>
            <th scope="col">{h.sides}</th>
            <th scope="col">{h.spread}</th>
            <th scope="col">{h.sessions}</th>
          </tr>
        </thead>
        <tbody>
          {data.themes.map((theme) => (
            <tr key={theme.theme.code}>
              <th scope="row">{theme.theme.name}</th>
              <td>{formatPlacement(theme.groupPlacement)}</td>
              <td>{rolesText(theme) || '—'}</td>
              <td>{formatGap(theme.sides.difference)}</td>
              <td>
                {theme.spread
                  ? `${formatSpread(theme.spread.low, theme.spread.high)} (n = ${theme.spread.participants})`
                  : '—'}
              </td>
              <td>{theme.sessions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SessionsTable({ data, themeName }: { data: RolePerspectives; themeName: string }) {
  const captionId = useId();
  if (data.sessions.length === 0) return null;
  const h = m.rolesSessionHead;
  return (
    <details className="details-panel">
      <summary>
        {m.rolesSessionsTitle} ({data.sessions.length})
      </summary>
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table">
          <caption id={captionId}>{m.rolesSessionsCaption(themeName)}</caption>
          <thead>
            <tr>
              <th scope="col">{h.session}</th>
              <th scope="col">{h.group}</th>
              <th scope="col">{h.roles}</th>
              <th scope="col">{h.spread}</th>
            </tr>
          </thead>
          <tbody>
            {data.sessions.map((session) => (
              <tr key={session.sessionId}>
                <th scope="row">
                  {session.location?.name ?? m.wholePartnershipName}
                  <span className="data-table__line data-table__meta">
                    {session.schoolYear} · {session.groupLabel}
                  </span>
                </th>
                <td>{formatPlacement(session.groupPlacement)}</td>
                <td>{rolesText(session) || '—'}</td>
                <td>
                  {session.spread
                    ? `${formatSpread(session.spread.low, session.spread.high)} (n = ${session.spread.participants})`
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
