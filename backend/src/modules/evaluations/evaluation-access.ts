import type { PartnershipScope } from '../../common/access/request-scope';
import { seesWholePartnership } from '../../common/access/request-scope';

/**
 * Who may do what with an evaluation, beyond the route's @Allow: the programmaleider everything;
 * a locatie-coördinator their own locaties' evaluations; a procesbegeleider the sessions they
 * facilitate; the stuurgroep reads. A person with several roles gets the union.
 */

const ownsLocation = (scope: PartnershipScope, locationId: string | null) =>
  scope.roles.has('locatiecoordinator') &&
  locationId !== null &&
  scope.locationIds.includes(locationId);

const facilitates = (scope: PartnershipScope, facilitatorId: string | null) =>
  scope.roles.has('procesbegeleider') && facilitatorId === scope.principal.userId;

/** The same rule as the evaluation list (`evaluationVisibility`). */
export function canSeeEvaluation(
  scope: PartnershipScope,
  evaluation: { locationId: string | null },
  facilitatorIds: readonly (string | null)[],
): boolean {
  return (
    seesWholePartnership(scope) ||
    ownsLocation(scope, evaluation.locationId) ||
    facilitatorIds.some((id) => facilitates(scope, id))
  );
}

/** Reading one session's outcome: a procesbegeleider only sees the sessions they facilitate. */
export function canSeeSession(
  scope: PartnershipScope,
  evaluation: { locationId: string | null },
  session: { facilitatorId: string | null },
): boolean {
  return (
    seesWholePartnership(scope) ||
    ownsLocation(scope, evaluation.locationId) ||
    facilitates(scope, session.facilitatorId)
  );
}

export function canCaptureSession(
  scope: PartnershipScope,
  evaluation: { locationId: string | null },
  session: { facilitatorId: string | null },
): boolean {
  return (
    scope.roles.has('programmaleider') ||
    ownsLocation(scope, evaluation.locationId) ||
    facilitates(scope, session.facilitatorId)
  );
}

/** Planning: the programmaleider anywhere, a locatie-coördinator for their own locaties (not partnership-wide). */
export function canPlanAt(scope: PartnershipScope, locationId: string | null): boolean {
  return scope.roles.has('programmaleider') || ownsLocation(scope, locationId);
}

/** The programmaleider, or the procesbegeleider who facilitates every session of the evaluation. */
export function canFinalise(
  scope: PartnershipScope,
  facilitatorIds: readonly (string | null)[],
): boolean {
  return (
    scope.roles.has('programmaleider') ||
    (facilitatorIds.length > 0 && facilitatorIds.every((id) => facilitates(scope, id)))
  );
}

/** Corrections after finalisation are the programmaleider's. */
export function canCorrect(scope: PartnershipScope): boolean {
  return scope.roles.has('programmaleider');
}
