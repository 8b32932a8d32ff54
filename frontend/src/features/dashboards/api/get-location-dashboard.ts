import { locationDashboardSchema, type LocationDashboard } from '@zet/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import type { DashboardQuery } from '../utils/dashboard-params';
import { dashboardKeys } from './dashboard-keys';

/** Onze locatie: its own results per theme, the partnership unnamed, findings, open actions. */
export function getLocationDashboard(
  partnershipId: string,
  locationId: string,
  query: DashboardQuery,
  signal?: AbortSignal,
): Promise<LocationDashboard> {
  return apiGet(
    `${API_V1}${path`/partnerships/${partnershipId}/dashboards/location/${locationId}`}`,
    locationDashboardSchema,
    { query, signal },
  );
}

export const locationDashboardQueryOptions = (
  partnershipId: string,
  locationId: string,
  query: DashboardQuery,
) =>
  queryOptions({
    queryKey: dashboardKeys.location(partnershipId, locationId, query),
    queryFn: ({ signal }) => getLocationDashboard(partnershipId, locationId, query, signal),
  });

/** Waits until a locatie is chosen. */
export function useLocationDashboard(
  partnershipId: string,
  locationId: string | undefined,
  query: DashboardQuery,
) {
  return useQuery({
    ...locationDashboardQueryOptions(partnershipId, locationId ?? '', query),
    enabled: locationId !== undefined,
    placeholderData: keepPreviousData,
  });
}
