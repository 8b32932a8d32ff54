import { ThemesPage } from '../../features/content/components/themes-page';
import { useContentPartnership } from './content-partnership';

export function ThemesRoute() {
  return <ThemesPage partnership={useContentPartnership()} />;
}
