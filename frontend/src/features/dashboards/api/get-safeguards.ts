import { safeguardsSchema, type Safeguards } from '@zet/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import type { DashboardQuery } from '../utils/dashboard-params';
import { dashboardKeys } from './dashboard-keys';

/** Waarborgen: distribution, trend, strongest and weakest themes, confirmed rode lijnen. */
export function getSafeguards(
  partnershipId: string,
  query: DashboardQuery,
  signal?: AbortSignal,
): Promise<Safeguards> {
  return apiGet(
    `${API_V1}${path`/partnerships/${partnershipId}/dashboards/safeguards`}`,
    safeguardsSchema,
    {
      query,
      signal,
    },
  );
}

export const safeguardsQueryOptions = (partnershipId: string, query: DashboardQuery) =>
  queryOptions({
    queryKey: dashboardKeys.safeguards(partnershipId, query),
    queryFn: ({ signal }) => getSafeguards(partnershipId, query, signal),
  });

/** Keeps the previous answer on screen while a changed filter loads. */
export function useSafeguards(partnershipId: string, query: DashboardQuery) {
  return useQuery({
    ...safeguardsQueryOptions(partnershipId, query),
    placeholderData: keepPreviousData,
  });
}
