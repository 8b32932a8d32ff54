import {
  facilitatorOptionsSchema,
  listOf,
  targetGroupSchema,
  type TargetGroup,
} from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import { evaluationKeys } from './evaluation-keys';

export type FacilitatorOption = { userId: string; name: string };

export async function getFacilitators(
  partnershipId: string,
  signal?: AbortSignal,
): Promise<FacilitatorOption[]> {
  const { items } = await apiGet(
    `${API_V1}${path`/partnerships/${partnershipId}/evaluations/facilitators`}`,
    facilitatorOptionsSchema,
    { signal },
  );
  return items;
}

const targetGroupListSchema = listOf(targetGroupSchema);

export async function getTargetGroups(
  partnershipId: string,
  signal?: AbortSignal,
): Promise<TargetGroup[]> {
  const { items } = await apiGet(
    `${API_V1}${path`/partnerships/${partnershipId}/target-groups`}`,
    targetGroupListSchema,
    { signal },
  );
  return items;
}

export const facilitatorsQueryOptions = (partnershipId: string) =>
  queryOptions({
    queryKey: evaluationKeys.facilitators(partnershipId),
    queryFn: ({ signal }) => getFacilitators(partnershipId, signal),
  });

export const targetGroupsQueryOptions = (partnershipId: string) =>
  queryOptions({
    queryKey: evaluationKeys.targetGroups(partnershipId),
    queryFn: ({ signal }) => getTargetGroups(partnershipId, signal),
  });

/** Members with the procesbegeleider role, to assign to theme groups. */
export function useFacilitators(partnershipId: string, { enabled = true } = {}) {
  return useQuery({ ...facilitatorsQueryOptions(partnershipId), enabled });
}

/** The partnership's doelgroepen, to choose those in scope. */
export function useTargetGroups(partnershipId: string, { enabled = true } = {}) {
  return useQuery({ ...targetGroupsQueryOptions(partnershipId), enabled });
}
