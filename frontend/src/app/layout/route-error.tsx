import { useEffect, useRef } from 'react';
import { useRouteError } from 'react-router';
import { appMessages as m } from '../messages';

function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(
      error.message,
    )
  );
}

/** A page that crashed while rendering (or whose code failed to load): say so, offer a reload. */
export function RouteError({ inShell = false }: { inShell?: boolean }) {
  const error = useRouteError();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    console.error(error);
    heading.current?.focus();
    document.title = `${m.crashTitle} · ${m.appName}`;
  }, [error]);

  const content = (
    <div className="route-error" role="alert">
      <h1 ref={heading} tabIndex={-1} className="page-heading">
        {m.crashTitle}
      </h1>
      <p className="page-lead">{isChunkLoadError(error) ? m.chunkFailed : m.crashBody}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {m.crashReload}
      </button>
    </div>
  );
  return inShell ? content : <main className="app-main">{content}</main>;
}
