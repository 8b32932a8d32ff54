import { totpSetupSchema, type TotpSetup } from '@zet/contracts';
import { useMutation } from '@tanstack/react-query';
import { API_V1, apiSend } from '../../../lib/api-client';

/** A new secret for the authenticator app; it counts only after `enableTotp` with a valid code. */
export function postTotpSetup(): Promise<TotpSetup> {
  return apiSend('POST', `${API_V1}/auth/totp/setup`, totpSetupSchema);
}

export function useStartTotpSetup() {
  return useMutation({ mutationFn: postTotpSetup, gcTime: 0 });
}
