import { themeSessionRevisionListSchema, type ThemeSessionRevision } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { evaluationKeys } from './evaluation-keys';
import { themeSessionUrl } from './get-theme-session';

export async function getSessionRevisions(
  partnershipId: string,
  evaluationId: string,
  sessionId: string,
  signal?: AbortSignal,
): Promise<ThemeSessionRevision[]> {
  const { items } = await apiGet(
    `${themeSessionUrl(partnershipId, evaluationId, sessionId)}/revisions`,
    themeSessionRevisionListSchema,
    { signal },
  );
  return items;
}

export const sessionRevisionsQueryOptions = (
  partnershipId: string,
  evaluationId: string,
  sessionId: string,
) =>
  queryOptions({
    queryKey: evaluationKeys.revisions(partnershipId, evaluationId, sessionId),
    queryFn: ({ signal }) => getSessionRevisions(partnershipId, evaluationId, sessionId, signal),
    // A correction may have come in from elsewhere: look again whenever a page asks for it.
    staleTime: 0,
  });

/** Earlier states of a corrected session, newest first; `enabled` once it is finalised. */
export function useSessionRevisions(
  partnershipId: string,
  evaluationId: string,
  sessionId: string,
  { enabled = true } = {},
) {
  return useQuery({
    ...sessionRevisionsQueryOptions(partnershipId, evaluationId, sessionId),
    enabled,
  });
}
