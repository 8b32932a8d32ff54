import { listOf, sessionInfoSchema, type SessionInfo } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet } from '../../../lib/api-client';
import { authKeys } from './auth-keys';

const sessionListSchema = listOf(sessionInfoSchema);

export async function getSessions(signal?: AbortSignal): Promise<SessionInfo[]> {
  const { items } = await apiGet(`${API_V1}/auth/sessions`, sessionListSchema, { signal });
  return items;
}

export const sessionsQueryOptions = () =>
  queryOptions({ queryKey: authKeys.sessions(), queryFn: ({ signal }) => getSessions(signal) });

export function useSessions() {
  return useQuery(sessionsQueryOptions());
}
