import {
  evaluationSummarySchema,
  listOf,
  type EvaluationListQuery,
  type EvaluationSummary,
} from '@zet/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import { evaluationKeys } from './evaluation-keys';

const evaluationListSchema = listOf(evaluationSummarySchema);

export async function getEvaluations(
  partnershipId: string,
  filters: EvaluationListQuery,
  signal?: AbortSignal,
): Promise<EvaluationSummary[]> {
  const { items } = await apiGet(
    `${API_V1}${path`/partnerships/${partnershipId}/evaluations`}`,
    evaluationListSchema,
    { query: { schoolYear: filters.schoolYear, locationId: filters.locationId }, signal },
  );
  return items;
}

export const evaluationsQueryOptions = (partnershipId: string, filters: EvaluationListQuery) =>
  queryOptions({
    queryKey: evaluationKeys.list(partnershipId, filters),
    queryFn: ({ signal }) => getEvaluations(partnershipId, filters, signal),
  });

/** Keeps the previous list on screen while a changed filter loads. */
export function useEvaluations(partnershipId: string, filters: EvaluationListQuery) {
  return useQuery({
    ...evaluationsQueryOptions(partnershipId, filters),
    placeholderData: keepPreviousData,
  });
}
