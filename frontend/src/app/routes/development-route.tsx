import { useParams } from 'react-router';
import { DevelopmentPage } from '../../features/dashboards/components/development-page';
import { useDashboardContext } from './use-dashboard-context';

/** Ontwikkeling: the dashboards feature, fed with the content's labels and the partnership. */
export function DevelopmentRoute() {
  const { partnershipId = '' } = useParams();
  const context = useDashboardContext(partnershipId);
  return (
    <DevelopmentPage
      partnershipId={partnershipId}
      roles={context.roles}
      options={context.options}
      optionsFallback={context.fallback}
    />
  );
}
