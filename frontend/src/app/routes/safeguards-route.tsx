import { useParams } from 'react-router';
import { SafeguardsPage } from '../../features/dashboards/components/safeguards-page';
import { useDashboardContext } from './use-dashboard-context';

/** Waarborgen: quality per waarborg, with the report and the numbers to download. */
export function SafeguardsRoute() {
  const { partnershipId = '' } = useParams();
  const context = useDashboardContext(partnershipId);
  return (
    <SafeguardsPage
      partnershipId={partnershipId}
      roles={context.roles}
      options={context.options}
      optionsFallback={context.fallback}
    />
  );
}
