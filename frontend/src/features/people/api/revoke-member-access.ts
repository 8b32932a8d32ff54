import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_V1, apiSend, noContent, path } from '../../../lib/api-client';
import { peopleKeys } from './people-keys';

/** Removes every role of the person in this partnership (the account stays). */
export function deleteMemberAccess(partnershipId: string, userId: string): Promise<void> {
  return apiSend(
    'DELETE',
    `${API_V1}${path`/partnerships/${partnershipId}/members/${userId}`}`,
    noContent,
  );
}

export function useRevokeMemberAccess(partnershipId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => deleteMemberAccess(partnershipId, userId),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.partnership(partnershipId) }),
  });
}
