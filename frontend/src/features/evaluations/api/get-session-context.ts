import { themeSessionContextSchema, type ThemeSessionContext } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { evaluationKeys } from './evaluation-keys';
import { themeSessionUrl } from './get-theme-session';

export function getSessionContext(
  partnershipId: string,
  evaluationId: string,
  sessionId: string,
  signal?: AbortSignal,
): Promise<ThemeSessionContext> {
  return apiGet(
    `${themeSessionUrl(partnershipId, evaluationId, sessionId)}/context`,
    themeSessionContextSchema,
    { signal },
  );
}

export const sessionContextQueryOptions = (
  partnershipId: string,
  evaluationId: string,
  sessionId: string,
) =>
  queryOptions({
    queryKey: evaluationKeys.sessionContext(partnershipId, evaluationId, sessionId),
    queryFn: ({ signal }) => getSessionContext(partnershipId, evaluationId, sessionId, signal),
    staleTime: 5 * 60_000,
  });

/** The previous outcome of this theme at this locatie and its open actions. */
export function useSessionContext(partnershipId: string, evaluationId: string, sessionId: string) {
  return useQuery(sessionContextQueryOptions(partnershipId, evaluationId, sessionId));
}
