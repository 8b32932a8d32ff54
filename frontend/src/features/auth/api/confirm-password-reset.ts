import type { PasswordResetConfirmInput } from '@zet/contracts';
import { useMutation } from '@tanstack/react-query';
import { API_V1, apiSend, noContent } from '../../../lib/api-client';

/** Sets the new password; the server ends every session of the person. */
export function postPasswordResetConfirm(input: PasswordResetConfirmInput): Promise<void> {
  return apiSend('POST', `${API_V1}/auth/password-reset/confirm`, noContent, input);
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: postPasswordResetConfirm, gcTime: 0 });
}
