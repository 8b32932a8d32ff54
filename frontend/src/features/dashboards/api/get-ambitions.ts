import { ambitionsSchema, type Ambitions } from '@zet/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import type { DashboardQuery } from '../utils/dashboard-params';
import { dashboardKeys } from './dashboard-keys';

/** Ambities: did a locatie reach its earlier desired placement, and did the ambition rise? */
export function getAmbitions(
  partnershipId: string,
  query: DashboardQuery,
  signal?: AbortSignal,
): Promise<Ambitions> {
  return apiGet(
    `${API_V1}${path`/partnerships/${partnershipId}/dashboards/ambitions`}`,
    ambitionsSchema,
    {
      query,
      signal,
    },
  );
}

export const ambitionsQueryOptions = (partnershipId: string, query: DashboardQuery) =>
  queryOptions({
    queryKey: dashboardKeys.ambitions(partnershipId, query),
    queryFn: ({ signal }) => getAmbitions(partnershipId, query, signal),
  });

/** Keeps the previous answer on screen while a changed filter loads. */
export function useAmbitions(partnershipId: string, query: DashboardQuery) {
  return useQuery({
    ...ambitionsQueryOptions(partnershipId, query),
    placeholderData: keepPreviousData,
  });
}
