import type { LoginResult } from '@zet/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { resetCsrfToken } from '../../../lib/api-client';
import { getMe } from './get-me';
import { markSignedIn } from './session-cache';

/**
 * After the server started a session (sign-in, second factor, accepted invitation): the session
 * id changed, so the CSRF token is dropped, and the cache is handed to whoever is now signed in.
 */
export function useCompleteSignIn() {
  const client = useQueryClient();
  return useCallback(
    async (result: LoginResult): Promise<void> => {
      resetCsrfToken();
      // Halfway (second factor still to come) nobody is signed in yet.
      if (result.status === 'totp_required') return;
      const me = await getMe();
      if (me) markSignedIn(client, me);
    },
    [client],
  );
}
