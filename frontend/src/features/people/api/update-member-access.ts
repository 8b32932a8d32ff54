import { memberSchema, type Member, type UpdateMemberAccessInput } from '@zet/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_V1, apiSend, path } from '../../../lib/api-client';
import { peopleKeys } from './people-keys';

/** Makes the member's roles (and locaties) in this partnership exactly the given ones. */
export function putMemberAccess(
  partnershipId: string,
  userId: string,
  input: UpdateMemberAccessInput,
): Promise<Member> {
  return apiSend(
    'PUT',
    `${API_V1}${path`/partnerships/${partnershipId}/members/${userId}`}`,
    memberSchema,
    input,
  );
}

export function useUpdateMemberAccess(partnershipId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, input }: { userId: string; input: UpdateMemberAccessInput }) =>
      putMemberAccess(partnershipId, userId, input),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.partnership(partnershipId) }),
  });
}
