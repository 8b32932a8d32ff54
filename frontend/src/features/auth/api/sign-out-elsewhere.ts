import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_V1, apiSend, noContent } from '../../../lib/api-client';
import { authKeys } from './auth-keys';

/** Ends every session of the person except this one. */
export function deleteOtherSessions(): Promise<void> {
  return apiSend('DELETE', `${API_V1}/auth/sessions`, noContent);
}

export function useSignOutElsewhere() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: deleteOtherSessions,
    onSettled: () => client.invalidateQueries({ queryKey: authKeys.sessions() }),
  });
}
