import { profileSchema, type Profile, type UpdateProfileInput } from '@zet/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_V1, apiSend } from '../../../lib/api-client';
import { authKeys } from './auth-keys';

export function patchProfile(input: UpdateProfileInput): Promise<Profile> {
  return apiSend('PATCH', `${API_V1}/auth/profile`, profileSchema, input);
}

export function useUpdateProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: patchProfile,
    onSuccess: (profile) => {
      client.setQueryData(authKeys.profile(), profile);
      // The name also shows in the user menu.
      return client.invalidateQueries({ queryKey: authKeys.me() });
    },
  });
}
