import { transitionsSchema, type Transitions } from '@zet/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import type { DashboardQuery } from '../utils/dashboard-params';
import { dashboardKeys } from './dashboard-keys';

/** Overgangen: how locaties moved between scenarios from one result to the next. */
export function getTransitions(
  partnershipId: string,
  query: DashboardQuery,
  signal?: AbortSignal,
): Promise<Transitions> {
  return apiGet(
    `${API_V1}${path`/partnerships/${partnershipId}/dashboards/transitions`}`,
    transitionsSchema,
    {
      query,
      signal,
    },
  );
}

export const transitionsQueryOptions = (partnershipId: string, query: DashboardQuery) =>
  queryOptions({
    queryKey: dashboardKeys.transitions(partnershipId, query),
    queryFn: ({ signal }) => getTransitions(partnershipId, query, signal),
  });

/** Keeps the previous answer on screen while a changed filter loads. */
export function useTransitions(partnershipId: string, query: DashboardQuery) {
  return useQuery({
    ...transitionsQueryOptions(partnershipId, query),
    placeholderData: keepPreviousData,
  });
}
