import { Navigate } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { PartnershipOverviewPage } from '../../features/partnerships/components/partnership-overview-page';
import { paths } from '../paths';

export function OverviewRoute() {
  const me = useMe();
  // A platform admin who is in no partnership has the platform as their home.
  if (me.data?.user.isPlatformAdmin && me.data.memberships.length === 0) {
    return <Navigate to={paths.platformPartnerships()} replace />;
  }
  return <PartnershipOverviewPage />;
}
