import { contentDiffSchema, type ContentDiff } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import { contentKeys } from './content-keys';

export function getContentDiff(
  partnershipId: string,
  versionId: string,
  themeCode: string | undefined,
  signal?: AbortSignal,
): Promise<ContentDiff> {
  return apiGet(
    `${API_V1}${path`/partnerships/${partnershipId}/content/versions/${versionId}/diff`}`,
    contentDiffSchema,
    { query: { theme: themeCode }, signal },
  );
}

export const contentDiffQueryOptions = (
  partnershipId: string,
  versionId: string,
  themeCode: string | undefined,
) =>
  queryOptions({
    queryKey: contentKeys.diff(partnershipId, versionId, themeCode),
    queryFn: ({ signal }) => getContentDiff(partnershipId, versionId, themeCode, signal),
  });

/** Per adapted part the base text next to the partnership's; one theme or all of them. */
export function useContentDiff(
  partnershipId: string,
  versionId: string | undefined,
  themeCode: string | undefined,
) {
  return useQuery({
    ...contentDiffQueryOptions(partnershipId, versionId ?? '', themeCode),
    enabled: versionId !== undefined,
  });
}
