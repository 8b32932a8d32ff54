import { InstrumentsPage } from '../../features/content/components/instruments-page';

export function InstrumentsRoute() {
  return <InstrumentsPage />;
}
