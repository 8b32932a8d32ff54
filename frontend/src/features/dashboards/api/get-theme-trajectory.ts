import { themeTrajectorySchema, type ThemeTrajectory } from '@zet/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import type { DashboardQuery } from '../utils/dashboard-params';
import { dashboardKeys } from './dashboard-keys';

export function getThemeTrajectory(
  partnershipId: string,
  themeCode: string,
  query: DashboardQuery = {},
  signal?: AbortSignal,
): Promise<ThemeTrajectory> {
  return apiGet(
    `${API_V1}${path`/partnerships/${partnershipId}/dashboards/trajectory`}`,
    themeTrajectorySchema,
    { query: { ...query, theme: themeCode }, signal },
  );
}

export const themeTrajectoryQueryOptions = (
  partnershipId: string,
  themeCode: string,
  query: DashboardQuery = {},
) =>
  queryOptions({
    queryKey: dashboardKeys.trajectory(partnershipId, themeCode, query),
    queryFn: ({ signal }) => getThemeTrajectory(partnershipId, themeCode, query, signal),
  });

/** Keeps the previous theme's chart on screen while the next one loads. */
export function useThemeTrajectory(
  partnershipId: string,
  themeCode: string | undefined,
  query: DashboardQuery = {},
) {
  return useQuery({
    ...themeTrajectoryQueryOptions(partnershipId, themeCode ?? '', query),
    enabled: themeCode !== undefined,
    placeholderData: keepPreviousData,
  });
}
