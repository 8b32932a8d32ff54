import { contentOverviewSchema, type ContentOverview } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet } from '../../../lib/api-client';
import { contentKeys } from './content-keys';

export function getContentOverview(signal?: AbortSignal): Promise<ContentOverview> {
  return apiGet(`${API_V1}/content`, contentOverviewSchema, { signal });
}

/** Labels for everything else on screen; fetched once per session. */
export const contentOverviewQueryOptions = () =>
  queryOptions({
    queryKey: contentKeys.overview(),
    queryFn: ({ signal }) => getContentOverview(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });

export function useContentOverview() {
  return useQuery(contentOverviewQueryOptions());
}
