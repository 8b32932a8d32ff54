import { Navigate } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { useMe } from '../../features/auth/api/get-me';
import { PartnershipOverviewPage } from '../../features/partnerships/components/partnership-overview-page';
import { appMessages as m } from '../messages';
import { paths } from '../paths';

export function OverviewRoute() {
  const me = useMe();
  if (me.data?.memberships.length === 0) {
    // A platform admin who is in no partnership has the platform as their home.
    if (me.data.user.isPlatformAdmin) {
      return <Navigate to={paths.platformPartnerships()} replace />;
    }
    // Signed in, but every membership was revoked (or none was given yet).
    return (
      <>
        <PageHeading>{m.noAccessTitle}</PageHeading>
        <p className="page-lead">{m.noAccessBody}</p>
      </>
    );
  }
  return <PartnershipOverviewPage />;
}
