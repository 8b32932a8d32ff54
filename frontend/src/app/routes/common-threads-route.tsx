import { useParams } from 'react-router';
import { CommonThreadsSection } from '../../features/common-threads/components/common-threads-section';
import { HeatmapPage } from '../../features/dashboards/components/heatmap-page';
import {
  canManageThreads,
  seesWholePartnership,
} from '../../features/dashboards/utils/dashboard-views';
import { useDashboardContext } from './use-dashboard-context';

/**
 * Rode lijnen: the heatmap (dashboards) with the rode lijnen of the same school year under it
 * (common threads). Rode lijnen name other locaties' findings: not for locatie users.
 */
export function CommonThreadsRoute() {
  const { partnershipId = '' } = useParams();
  const context = useDashboardContext(partnershipId);
  const showThreads = seesWholePartnership(context.roles);
  return (
    <HeatmapPage
      partnershipId={partnershipId}
      roles={context.roles}
      options={context.options}
      optionsFallback={context.fallback}
      threads={(schoolYear) =>
        showThreads ? (
          <CommonThreadsSection
            partnershipId={partnershipId}
            schoolYear={schoolYear}
            canManage={canManageThreads(context.roles)}
          />
        ) : null
      }
    />
  );
}
