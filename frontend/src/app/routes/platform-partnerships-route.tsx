import { PlatformPartnershipsPage } from '../../features/platform/components/platform-partnerships-page';

export function PlatformPartnershipsRoute() {
  return <PlatformPartnershipsPage />;
}
