import { listOf, locationSchema, type Location } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import { partnershipKeys } from './partnership-keys';

const locationListSchema = listOf(locationSchema);

export async function getLocations(
  partnershipId: string,
  signal?: AbortSignal,
): Promise<Location[]> {
  const { items } = await apiGet(
    `${API_V1}${path`/partnerships/${partnershipId}/locations`}`,
    locationListSchema,
    { signal },
  );
  return items;
}

export const locationsQueryOptions = (partnershipId: string) =>
  queryOptions({
    queryKey: partnershipKeys.locations(partnershipId),
    queryFn: ({ signal }) => getLocations(partnershipId, signal),
  });

export function useLocations(partnershipId: string) {
  return useQuery(locationsQueryOptions(partnershipId));
}
