import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState, Skeleton } from './query-states';

type QueryViewProps<T> = {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  /** Placeholder while loading; a few skeleton lines by default. */
  loading?: ReactNode;
  /** When the data counts as empty, `empty` is rendered instead of `children`. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  /** Rendered with the error instead of the generic retry state (e.g. a 404 page). */
  renderError?: (error: unknown, retry: () => void) => ReactNode;
};

/**
 * The same loading, empty and error states for every query. Data already on screen stays there
 * when a background refetch fails.
 */
export function QueryView<T>({
  query,
  children,
  loading,
  isEmpty,
  empty,
  renderError,
}: QueryViewProps<T>) {
  const retry = () => void query.refetch();
  if (query.isPending) return <>{loading ?? <Skeleton />}</>;
  if (query.isError && query.data === undefined) {
    return (
      <>
        {renderError ? (
          renderError(query.error, retry)
        ) : (
          <ErrorState error={query.error} onRetry={retry} retrying={query.isFetching} />
        )}
      </>
    );
  }
  const data = query.data as T;
  if (isEmpty?.(data)) return <>{empty}</>;
  return <>{children(data)}</>;
}
