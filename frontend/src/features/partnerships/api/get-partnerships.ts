import { listOf, partnershipSummarySchema, type PartnershipSummary } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet } from '../../../lib/api-client';
import { partnershipKeys } from './partnership-keys';

const partnershipListSchema = listOf(partnershipSummarySchema);

export async function getPartnerships(signal?: AbortSignal): Promise<PartnershipSummary[]> {
  const { items } = await apiGet(`${API_V1}/partnerships`, partnershipListSchema, { signal });
  return items;
}

export const partnershipsQueryOptions = () =>
  queryOptions({
    queryKey: partnershipKeys.list(),
    queryFn: ({ signal }) => getPartnerships(signal),
  });

export function usePartnerships() {
  return useQuery(partnershipsQueryOptions());
}
