import { contentVersionDetailSchema, type ContentVersionDetail } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import { contentKeys } from './content-keys';

export function getContentVersion(
  versionId: string,
  signal?: AbortSignal,
): Promise<ContentVersionDetail> {
  return apiGet(`${API_V1}${path`/content/versions/${versionId}`}`, contentVersionDetailSchema, {
    signal,
  });
}

/** A version with its themes, its mapping onto the predecessor and the procesbegeleider guide. */
export const contentVersionQueryOptions = (versionId: string) =>
  queryOptions({
    queryKey: contentKeys.version(versionId),
    queryFn: ({ signal }) => getContentVersion(versionId, signal),
    staleTime: Infinity,
  });

export function useContentVersion(versionId: string | undefined) {
  return useQuery({
    ...contentVersionQueryOptions(versionId ?? ''),
    enabled: versionId !== undefined,
  });
}
