import type { PartnershipScope } from './request-scope';
import { seesWholePartnership } from './request-scope';

/**
 * Which locaties this person may see by name: all of them for the programmaleider and the
 * stuurgroep (and for everyone when the partnership opted into open comparison), otherwise
 * only a locatie-coördinator's own.
 */
export function namedLocationFilter(
  scope: PartnershipScope,
  openComparison: boolean,
): readonly string[] | 'all' {
  if (seesWholePartnership(scope) || openComparison) return 'all';
  return scope.locationIds;
}

/** Evaluations: whole partnership, own locaties, or (procesbegeleider) those with one's own sessions. */
export type EvaluationVisibility =
  | { kind: 'all' }
  | { kind: 'restricted'; locationIds: readonly string[]; facilitatorId: string | null };

export function evaluationVisibility(scope: PartnershipScope): EvaluationVisibility {
  if (seesWholePartnership(scope)) return { kind: 'all' };
  return {
    kind: 'restricted',
    locationIds: scope.locationIds,
    facilitatorId: scope.roles.has('procesbegeleider') ? scope.principal.userId : null,
  };
}
