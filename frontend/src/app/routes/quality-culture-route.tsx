import { QualityCulturePage } from '../../features/content/components/quality-culture-page';

export function QualityCultureRoute() {
  return <QualityCulturePage />;
}
