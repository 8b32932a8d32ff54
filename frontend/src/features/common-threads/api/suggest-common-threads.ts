import { commonThreadListSchema, type CommonThread } from '@zet/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_V1, apiSend, path } from '../../../lib/api-client';
import { commonThreadKeys } from './common-thread-keys';

/** Recomputes the suggestions of a school year; confirmed, dismissed and edited ones stay. */
export async function postSuggestions(
  partnershipId: string,
  schoolYear: string,
): Promise<CommonThread[]> {
  const { items } = await apiSend(
    'POST',
    `${API_V1}${path`/partnerships/${partnershipId}/common-threads/suggestions`}`,
    commonThreadListSchema,
    { schoolYear },
  );
  return items;
}

export function useSuggestCommonThreads(partnershipId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (schoolYear: string) => postSuggestions(partnershipId, schoolYear),
    onSuccess: () =>
      client.invalidateQueries({ queryKey: commonThreadKeys.partnership(partnershipId) }),
  });
}
