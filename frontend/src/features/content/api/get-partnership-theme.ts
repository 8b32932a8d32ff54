import { partnershipThemeSchema, type PartnershipTheme } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import { contentKeys } from './content-keys';

export function partnershipThemeUrl(partnershipId: string, versionId: string, code: string) {
  return `${API_V1}${path`/partnerships/${partnershipId}/content/versions/${versionId}/themes/${code}`}`;
}

export function getPartnershipTheme(
  partnershipId: string,
  versionId: string,
  code: string,
  signal?: AbortSignal,
): Promise<PartnershipTheme> {
  return apiGet(partnershipThemeUrl(partnershipId, versionId, code), partnershipThemeSchema, {
    signal,
  });
}

export const partnershipThemeQueryOptions = (
  partnershipId: string,
  versionId: string,
  code: string,
) =>
  queryOptions({
    queryKey: contentKeys.partnershipTheme(partnershipId, versionId, code),
    queryFn: ({ signal }) => getPartnershipTheme(partnershipId, versionId, code, signal),
  });

/** The theme as a procesbegeleider of the partnership uses it: the base with its adaptations. */
export function usePartnershipTheme(
  partnershipId: string | undefined,
  versionId: string | undefined,
  code: string,
) {
  return useQuery({
    ...partnershipThemeQueryOptions(partnershipId ?? '', versionId ?? '', code),
    enabled: partnershipId !== undefined && versionId !== undefined,
  });
}
