import { recoveryCodesSchema, type RecoveryCodes, type TotpInput } from '@zet/contracts';
import { useMutation } from '@tanstack/react-query';
import { API_V1, apiSend } from '../../../lib/api-client';

export function postEnableTotp(input: TotpInput): Promise<RecoveryCodes> {
  return apiSend('POST', `${API_V1}/auth/totp/enable`, recoveryCodesSchema, input);
}

/**
 * Confirms the new secret with a code; answers the recovery codes, shown only this once. The
 * session and profile are refreshed by the caller once the codes are put away: refreshing now
 * would end the enrolment screen before the codes were seen.
 */
export function useEnableTotp() {
  return useMutation({ mutationFn: postEnableTotp, gcTime: 0 });
}
