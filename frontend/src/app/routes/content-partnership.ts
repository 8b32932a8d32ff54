import { useMe } from '../../features/auth/api/get-me';
import type { ContentPartnership } from '../../features/content/components/theme-detail-page';

/**
 * The partnership whose content version the Thema's pages show: the signed-in person's
 * (the first, when they belong to several). Its programmaleider may adapt the texts.
 */
export function useContentPartnership(): ContentPartnership | undefined {
  const me = useMe();
  const membership = me.data?.memberships[0];
  if (!membership) return undefined;
  return {
    id: membership.partnershipId,
    name: membership.partnershipName,
    canAdapt: membership.roles.includes('programmaleider'),
  };
}
