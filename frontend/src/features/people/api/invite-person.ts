import { invitationSchema, type Invitation, type InviteInput } from '@zet/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_V1, apiSend, path } from '../../../lib/api-client';
import { peopleKeys } from './people-keys';

export function postInvitation(partnershipId: string, input: InviteInput): Promise<Invitation> {
  return apiSend(
    'POST',
    `${API_V1}${path`/partnerships/${partnershipId}/invitations`}`,
    invitationSchema,
    input,
  );
}

export function useInvitePerson(partnershipId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteInput) => postInvitation(partnershipId, input),
    // A failed mail (502) still stored the invitation: refresh either way.
    onSettled: () => client.invalidateQueries({ queryKey: peopleKeys.partnership(partnershipId) }),
  });
}
