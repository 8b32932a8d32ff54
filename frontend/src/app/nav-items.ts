import type { MembershipRole } from '@zet/contracts';
import { appMessages } from './messages';
import { paths } from './paths';

export type NavItem = {
  key: string;
  label: string;
  to: string;
  /** Active only on exactly `to` (not on pages below it). */
  end?: boolean;
  /** Further path patterns on which the item counts as active. */
  alsoActiveOn?: string[];
};

type NavContext = {
  /** The partnership the app is in, if any. */
  partnershipId: string | undefined;
  /** The signed-in person's roles in that partnership; empty outside it. */
  roles: readonly MembershipRole[];
  isPlatformAdmin: boolean;
};

const DASHBOARD_READERS: readonly MembershipRole[] = [
  'programmaleider',
  'stuurgroeplid',
  'locatiecoordinator',
];

/**
 * The main navigation for who is signed in: only pages the server will show them. The server
 * decides access; this only spares people links to pages that would answer "not found".
 */
export function navItemsFor({ partnershipId, roles, isPlatformAdmin }: NavContext): NavItem[] {
  const nav = appMessages.nav;
  const has = (allowed: readonly MembershipRole[]) => roles.some((role) => allowed.includes(role));
  const items: NavItem[] = [
    { key: 'overview', label: nav.overview, to: paths.overview(), end: true },
    {
      key: 'themes',
      label: nav.themes,
      to: paths.themes(),
      // The instrument catalogue and the katern's theory sit beside the themes (sub-navigation).
      alsoActiveOn: [paths.instruments(), paths.qualityCulture()],
    },
  ];
  if (partnershipId && roles.length > 0) {
    items.push({
      key: 'partnership',
      label: nav.partnership,
      to: paths.partnership(partnershipId),
      end: true,
    });
    if (has(DASHBOARD_READERS)) {
      // The main dashboard of each role gets its own item; the others sit in the dashboards'
      // sub-navigation and keep Ontwikkeling active.
      const wide = has(['programmaleider', 'stuurgroeplid']);
      if (!wide) {
        items.push({
          key: 'locationDashboard',
          label: nav.locationDashboard,
          to: paths.locationDashboard(partnershipId),
        });
      }
      items.push({
        key: 'development',
        label: nav.development,
        to: paths.development(partnershipId),
        alsoActiveOn: [
          paths.rolePerspectives(partnershipId),
          wide ? paths.commonThreads(partnershipId) : paths.safeguards(partnershipId),
          ...(wide ? [paths.locationDashboard(partnershipId)] : []),
        ],
      });
      if (wide) {
        items.push({
          key: 'safeguards',
          label: nav.safeguards,
          to: paths.safeguards(partnershipId),
        });
      }
    }
    if (has(['programmaleider'])) {
      items.push({
        key: 'management',
        label: nav.management,
        to: paths.people(partnershipId),
        alsoActiveOn: [paths.auditLog(partnershipId), paths.importHistory(partnershipId)],
      });
    }
  }
  if (isPlatformAdmin) {
    items.push({ key: 'platform', label: nav.platform, to: paths.platformPartnerships() });
  }
  return items;
}
