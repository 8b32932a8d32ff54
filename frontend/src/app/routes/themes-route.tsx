import { ThemesPage } from '../../features/content/components/themes-page';

export function ThemesRoute() {
  return <ThemesPage />;
}
