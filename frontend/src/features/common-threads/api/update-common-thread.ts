import {
  commonThreadSchema,
  type CommonThread,
  type UpdateCommonThreadInput,
} from '@zet/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_V1, apiSend, path } from '../../../lib/api-client';
import { commonThreadKeys } from './common-thread-keys';

/** Rename, describe, confirm or dismiss; a stale `version` is answered with 409. */
export function patchCommonThread(
  partnershipId: string,
  threadId: string,
  input: UpdateCommonThreadInput,
): Promise<CommonThread> {
  return apiSend(
    'PATCH',
    `${API_V1}${path`/partnerships/${partnershipId}/common-threads/${threadId}`}`,
    commonThreadSchema,
    input,
  );
}

export function useUpdateCommonThread(partnershipId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ threadId, input }: { threadId: string; input: UpdateCommonThreadInput }) =>
      patchCommonThread(partnershipId, threadId, input),
    // Also after a 409: the list then shows what is current.
    onSettled: () =>
      client.invalidateQueries({ queryKey: commonThreadKeys.partnership(partnershipId) }),
  });
}
