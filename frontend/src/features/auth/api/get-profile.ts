import { profileSchema, type Profile } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet } from '../../../lib/api-client';
import { authKeys } from './auth-keys';

export function getProfile(signal?: AbortSignal): Promise<Profile> {
  return apiGet(`${API_V1}/auth/profile`, profileSchema, { signal });
}

export const profileQueryOptions = () =>
  queryOptions({ queryKey: authKeys.profile(), queryFn: ({ signal }) => getProfile(signal) });

export function useProfile() {
  return useQuery(profileQueryOptions());
}
