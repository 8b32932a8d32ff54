import type { ReactNode } from 'react';
import { ApiError, errorMessage } from '../../lib/api-client';
import { uiMessages } from './messages';

/** Grey placeholder lines while data loads; announced once as "Bezig met laden…". */
export function Skeleton({
  lines = 3,
  label = uiMessages.loading,
}: {
  lines?: number;
  label?: string;
}) {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton__line" aria-hidden="true" />
      ))}
    </div>
  );
}

/** Nothing to show yet, and what to do about it. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <p className="state__title">{title}</p>
      {children ? <div className="state__body">{children}</div> : null}
    </div>
  );
}

type ErrorStateProps = {
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  /** Extra guidance or a way out, e.g. a link back. */
  children?: ReactNode;
};

/** The Dutch message of a failed request, its field errors, and a retry button. */
export function ErrorState({ error, onRetry, retrying = false, children }: ErrorStateProps) {
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : [];
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{uiMessages.errorTitle}</p>
      <p className="state__body">{errorMessage(error)}</p>
      {fieldErrors.length > 0 ? (
        <>
          <p className="state__body">{uiMessages.fieldErrorsTitle}</p>
          <ul className="state__list">
            {fieldErrors.map((fieldError) => (
              <li key={`${fieldError.path.join('.')}:${fieldError.message}`}>
                {fieldError.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {children}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry} disabled={retrying}>
          {retrying ? uiMessages.retrying : uiMessages.retry}
        </button>
      ) : null}
    </div>
  );
}
