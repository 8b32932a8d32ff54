import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { StatusMessage, type Feedback } from '../../../components/ui/status-message';
import { ApiError } from '../../../lib/api-client';
import { useThemeMaterials } from '../api/use-theme-materials';
import { contentMessages as m } from '../messages';
import { appliedOverrides } from '../utils/adaptation-paths';
import { AdaptationProvider, type AdaptationState } from './adaptation-context';
import { ThemeMaterialsView } from './theme-materials';
import './content.css';

const VERSION_PARAM = 'versie';
const ADAPT_PARAM = 'aanpassen';

/** The partnership the reader belongs to, as the app knows it from the session. */
export type ContentPartnership = {
  id: string;
  name: string;
  /** Programmaleider: may adapt the partnership's texts. */
  canAdapt: boolean;
};

type ThemeDetailPageProps = {
  themeCode: string;
  partnership: ContentPartnership | undefined;
};

/**
 * One theme's materials: introduction, the four scenarios, assignment, werkblad, reflection cards.
 * Members of a partnership read the partnership's texts; its programmaleider can adapt them here.
 */
export function ThemeDetailPage({ themeCode, partnership }: ThemeDetailPageProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const version = searchParams.get(VERSION_PARAM) ?? undefined;
  const { query, overview, versionId, versionOf } = useThemeMaterials(
    themeCode,
    version,
    partnership?.id,
  );
  const [feedback, setFeedback] = useState<Feedback>(null);

  // A success message has done its job after a while; an error stays until the next action.
  useEffect(() => {
    if (feedback?.tone !== 'success') return;
    const timer = setTimeout(() => setFeedback(null), 8000);
    return () => clearTimeout(timer);
  }, [feedback]);

  const currentVersionId = overview.data?.version.id;
  // Only the current version is adapted; older versions are there to read.
  const canAdapt =
    partnership?.canAdapt === true && versionId !== undefined && versionId === currentVersionId;
  const adapting = canAdapt && searchParams.get(ADAPT_PARAM) === '1';

  const heading =
    query.data?.theme.name ??
    overview.data?.themes.find((theme) => theme.code === themeCode)?.name ??
    m.themeFallbackTitle;

  const updateParams = (change: (params: URLSearchParams) => void) =>
    setSearchParams(
      (params) => {
        const copy = new URLSearchParams(params);
        change(copy);
        return copy;
      },
      { replace: true },
    );

  const selectVersion = (next: string) =>
    updateParams((params) => {
      if (next === currentVersionId) params.delete(VERSION_PARAM);
      else params.set(VERSION_PARAM, next);
      params.delete(ADAPT_PARAM);
    });

  const setAdapting = (on: boolean) => {
    setFeedback(null);
    updateParams((params) => {
      if (on) params.set(ADAPT_PARAM, '1');
      else params.delete(ADAPT_PARAM);
    });
  };

  const overrides = query.data?.overrides;
  const adaptable = query.data?.adaptable;
  const adaptation = useMemo<AdaptationState>(
    () => ({
      adapting,
      themeRef:
        canAdapt && partnership && versionId
          ? { partnershipId: partnership.id, versionId, themeCode }
          : undefined,
      overrides: appliedOverrides(overrides ?? []),
      adaptable: adaptable ?? [],
      onFeedback: setFeedback,
    }),
    [adapting, canAdapt, partnership, versionId, themeCode, overrides, adaptable],
  );

  // A partnership's theme waits for the overview (its current version); show why if that fails.
  const overviewFailed = partnership !== undefined && versionId === undefined && overview.isError;

  return (
    <>
      <nav aria-label={m.breadcrumb} className="breadcrumb">
        <Link to="/themas">{m.backToThemes}</Link>
      </nav>
      <PageHeading>{heading}</PageHeading>
      {overviewFailed ? (
        <ErrorState
          error={overview.error}
          onRetry={() => void overview.refetch()}
          retrying={overview.isFetching}
        />
      ) : (
        <QueryView
          query={query}
          loading={<Skeleton lines={10} />}
          renderError={(error, retry) =>
            error instanceof ApiError && error.isNotFound ? (
              <EmptyState title={m.themeNotFound}>
                <p>
                  <Link to="/themas">{m.themeNotFoundHelp}</Link>
                </p>
              </EmptyState>
            ) : (
              <ErrorState error={error} onRetry={retry} retrying={query.isFetching} />
            )
          }
        >
          {(materials) => (
            <AdaptationProvider value={adaptation}>
              <ThemeMaterialsView
                materials={materials}
                version={versionOf(materials)}
                overview={overview.data}
                partnership={partnership}
                canAdapt={canAdapt}
                adapting={adapting}
                onAdaptingChange={setAdapting}
                onSelectVersion={selectVersion}
                versionParam={version}
              />
            </AdaptationProvider>
          )}
        </QueryView>
      )}
      {/* At the end and sticky: the outcome of a save shows where the user is editing. */}
      <div className="feedback-dock">
        <StatusMessage feedback={feedback} />
      </div>
    </>
  );
}
