import { partnershipThemeListSchema, type PartnershipThemeList } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import { contentKeys } from './content-keys';

export function getPartnershipThemes(
  partnershipId: string,
  versionId: string,
  signal?: AbortSignal,
): Promise<PartnershipThemeList> {
  return apiGet(
    `${API_V1}${path`/partnerships/${partnershipId}/content/versions/${versionId}/themes`}`,
    partnershipThemeListSchema,
    { signal },
  );
}

export const partnershipThemesQueryOptions = (partnershipId: string, versionId: string) =>
  queryOptions({
    queryKey: contentKeys.partnershipThemes(partnershipId, versionId),
    queryFn: ({ signal }) => getPartnershipThemes(partnershipId, versionId, signal),
  });

/** The themes as the partnership has them (effective introductions, how many parts adapted). */
export function usePartnershipThemes(
  partnershipId: string | undefined,
  versionId: string | undefined,
) {
  return useQuery({
    ...partnershipThemesQueryOptions(partnershipId ?? '', versionId ?? ''),
    enabled: partnershipId !== undefined && versionId !== undefined,
  });
}
