import { useParams } from 'react-router';
import { WorksheetPrintPage } from '../../features/content/components/worksheet-print-page';
import { useContentPartnership } from './content-partnership';

export function WorksheetPrintRoute() {
  const { themeCode = '' } = useParams();
  const partnership = useContentPartnership();
  return <WorksheetPrintPage key={themeCode} themeCode={themeCode} partnership={partnership} />;
}
