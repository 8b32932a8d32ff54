import type { PartnershipScope } from '../../common/access/request-scope';
import { canCaptureSession } from '../evaluations/evaluation-access';

/**
 * Who may add and remove files, beyond seeing the session (which `findInScope` checks): whoever
 * may capture the session while the dagdeel is a draft, and the programmaleider always (scans of
 * earlier years come in after the fact). Removing: the programmaleider, or the session's own
 * procesbegeleider while it is a draft.
 */

type Context = {
  evaluation: { status: 'draft' | 'finalised'; locationId: string | null };
  session: { facilitatorId: string | null };
};

export function canUploadAttachment(
  scope: PartnershipScope,
  { evaluation, session }: Context,
): boolean {
  return (
    scope.roles.has('programmaleider') ||
    (evaluation.status === 'draft' &&
      canCaptureSession(scope, { locationId: evaluation.locationId }, session))
  );
}

export function canDeleteAttachment(
  scope: PartnershipScope,
  { evaluation, session }: Context,
): boolean {
  return (
    scope.roles.has('programmaleider') ||
    (evaluation.status === 'draft' &&
      scope.roles.has('procesbegeleider') &&
      session.facilitatorId === scope.principal.userId)
  );
}
