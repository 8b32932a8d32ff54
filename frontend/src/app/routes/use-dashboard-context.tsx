import type { MembershipRole } from '@zet/contracts';
import type { ReactNode } from 'react';
import { ErrorState, Skeleton } from '../../components/ui/query-states';
import { useMe } from '../../features/auth/api/get-me';
import { useContentOverview } from '../../features/content/api/get-content-overview';
import type { DashboardOptions } from '../../features/dashboards/utils/dashboard-options';
import { useTargetGroups } from '../../features/evaluations/api/get-plan-options';
import { useCycles } from '../../features/partnerships/api/get-cycles';
import { useLocations } from '../../features/partnerships/api/get-locations';

export type DashboardContext = {
  roles: readonly MembershipRole[];
  /** The locaties a locatie-coördinator is linked to; empty for everyone else. */
  ownLocationIds: readonly string[];
  /** Undefined while loading; `fallback` shows a skeleton or the error meanwhile. */
  options: DashboardOptions | undefined;
  fallback: ReactNode;
};

const NO_ROLES: readonly MembershipRole[] = [];

/**
 * What every dashboard needs besides its own data: who is signed in (roles, own locaties) and the
 * filter options and labels, from the content, the partnership's cycles, locaties and doelgroepen.
 */
export function useDashboardContext(partnershipId: string): DashboardContext {
  const me = useMe();
  const content = useContentOverview();
  const cycles = useCycles(partnershipId);
  const locations = useLocations(partnershipId);
  const targetGroups = useTargetGroups(partnershipId);
  const membership = me.data?.memberships.find((item) => item.partnershipId === partnershipId);

  let options: DashboardOptions | undefined;
  if (content.data && cycles.data && locations.data) {
    const domainName = new Map(content.data.domains.map((d) => [d.code, d.name]));
    const scenarioName = new Map(content.data.scenarios.map((s) => [s.level, s.name]));
    options = {
      schoolYears: cycles.data.map((cycle) => cycle.schoolYear).sort(),
      // Doelgroepen are optional: without them the filter is simply not offered.
      targetGroups: (targetGroups.data ?? []).map(({ id, name }) => ({ id, name })),
      safeguards: content.data.safeguards.map(({ code, name }) => ({ code, name })),
      themes: content.data.themes.map((theme) => ({
        code: theme.code,
        name: theme.name,
        group: domainName.get(theme.domain) ?? theme.domain,
      })),
      locations: locations.data.map(({ id, name, archived }) => ({ id, name, archived })),
      scenarioName: (level) => scenarioName.get(level),
    };
  }

  const failed = [content, cycles, locations].find((query) => query.isError && !query.data);
  return {
    roles: membership?.roles ?? NO_ROLES,
    ownLocationIds: membership?.locationIds ?? [],
    options,
    fallback: failed ? (
      <ErrorState
        error={failed.error}
        onRetry={() => void failed.refetch()}
        retrying={failed.isFetching}
      />
    ) : (
      <Skeleton lines={10} />
    ),
  };
}
