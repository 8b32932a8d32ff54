import type { MembershipRole } from '@zet/contracts';

export type DashboardView =
  'development' | 'safeguards' | 'commonThreads' | 'location' | 'rolePerspectives';

/** Sees every locatie by name (the server decides; this only shapes the navigation). */
export function seesWholePartnership(roles: readonly MembershipRole[]): boolean {
  return roles.includes('programmaleider') || roles.includes('stuurgroeplid');
}

/** Only the programmaleider confirms, renames, merges and dismisses rode lijnen. */
export function canManageThreads(roles: readonly MembershipRole[]): boolean {
  return roles.includes('programmaleider');
}

/**
 * The dashboards someone can open, their main view first: the programmaleider and stuurgroep
 * look at the partnership, a locatie-coördinator at their own locatie. Rode lijnen name other
 * locaties' findings, so they are not for locatie users.
 */
export function dashboardViewsFor(roles: readonly MembershipRole[]): DashboardView[] {
  if (seesWholePartnership(roles)) {
    return ['development', 'safeguards', 'commonThreads', 'location', 'rolePerspectives'];
  }
  if (roles.includes('locatiecoordinator')) {
    return ['location', 'development', 'safeguards', 'rolePerspectives'];
  }
  return [];
}
