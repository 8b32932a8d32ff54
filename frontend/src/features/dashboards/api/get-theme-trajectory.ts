import { themeTrajectorySchema, type ThemeTrajectory } from '@zet/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import { dashboardKeys } from './dashboard-keys';

export function getThemeTrajectory(
  partnershipId: string,
  themeCode: string,
  signal?: AbortSignal,
): Promise<ThemeTrajectory> {
  return apiGet(
    `${API_V1}${path`/partnerships/${partnershipId}/dashboards/trajectory`}`,
    themeTrajectorySchema,
    { query: { theme: themeCode }, signal },
  );
}

export const themeTrajectoryQueryOptions = (partnershipId: string, themeCode: string) =>
  queryOptions({
    queryKey: dashboardKeys.trajectory(partnershipId, themeCode),
    queryFn: ({ signal }) => getThemeTrajectory(partnershipId, themeCode, signal),
  });

/** Keeps the previous theme's chart on screen while the next one loads. */
export function useThemeTrajectory(partnershipId: string, themeCode: string | undefined) {
  return useQuery({
    ...themeTrajectoryQueryOptions(partnershipId, themeCode ?? ''),
    enabled: themeCode !== undefined,
    placeholderData: keepPreviousData,
  });
}
