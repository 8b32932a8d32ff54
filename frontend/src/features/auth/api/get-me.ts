import { meSchema, type Me } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, ApiError, apiGet } from '../../../lib/api-client';
import { authKeys } from './auth-keys';

/** Who is signed in; null when nobody is (the server answered 401). */
export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await apiGet(`${API_V1}/auth/me`, meSchema, { signal });
  } catch (error) {
    if (error instanceof ApiError && error.isUnauthorized) return null;
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.me(),
    queryFn: ({ signal }) => getMe(signal),
    // Kept fresh by sign-in, sign-out and every 401; no need to ask on each page.
    staleTime: 5 * 60_000,
  });

export function useMe() {
  return useQuery(meQueryOptions());
}
