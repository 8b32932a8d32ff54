import { themeSessionCaptureSchema, type ThemeSessionCapture } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { evaluationUrl } from './get-evaluation';
import { evaluationKeys } from './evaluation-keys';

export function themeSessionUrl(
  partnershipId: string,
  evaluationId: string,
  sessionId: string,
): string {
  return `${evaluationUrl(partnershipId, evaluationId)}/sessions/${encodeURIComponent(sessionId)}`;
}

export function getThemeSession(
  partnershipId: string,
  evaluationId: string,
  sessionId: string,
  signal?: AbortSignal,
): Promise<ThemeSessionCapture> {
  return apiGet(
    themeSessionUrl(partnershipId, evaluationId, sessionId),
    themeSessionCaptureSchema,
    {
      signal,
    },
  );
}

export const themeSessionQueryOptions = (
  partnershipId: string,
  evaluationId: string,
  sessionId: string,
) =>
  queryOptions({
    queryKey: evaluationKeys.session(partnershipId, evaluationId, sessionId),
    queryFn: ({ signal }) => getThemeSession(partnershipId, evaluationId, sessionId, signal),
    staleTime: 0,
  });

/** The captured state of one theme session; `pollMs` refetches it (the live view). */
export function useThemeSession(
  partnershipId: string,
  evaluationId: string,
  sessionId: string,
  { pollMs }: { pollMs?: number } = {},
) {
  return useQuery({
    ...themeSessionQueryOptions(partnershipId, evaluationId, sessionId),
    refetchInterval: pollMs,
    // The projector keeps polling while the capture happens in another window.
    refetchIntervalInBackground: pollMs !== undefined,
  });
}
