import { followedThreadListSchema, type FollowedThreadList } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import { commonThreadKeys } from './common-thread-keys';

export function getFollowedThreads(
  partnershipId: string,
  signal?: AbortSignal,
): Promise<FollowedThreadList> {
  return apiGet(
    `${API_V1}${path`/partnerships/${partnershipId}/common-threads/followed`}`,
    followedThreadListSchema,
    { signal },
  );
}

export const followedThreadsQueryOptions = (partnershipId: string) =>
  queryOptions({
    queryKey: commonThreadKeys.followed(partnershipId),
    queryFn: ({ signal }) => getFollowedThreads(partnershipId, signal),
  });

/** Confirmed rode lijnen followed over the years. */
export function useFollowedThreads(partnershipId: string) {
  return useQuery(followedThreadsQueryOptions(partnershipId));
}
