import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState } from '../../../components/ui/query-states';
import { ApiError } from '../../../lib/api-client';
import { useThemeMaterials } from '../api/use-theme-materials';
import { contentMessages as m } from '../messages';
import type { ContentPartnership } from './theme-detail-page';

/**
 * What both print views of a theme need: its materials in the version from `?versie=` (the
 * partnership's adaptation included), its name, the way back, and how a failed load reads.
 */
export function usePrintableTheme(themeCode: string, partnership: ContentPartnership | undefined) {
  const [searchParams] = useSearchParams();
  const version = searchParams.get('versie') ?? undefined;
  const materials = useThemeMaterials(themeCode, version, partnership?.id);
  const { query } = materials;
  const name = query.data?.theme.name ?? m.themeFallbackTitle;
  const themeUrl = `/themas/${encodeURIComponent(themeCode)}${version ? `?versie=${encodeURIComponent(version)}` : ''}`;
  const renderError = (error: unknown, retry: () => void) =>
    error instanceof ApiError && error.isNotFound ? (
      <EmptyState title={m.themeNotFound} />
    ) : (
      <ErrorState error={error} onRetry={retry} retrying={query.isFetching} />
    );
  return { ...materials, name, themeUrl, renderError };
}
