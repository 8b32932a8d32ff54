import { useSearchParams } from 'react-router';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { TransitionMatrixGrid } from '../../../components/charts/transition-matrix';
import { transitionsByCount, type Transition } from '../../../components/charts/transition-data';
import { TransitionTable } from '../../../components/charts/transition-table';
import { formatPlacement } from '../../../lib/placement';
import { EmptyState, Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { useTransitions } from '../api/get-transitions';
import { dashboardMessages as m } from '../messages';
import { dashboardParams, readCode, toDashboardQuery } from '../utils/dashboard-params';
import type { DashboardOptions } from '../utils/dashboard-options';
import { NoResults, Updating } from './dashboard-states';
import { FilterBar } from './filter-bar';

const FIELDS = ['period', 'targetGroup', 'safeguard', 'locations', 'theme'] as const;

/** Overgangen: how locaties moved between scenarios from one result to the next. */
export function TransitionsView({
  partnershipId,
  options,
}: {
  partnershipId: string;
  options: DashboardOptions;
}) {
  const [params] = useSearchParams();
  const transitions = useTransitions(partnershipId, toDashboardQuery(params, FIELDS));
  const themeCode = readCode(params, dashboardParams.theme);
  const themeName = options.themes.find((t) => t.code === themeCode)?.name;
  return (
    <div className="dashboard-view">
      <FilterBar
        fields={['themeOrAll', 'period', 'targetGroup', 'safeguard', 'locations']}
        options={options}
      />
      <section aria-labelledby="transitions-title">
        <h2 id="transitions-title">{m.transitionsTitle}</h2>
        <p className="section-lead">{m.transitionsLead}</p>
        <QueryView query={transitions} loading={<Skeleton lines={8} />}>
          {(data) => {
            if (data.n.sessions === 0) return <NoResults schoolYears={data.filters.schoolYears} />;
            if (data.steps === 0) {
              return (
                <EmptyState title={m.noTransitions}>
                  <p>{m.noFinalisedHelp}</p>
                </EmptyState>
              );
            }
            const caption = m.transitionsCaption(themeName);
            return (
              <Updating active={transitions.isPlaceholderData}>
                <ChartFigure
                  caption={caption}
                  basis={m.transitionsBasis(data.steps, data.n.locations)}
                  chart={<TransitionMatrixGrid transitions={data.transitions} label={caption} />}
                  legend={<TopTransitions transitions={data.transitions} />}
                  table={
                    <TransitionTable
                      transitions={data.transitions}
                      caption={m.transitionsTableCaption}
                    />
                  }
                />
              </Updating>
            );
          }}
        </QueryView>
      </section>
    </div>
  );
}

/** The most frequent moves in words, e.g. "13× van 2 naar 2½". */
function TopTransitions({ transitions }: { transitions: readonly Transition[] }) {
  const top = transitionsByCount(transitions).slice(0, 4);
  return (
    <div className="top-transitions">
      <p className="top-transitions__title">{m.transitionsTop}</p>
      <ul>
        {top.map((t) => (
          <li key={`${t.from}-${t.to}`}>
            {m.transitionsTopItem(t.count, formatPlacement(t.from), formatPlacement(t.to))}
          </li>
        ))}
      </ul>
    </div>
  );
}
