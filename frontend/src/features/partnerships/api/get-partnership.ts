import { partnershipSchema, type Partnership } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import { partnershipKeys } from './partnership-keys';

export function getPartnership(partnershipId: string, signal?: AbortSignal): Promise<Partnership> {
  return apiGet(`${API_V1}${path`/partnerships/${partnershipId}`}`, partnershipSchema, { signal });
}

export const partnershipQueryOptions = (partnershipId: string) =>
  queryOptions({
    queryKey: partnershipKeys.detail(partnershipId),
    queryFn: ({ signal }) => getPartnership(partnershipId, signal),
  });

/** Pass undefined while the partnership is not known yet; the query then waits. */
export function usePartnership(partnershipId: string | undefined) {
  return useQuery({
    ...partnershipQueryOptions(partnershipId ?? ''),
    enabled: partnershipId !== undefined,
  });
}
