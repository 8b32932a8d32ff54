import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_V1, apiSend, noContent, path } from '../../../lib/api-client';
import { peopleKeys } from './people-keys';

export function deleteInvitation(partnershipId: string, invitationId: string): Promise<void> {
  return apiSend(
    'DELETE',
    `${API_V1}${path`/partnerships/${partnershipId}/invitations/${invitationId}`}`,
    noContent,
  );
}

export function useRevokeInvitation(partnershipId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => deleteInvitation(partnershipId, invitationId),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.partnership(partnershipId) }),
  });
}
