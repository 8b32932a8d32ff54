import { PartnershipOverviewPage } from '../../features/partnerships/components/partnership-overview-page';

export function OverviewRoute() {
  return <PartnershipOverviewPage />;
}
