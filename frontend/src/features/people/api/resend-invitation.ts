import { invitationSchema, type Invitation } from '@zet/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_V1, apiSend, path } from '../../../lib/api-client';
import { peopleKeys } from './people-keys';

/** A new link and seven new days; the old link stops working. */
export function postResendInvitation(
  partnershipId: string,
  invitationId: string,
): Promise<Invitation> {
  return apiSend(
    'POST',
    `${API_V1}${path`/partnerships/${partnershipId}/invitations/${invitationId}/resend`}`,
    invitationSchema,
  );
}

export function useResendInvitation(partnershipId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => postResendInvitation(partnershipId, invitationId),
    onSettled: () => client.invalidateQueries({ queryKey: peopleKeys.partnership(partnershipId) }),
  });
}
