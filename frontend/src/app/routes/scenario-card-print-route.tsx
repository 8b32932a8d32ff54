import { useParams } from 'react-router';
import { ScenarioCardPrintPage } from '../../features/content/components/scenario-card-print-page';
import { useContentPartnership } from './content-partnership';

export function ScenarioCardPrintRoute() {
  const { themeCode = '' } = useParams();
  const partnership = useContentPartnership();
  return <ScenarioCardPrintPage key={themeCode} themeCode={themeCode} partnership={partnership} />;
}
