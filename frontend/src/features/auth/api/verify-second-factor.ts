import { loginResultSchema, type LoginResult, type TotpInput } from '@zet/contracts';
import { useMutation } from '@tanstack/react-query';
import { API_V1, apiSend } from '../../../lib/api-client';
import { useCompleteSignIn } from './complete-sign-in';

export function postSecondFactor(input: TotpInput): Promise<LoginResult> {
  return apiSend('POST', `${API_V1}/auth/login/totp`, loginResultSchema, input);
}

/** The code from the authenticator app, or a recovery code. */
export function useVerifySecondFactor() {
  const complete = useCompleteSignIn();
  return useMutation({
    mutationFn: async (input: TotpInput) => {
      const result = await postSecondFactor(input);
      await complete(result);
      return result;
    },
    gcTime: 0,
  });
}
