import { peopleListSchema, type PeopleList } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import { peopleKeys } from './people-keys';

export function getPeople(partnershipId: string, signal?: AbortSignal): Promise<PeopleList> {
  return apiGet(`${API_V1}${path`/partnerships/${partnershipId}/people`}`, peopleListSchema, {
    signal,
  });
}

export const peopleQueryOptions = (partnershipId: string) =>
  queryOptions({
    queryKey: peopleKeys.list(partnershipId),
    queryFn: ({ signal }) => getPeople(partnershipId, signal),
  });

/** Members with their roles and locaties, and the invitations still open. */
export function usePeople(partnershipId: string) {
  return useQuery(peopleQueryOptions(partnershipId));
}
