import { heatmapSchema, type Heatmap } from '@zet/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import type { DashboardQuery } from '../utils/dashboard-params';
import { dashboardKeys } from './dashboard-keys';

export type HeatmapQuery = DashboardQuery & { schoolYear?: string };

/** Locaties × themes for one school year (by default the newest with results). */
export function getHeatmap(
  partnershipId: string,
  query: HeatmapQuery,
  signal?: AbortSignal,
): Promise<Heatmap> {
  return apiGet(
    `${API_V1}${path`/partnerships/${partnershipId}/dashboards/heatmap`}`,
    heatmapSchema,
    { query, signal },
  );
}

export const heatmapQueryOptions = (partnershipId: string, query: HeatmapQuery) =>
  queryOptions({
    queryKey: dashboardKeys.heatmap(partnershipId, query),
    queryFn: ({ signal }) => getHeatmap(partnershipId, query, signal),
  });

/** Keeps the previous year on screen while the next one loads. */
export function useHeatmap(partnershipId: string, query: HeatmapQuery) {
  return useQuery({
    ...heatmapQueryOptions(partnershipId, query),
    placeholderData: keepPreviousData,
  });
}
