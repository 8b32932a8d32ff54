import { loginResultSchema, type InvitationAcceptInput, type LoginResult } from '@zet/contracts';
import { useMutation } from '@tanstack/react-query';
import { API_V1, apiSend } from '../../../lib/api-client';
import { useCompleteSignIn } from './complete-sign-in';

export function postAcceptInvitation(input: InvitationAcceptInput): Promise<LoginResult> {
  return apiSend('POST', `${API_V1}/auth/invitations/accept`, loginResultSchema, input);
}

/**
 * Accepting signs the person in (with a new account, or the one they are signed in with).
 * `onAccepted` runs even when the signing-in re-renders the page without the form.
 */
export function useAcceptInvitation({ onAccepted }: { onAccepted?: () => void } = {}) {
  const complete = useCompleteSignIn();
  return useMutation({
    mutationFn: async (input: InvitationAcceptInput) => {
      const result = await postAcceptInvitation(input);
      await complete(result);
      return result;
    },
    onSuccess: () => onAccepted?.(),
    gcTime: 0,
  });
}
