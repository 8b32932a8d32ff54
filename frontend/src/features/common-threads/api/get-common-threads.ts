import { commonThreadListSchema, type CommonThread, type CommonThreadStatus } from '@zet/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import { commonThreadKeys } from './common-thread-keys';

export type CommonThreadFilters = { schoolYear?: string; status?: CommonThreadStatus };

export async function getCommonThreads(
  partnershipId: string,
  filters: CommonThreadFilters,
  signal?: AbortSignal,
): Promise<CommonThread[]> {
  const { items } = await apiGet(
    `${API_V1}${path`/partnerships/${partnershipId}/common-threads`}`,
    commonThreadListSchema,
    { query: filters, signal },
  );
  return items;
}

export const commonThreadsQueryOptions = (partnershipId: string, filters: CommonThreadFilters) =>
  queryOptions({
    queryKey: commonThreadKeys.list(partnershipId, filters),
    queryFn: ({ signal }) => getCommonThreads(partnershipId, filters, signal),
  });

/** The rode lijnen (suggested, confirmed and dismissed) of one school year. */
export function useCommonThreads(partnershipId: string, filters: CommonThreadFilters) {
  return useQuery({
    ...commonThreadsQueryOptions(partnershipId, filters),
    placeholderData: keepPreviousData,
  });
}
