import { rolePerspectivesSchema, type RolePerspectives } from '@zet/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import type { DashboardQuery } from '../utils/dashboard-params';
import { dashboardKeys } from './dashboard-keys';

/** Rolperspectieven: how roles placed a theme against the group (only roles with enough people). */
export function getRolePerspectives(
  partnershipId: string,
  query: DashboardQuery,
  signal?: AbortSignal,
): Promise<RolePerspectives> {
  return apiGet(
    `${API_V1}${path`/partnerships/${partnershipId}/dashboards/role-perspectives`}`,
    rolePerspectivesSchema,
    {
      query,
      signal,
    },
  );
}

export const rolePerspectivesQueryOptions = (partnershipId: string, query: DashboardQuery) =>
  queryOptions({
    queryKey: dashboardKeys.rolePerspectives(partnershipId, query),
    queryFn: ({ signal }) => getRolePerspectives(partnershipId, query, signal),
  });

/** Keeps the previous answer on screen while a changed filter loads. */
export function useRolePerspectives(partnershipId: string, query: DashboardQuery) {
  return useQuery({
    ...rolePerspectivesQueryOptions(partnershipId, query),
    placeholderData: keepPreviousData,
  });
}
