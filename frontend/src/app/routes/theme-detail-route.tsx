import { useParams } from 'react-router';
import { ThemeDetailPage } from '../../features/content/components/theme-detail-page';

export function ThemeDetailRoute() {
  const { themeCode = '' } = useParams();
  return <ThemeDetailPage key={themeCode} themeCode={themeCode} />;
}
