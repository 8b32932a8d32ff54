import { loginResultSchema, type LoginInput, type LoginResult } from '@zet/contracts';
import { useMutation } from '@tanstack/react-query';
import { API_V1, apiSend } from '../../../lib/api-client';
import { useCompleteSignIn } from './complete-sign-in';

export function postLogin(input: LoginInput): Promise<LoginResult> {
  return apiSend('POST', `${API_V1}/auth/login`, loginResultSchema, input);
}

/** E-mail and password; may ask for the second factor or for setting it up next. */
export function useSignIn() {
  const complete = useCompleteSignIn();
  return useMutation({
    mutationFn: async (input: LoginInput) => {
      const result = await postLogin(input);
      await complete(result);
      return result;
    },
    // The variables hold a password: keep them no longer than the form needs them.
    gcTime: 0,
  });
}
