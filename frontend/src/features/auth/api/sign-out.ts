import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_V1, apiSend, noContent, resetCsrfToken } from '../../../lib/api-client';
import { clearSession } from './session-cache';

export function postLogout(): Promise<void> {
  return apiSend('POST', `${API_V1}/auth/logout`, noContent);
}

/** Ends the session on the server, then forgets everything of it here. */
export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: postLogout,
    onSuccess: () => {
      resetCsrfToken();
      clearSession(client);
    },
  });
}
