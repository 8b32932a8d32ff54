import {
  themeSessionCaptureSchema,
  themeSessionConflictSchema,
  type ThemeSessionCapture,
  type ThemeSessionCaptureInput,
} from '@zet/contracts';
import { ApiError, apiSend } from '../../../lib/api-client';
import { themeSessionUrl } from './get-theme-session';

/** Saves the capture document if `input.version` is still the server's; 409 otherwise. */
export function patchThemeSession(
  partnershipId: string,
  evaluationId: string,
  sessionId: string,
  input: ThemeSessionCaptureInput,
): Promise<ThemeSessionCapture> {
  return apiSend(
    'PATCH',
    themeSessionUrl(partnershipId, evaluationId, sessionId),
    themeSessionCaptureSchema,
    input,
  );
}

/** The server's document from a 409 on a stale save; undefined for any other failure. */
export function conflictingSession(error: unknown): ThemeSessionCapture | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const parsed = themeSessionConflictSchema.safeParse(error.problem);
  return parsed.success ? parsed.data.current : undefined;
}
