import {
  commonThreadSchema,
  type CommonThread,
  type MergeCommonThreadsInput,
} from '@zet/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_V1, apiSend, path } from '../../../lib/api-client';
import { commonThreadKeys } from './common-thread-keys';

/** Folds the `sources` into the target thread: their findings move there, they disappear. */
export function postMerge(
  partnershipId: string,
  threadId: string,
  input: MergeCommonThreadsInput,
): Promise<CommonThread> {
  return apiSend(
    'POST',
    `${API_V1}${path`/partnerships/${partnershipId}/common-threads/${threadId}/merge`}`,
    commonThreadSchema,
    input,
  );
}

export function useMergeCommonThreads(partnershipId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ threadId, input }: { threadId: string; input: MergeCommonThreadsInput }) =>
      postMerge(partnershipId, threadId, input),
    onSettled: () =>
      client.invalidateQueries({ queryKey: commonThreadKeys.partnership(partnershipId) }),
  });
}
