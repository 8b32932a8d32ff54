import { authProvidersSchema, type AuthProviders } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet } from '../../../lib/api-client';
import { authKeys } from './auth-keys';

export function getAuthProviders(signal?: AbortSignal): Promise<AuthProviders> {
  return apiGet(`${API_V1}/auth/providers`, authProvidersSchema, { signal });
}

export const authProvidersQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.providers(),
    queryFn: ({ signal }) => getAuthProviders(signal),
    staleTime: Infinity,
  });

export function useAuthProviders() {
  return useQuery(authProvidersQueryOptions());
}
