import { useParams } from 'react-router';
import { useContentOverview } from '../../features/content/api/get-content-overview';
import { LocationPage } from '../../features/dashboards/components/location-page';
import { useDashboardContext } from './use-dashboard-context';

/** Today in the reader's time zone, as an ISO date. */
function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Onze locatie: a locatie's own trajectory, findings and open actions. */
export function LocationDashboardRoute() {
  const { partnershipId = '' } = useParams();
  const context = useDashboardContext(partnershipId);
  const content = useContentOverview();
  const roleNames = new Map(content.data?.roles.map((role) => [role.code, role.name]));
  return (
    <LocationPage
      partnershipId={partnershipId}
      roles={context.roles}
      ownLocationIds={context.ownLocationIds}
      options={context.options}
      optionsFallback={context.fallback}
      today={todayIso()}
      roleName={(code) => roleNames.get(code) ?? code}
    />
  );
}
