import {
  themeSessionCaptureSchema,
  type ThemeSessionCapture,
  type ThemeSessionCorrectionInput,
} from '@zet/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { evaluationKeys } from './evaluation-keys';
import { themeSessionUrl } from './get-theme-session';

type SessionIds = { partnershipId: string; evaluationId: string; sessionId: string };

/**
 * A correction of a finalised session: 400 with field errors (also when it would leave the
 * session incomplete), 409 with the current document when `version` is stale.
 */
export function postCorrection(
  { partnershipId, evaluationId, sessionId }: SessionIds,
  input: ThemeSessionCorrectionInput,
): Promise<ThemeSessionCapture> {
  return apiSend(
    'POST',
    `${themeSessionUrl(partnershipId, evaluationId, sessionId)}/corrections`,
    themeSessionCaptureSchema,
    input,
  );
}

export function useCorrectThemeSession(ids: SessionIds) {
  const client = useQueryClient();
  const { partnershipId, evaluationId, sessionId } = ids;
  return useMutation({
    mutationFn: (input: ThemeSessionCorrectionInput) => postCorrection(ids, input),
    onSuccess: (saved) => {
      client.setQueryData(evaluationKeys.session(partnershipId, evaluationId, sessionId), saved);
      // The overview, review, dashboards' sources and the revision list all changed.
      void client.invalidateQueries({ queryKey: evaluationKeys.partnership(partnershipId) });
    },
  });
}
