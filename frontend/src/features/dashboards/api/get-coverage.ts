import { coverageSchema, type Coverage } from '@zet/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import type { DashboardQuery } from '../utils/dashboard-params';
import { dashboardKeys } from './dashboard-keys';

/** Dekking: which themes each locatie evaluated when, and which not for two years or more. */
export function getCoverage(
  partnershipId: string,
  query: DashboardQuery,
  signal?: AbortSignal,
): Promise<Coverage> {
  return apiGet(
    `${API_V1}${path`/partnerships/${partnershipId}/dashboards/coverage`}`,
    coverageSchema,
    {
      query,
      signal,
    },
  );
}

export const coverageQueryOptions = (partnershipId: string, query: DashboardQuery) =>
  queryOptions({
    queryKey: dashboardKeys.coverage(partnershipId, query),
    queryFn: ({ signal }) => getCoverage(partnershipId, query, signal),
  });

/** Keeps the previous answer on screen while a changed filter loads. */
export function useCoverage(partnershipId: string, query: DashboardQuery) {
  return useQuery({
    ...coverageQueryOptions(partnershipId, query),
    placeholderData: keepPreviousData,
  });
}
