import type { PasswordResetRequestInput } from '@zet/contracts';
import { useMutation } from '@tanstack/react-query';
import { API_V1, apiSend, noContent } from '../../../lib/api-client';

/** Always accepted (202), whether or not the address has an account. */
export function postPasswordResetRequest(input: PasswordResetRequestInput): Promise<void> {
  return apiSend('POST', `${API_V1}/auth/password-reset`, noContent, input);
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: postPasswordResetRequest });
}
