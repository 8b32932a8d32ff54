import { listOf, platformPartnershipSchema, type PlatformPartnership } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet } from '../../../lib/api-client';
import { platformKeys } from './platform-keys';

const platformPartnershipListSchema = listOf(platformPartnershipSchema);

export async function getPlatformPartnerships(
  signal?: AbortSignal,
): Promise<PlatformPartnership[]> {
  const { items } = await apiGet(`${API_V1}/platform/partnerships`, platformPartnershipListSchema, {
    signal,
  });
  return items;
}

export const platformPartnershipsQueryOptions = () =>
  queryOptions({
    queryKey: platformKeys.partnerships(),
    queryFn: ({ signal }) => getPlatformPartnerships(signal),
  });

export function usePlatformPartnerships() {
  return useQuery(platformPartnershipsQueryOptions());
}
