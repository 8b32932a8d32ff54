import {
  evaluationConflictSchema,
  evaluationDetailSchema,
  type CreateEvaluationInput,
  type EvaluationDetail,
  type UpdateEvaluationPlanInput,
} from '@zet/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_V1, ApiError, apiSend, path } from '../../../lib/api-client';
import { evaluationKeys } from './evaluation-keys';
import { evaluationUrl } from './get-evaluation';

export function postEvaluation(
  partnershipId: string,
  input: CreateEvaluationInput,
): Promise<EvaluationDetail> {
  return apiSend(
    'POST',
    `${API_V1}${path`/partnerships/${partnershipId}/evaluations`}`,
    evaluationDetailSchema,
    input,
  );
}

/** The whole plan again with the loaded `version`; 409 with the current evaluation when stale. */
export function putEvaluationPlan(
  partnershipId: string,
  evaluationId: string,
  input: UpdateEvaluationPlanInput,
): Promise<EvaluationDetail> {
  return apiSend('PUT', evaluationUrl(partnershipId, evaluationId), evaluationDetailSchema, input);
}

/** The evaluation as the server has it now, from a 409 on a stale plan edit. */
export function conflictingEvaluation(error: unknown): EvaluationDetail | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const parsed = evaluationConflictSchema.safeParse(error.problem);
  return parsed.success ? parsed.data.current : undefined;
}

export function useCreateEvaluation(partnershipId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateEvaluationInput) => postEvaluation(partnershipId, input),
    onSuccess: (detail) => {
      client.setQueryData(evaluationKeys.detail(partnershipId, detail.id), detail);
      return client.invalidateQueries({ queryKey: evaluationKeys.lists(partnershipId) });
    },
  });
}

export function useUpdateEvaluationPlan(partnershipId: string, evaluationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateEvaluationPlanInput) =>
      putEvaluationPlan(partnershipId, evaluationId, input),
    onSuccess: (detail) => {
      client.setQueryData(evaluationKeys.detail(partnershipId, evaluationId), detail);
      return client.invalidateQueries({ queryKey: evaluationKeys.lists(partnershipId) });
    },
  });
}
