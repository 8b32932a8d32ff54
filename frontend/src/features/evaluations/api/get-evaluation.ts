import { evaluationDetailSchema, type EvaluationDetail } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import { evaluationKeys } from './evaluation-keys';

export function evaluationUrl(partnershipId: string, evaluationId: string): string {
  return `${API_V1}${path`/partnerships/${partnershipId}/evaluations/${evaluationId}`}`;
}

export function getEvaluation(
  partnershipId: string,
  evaluationId: string,
  signal?: AbortSignal,
): Promise<EvaluationDetail> {
  return apiGet(evaluationUrl(partnershipId, evaluationId), evaluationDetailSchema, { signal });
}

export const evaluationQueryOptions = (partnershipId: string, evaluationId: string) =>
  queryOptions({
    queryKey: evaluationKeys.detail(partnershipId, evaluationId),
    queryFn: ({ signal }) => getEvaluation(partnershipId, evaluationId, signal),
    // Captured sessions change its overview; look again whenever a page asks for it.
    staleTime: 0,
  });

/** One evaluation with its rounds, theme sessions, the method's warnings and what the asker may do. */
export function useEvaluation(partnershipId: string, evaluationId: string) {
  return useQuery(evaluationQueryOptions(partnershipId, evaluationId));
}
