import type { MembershipRole, SafeguardOverview, Safeguards } from '@zet/contracts';
import { useId, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { DistributionChart } from '../../../components/charts/distribution-chart';
import { isDistributionEmpty } from '../../../components/charts/distribution-data';
import { ScaleLegend } from '../../../components/charts/distribution-legend';
import { DistributionTable } from '../../../components/charts/distribution-table';
import { PlacementValue } from '../../../components/ui/placement-value';
import { Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { formatPlacement, formatSpread } from '../../../lib/placement';
import { useSafeguards } from '../api/get-safeguards';
import { dashboardMessages as m, periodText } from '../messages';
import { toDashboardQuery } from '../utils/dashboard-params';
import type { DashboardOptions } from '../utils/dashboard-options';
import { firstAndLatest } from '../utils/safeguard-summary';
import { DashboardLayout } from './dashboard-layout';
import { Basis, NoResults, Updating } from './dashboard-states';
import { ExportPanel } from './export-panel';
import { FilterBar } from './filter-bar';
import './dashboards.css';

const FIELDS = ['safeguard', 'period', 'targetGroup', 'locations'] as const;

type SafeguardsPageProps = {
  partnershipId: string;
  roles: readonly MembershipRole[];
  options: DashboardOptions | undefined;
  optionsFallback: ReactNode;
};

/**
 * Waarborgen, for the stuurgroep: per waarborg of the kwaliteitskader the distribution of the
 * locaties' results over the scenarios per year, the strongest and weakest themes, the confirmed
 * rode lijnen, and the report (PDF) and numbers (CSV, XLSX) to take away.
 */
export function SafeguardsPage({
  partnershipId,
  roles,
  options,
  optionsFallback,
}: SafeguardsPageProps) {
  return (
    <DashboardLayout
      partnershipId={partnershipId}
      roles={roles}
      title={m.safeguardsTitle}
      lead={m.safeguardsLead}
    >
      {options ? (
        <SafeguardsView partnershipId={partnershipId} options={options} />
      ) : (
        optionsFallback
      )}
    </DashboardLayout>
  );
}

function SafeguardsView({
  partnershipId,
  options,
}: {
  partnershipId: string;
  options: DashboardOptions;
}) {
  const [params] = useSearchParams();
  const query = toDashboardQuery(params, FIELDS);
  const safeguards = useSafeguards(partnershipId, query);
  const chosen = options.safeguards.find((s) => s.code === query.safeguard);
  return (
    <div className="dashboard-view">
      <FilterBar fields={FIELDS} options={options} />
      <ExportPanel partnershipId={partnershipId} query={query} safeguard={chosen} />
      <QueryView query={safeguards} loading={<Skeleton lines={12} />}>
        {(data) =>
          data.n.sessions === 0 ? (
            <NoResults schoolYears={data.filters.schoolYears} />
          ) : (
            <Updating active={safeguards.isPlaceholderData}>
              <div className="stack">
                <p className="muted small">
                  <Basis n={data.n} schoolYears={data.filters.schoolYears} />
                </p>
                {data.safeguards.length > 1 ? <SafeguardSummary data={data} /> : null}
                {data.safeguards.map((overview) => (
                  <SafeguardSection
                    key={overview.safeguard.code}
                    overview={overview}
                    schoolYears={data.filters.schoolYears}
                  />
                ))}
              </div>
            </Updating>
          )
        }
      </QueryView>
    </div>
  );
}

/**
 * The four waarborgen side by side: the median of the first and the newest year with results
 * (each with its n), and the strongest and weakest themes, as the server ranked them.
 */
function SafeguardSummary({ data }: { data: Safeguards }) {
  const captionId = useId();
  const h = m.summaryHead;
  return (
    <section className="panel" aria-labelledby={captionId}>
      <h2 id={captionId} className="panel__title">
        {m.summaryTitle}
      </h2>
      <div className="table-scroll" role="region" aria-label={m.summaryTitle} tabIndex={0}>
        <table className="data-table">
          <caption className="visually-hidden">
            {m.summaryCaption(periodText(data.filters.schoolYears))}
          </caption>
          <thead>
            <tr>
              <th scope="col">{h.safeguard}</th>
              <th scope="col">{h.first}</th>
              <th scope="col">{h.latest}</th>
              <th scope="col">{h.strongest}</th>
              <th scope="col">{h.weakest}</th>
            </tr>
          </thead>
          <tbody>
            {data.safeguards.map((overview) => {
              const { first, latest } = firstAndLatest(overview);
              const names = new Map(overview.themes.map((t) => [t.code, t.name]));
              const list = (codes: string[]) =>
                codes.map((code) => names.get(code) ?? code).join(', ') || '—';
              const year = (entry: typeof first) =>
                entry && entry.median !== null
                  ? m.summaryYear(formatPlacement(entry.median), entry.schoolYear, entry.results)
                  : '—';
              return (
                <tr key={overview.safeguard.code}>
                  <th scope="row">{overview.safeguard.name}</th>
                  <td>{year(first)}</td>
                  <td>{year(latest)}</td>
                  <td>{list(overview.strongest)}</td>
                  <td>{list(overview.weakest)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function SafeguardSection({
  overview,
  schoolYears,
}: {
  overview: SafeguardOverview;
  schoolYears: readonly string[];
}) {
  const titleId = useId();
  const name = overview.safeguard.name;
  return (
    <section className="panel safeguard" aria-labelledby={titleId}>
      <h2 id={titleId}>{name}</h2>
      <p className="section-lead">{m.safeguardThemes(overview.themes.map((t) => t.name))}</p>
      {isDistributionEmpty(overview.years) ? (
        <NoResults schoolYears={schoolYears} />
      ) : (
        <div className="safeguard__grid">
          <ChartFigure
            caption={m.distributionCaption(name)}
            chart={<DistributionChart subject={name} years={overview.years} />}
            legend={<ScaleLegend />}
            table={
              <DistributionTable
                caption={m.distributionTableCaption(name)}
                years={overview.years}
              />
            }
          >
            <p className="muted small">{m.distributionHowTo}</p>
          </ChartFigure>
          <div className="safeguard__side">
            <ThemeRanking overview={overview} />
            <SafeguardThreads overview={overview} />
          </div>
        </div>
      )}
    </section>
  );
}

function ThemeRanking({ overview }: { overview: SafeguardOverview }) {
  const captionId = useId();
  const year = overview.latestYear;
  if (!year || overview.themeRanking.length === 0) {
    return <p className="muted">{m.noRanking}</p>;
  }
  const strongest = new Set(overview.strongest);
  const weakest = new Set(overview.weakest);
  const h = m.rankingHead;
  return (
    <div>
      <h3 id={captionId}>{m.rankingTitle(year)}</h3>
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table ranking">
          <caption className="visually-hidden">
            {m.rankingCaption(overview.safeguard.name, year)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{h.theme}</th>
              <th scope="col">{h.median}</th>
              <th scope="col">{h.spread}</th>
              <th scope="col">{h.n}</th>
            </tr>
          </thead>
          <tbody>
            {overview.themeRanking.map((rank) => {
              const code = rank.theme.code;
              const flag = strongest.has(code) ? 'strong' : weakest.has(code) ? 'weak' : null;
              return (
                <tr key={code} className={flag ? `ranking__row--${flag}` : undefined}>
                  <th scope="row">
                    {rank.theme.name}
                    {flag ? (
                      <span className={`ranking__flag ranking__flag--${flag}`}>
                        {flag === 'strong' ? m.strongest : m.weakest}
                      </span>
                    ) : null}
                  </th>
                  <td>
                    <PlacementValue value={rank.median} />
                  </td>
                  <td>{formatSpread(rank.low, rank.high)}</td>
                  <td>{rank.locations}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function SafeguardThreads({ overview }: { overview: SafeguardOverview }) {
  return (
    <div>
      <h3>{m.threadsTitle}</h3>
      {overview.commonThreads.length === 0 ? (
        <p className="muted small">{m.noThreads}</p>
      ) : (
        <ul className="thread-list">
          {overview.commonThreads.map((thread) => (
            <li key={thread.id}>
              <span className="thread-list__name">{thread.name}</span>{' '}
              <span className="muted small">({thread.schoolYear})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
