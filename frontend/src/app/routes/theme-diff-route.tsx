import { useParams } from 'react-router';
import { ThemeDiffPage } from '../../features/content/components/theme-diff-page';
import { useContentPartnership } from './content-partnership';

/** One theme's differences (`/themas/:themeCode/verschillen`) or all of them (`/themas/aanpassingen`). */
export function ThemeDiffRoute() {
  const { themeCode } = useParams();
  const partnership = useContentPartnership();
  return <ThemeDiffPage key={themeCode ?? ''} themeCode={themeCode} partnership={partnership} />;
}
