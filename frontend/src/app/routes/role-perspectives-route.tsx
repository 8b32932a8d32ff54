import { useParams } from 'react-router';
import { RolePerspectivesPage } from '../../features/dashboards/components/role-perspectives-page';
import { useDashboardContext } from './use-dashboard-context';

/** Rolperspectieven: how roles placed a theme against the group. */
export function RolePerspectivesRoute() {
  const { partnershipId = '' } = useParams();
  const context = useDashboardContext(partnershipId);
  return (
    <RolePerspectivesPage
      partnershipId={partnershipId}
      roles={context.roles}
      options={context.options}
      optionsFallback={context.fallback}
    />
  );
}
