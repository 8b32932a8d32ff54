import { cycleSchema, listOf, type Cycle } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import { partnershipKeys } from './partnership-keys';

const cycleListSchema = listOf(cycleSchema);

export async function getCycles(partnershipId: string, signal?: AbortSignal): Promise<Cycle[]> {
  const { items } = await apiGet(
    `${API_V1}${path`/partnerships/${partnershipId}/cycles`}`,
    cycleListSchema,
    { signal },
  );
  return items;
}

export const cyclesQueryOptions = (partnershipId: string) =>
  queryOptions({
    queryKey: partnershipKeys.cycles(partnershipId),
    queryFn: ({ signal }) => getCycles(partnershipId, signal),
  });

export function useCycles(partnershipId: string) {
  return useQuery(cyclesQueryOptions(partnershipId));
}
