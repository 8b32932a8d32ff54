import { evaluationDetailSchema, type EvaluationDetail } from '@zet/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { evaluationKeys } from './evaluation-keys';
import { evaluationUrl } from './get-evaluation';

/** Vaststellen: 400 with what is missing, 409 when someone changed it meanwhile. */
export function postFinalise(
  partnershipId: string,
  evaluationId: string,
  version: number,
): Promise<EvaluationDetail> {
  return apiSend(
    'POST',
    `${evaluationUrl(partnershipId, evaluationId)}/finalise`,
    evaluationDetailSchema,
    { version },
  );
}

export function useFinaliseEvaluation(partnershipId: string, evaluationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => postFinalise(partnershipId, evaluationId, version),
    onSuccess: (detail) => {
      client.setQueryData(evaluationKeys.detail(partnershipId, evaluationId), detail);
      // Sessions turn read-only and results reach the dashboards. Not awaited: the page that
      // finalised moves on at once.
      void client.invalidateQueries({ queryKey: evaluationKeys.partnership(partnershipId) });
    },
  });
}
