import { personErasureSchema, type ErasePersonInput, type PersonErasure } from '@zet/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_V1, apiSend, path } from '../../../lib/api-client';
import { peopleKeys } from './people-keys';

/** Irreversible: the person's data goes, group outcomes stay, their name is redacted in texts. */
export function postErasePerson(
  partnershipId: string,
  userId: string,
  input: ErasePersonInput,
): Promise<PersonErasure> {
  return apiSend(
    'POST',
    `${API_V1}${path`/partnerships/${partnershipId}/people/${userId}/erase`}`,
    personErasureSchema,
    input,
  );
}

export function useErasePerson(partnershipId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, input }: { userId: string; input: ErasePersonInput }) =>
      postErasePerson(partnershipId, userId, input),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.partnership(partnershipId) }),
  });
}
