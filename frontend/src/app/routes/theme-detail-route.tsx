import { useParams } from 'react-router';
import { ThemeDetailPage } from '../../features/content/components/theme-detail-page';
import { useContentPartnership } from './content-partnership';

export function ThemeDetailRoute() {
  const { themeCode = '' } = useParams();
  const partnership = useContentPartnership();
  return <ThemeDetailPage key={themeCode} themeCode={themeCode} partnership={partnership} />;
}
