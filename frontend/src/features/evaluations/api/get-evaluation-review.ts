import { evaluationReviewSchema, type EvaluationReview } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { evaluationKeys } from './evaluation-keys';
import { evaluationUrl } from './get-evaluation';

export function getEvaluationReview(
  partnershipId: string,
  evaluationId: string,
  signal?: AbortSignal,
): Promise<EvaluationReview> {
  return apiGet(`${evaluationUrl(partnershipId, evaluationId)}/summary`, evaluationReviewSchema, {
    signal,
  });
}

export const evaluationReviewQueryOptions = (partnershipId: string, evaluationId: string) =>
  queryOptions({
    queryKey: evaluationKeys.review(partnershipId, evaluationId),
    queryFn: ({ signal }) => getEvaluationReview(partnershipId, evaluationId, signal),
    staleTime: 0,
  });

/** Per theme session what is there and what keeps the evaluation from being finalised. */
export function useEvaluationReview(partnershipId: string, evaluationId: string) {
  return useQuery(evaluationReviewQueryOptions(partnershipId, evaluationId));
}
