import { gapsSchema, type Gaps } from '@zet/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import type { DashboardQuery } from '../utils/dashboard-params';
import { dashboardKeys } from './dashboard-keys';

/** Afstand: per theme and year, how far desired lies above current (medians, spread, n). */
export function getGaps(
  partnershipId: string,
  query: DashboardQuery,
  signal?: AbortSignal,
): Promise<Gaps> {
  return apiGet(`${API_V1}${path`/partnerships/${partnershipId}/dashboards/gaps`}`, gapsSchema, {
    query,
    signal,
  });
}

export const gapsQueryOptions = (partnershipId: string, query: DashboardQuery) =>
  queryOptions({
    queryKey: dashboardKeys.gaps(partnershipId, query),
    queryFn: ({ signal }) => getGaps(partnershipId, query, signal),
  });

/** Keeps the previous answer on screen while a changed filter loads. */
export function useGaps(partnershipId: string, query: DashboardQuery) {
  return useQuery({ ...gapsQueryOptions(partnershipId, query), placeholderData: keepPreviousData });
}
