import { invitationPreviewSchema, type InvitationPreview } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiSend } from '../../../lib/api-client';
import { authKeys } from './auth-keys';

/** A POST, so the token stays out of URLs and logs on the server. */
export function lookupInvitation(token: string): Promise<InvitationPreview> {
  return apiSend('POST', `${API_V1}/auth/invitations/lookup`, invitationPreviewSchema, { token });
}

export const invitationQueryOptions = (token: string) =>
  queryOptions({
    queryKey: authKeys.invitation(token),
    queryFn: () => lookupInvitation(token),
    retry: false,
  });

export function useInvitation(token: string | undefined) {
  return useQuery({ ...invitationQueryOptions(token ?? ''), enabled: token !== undefined });
}
