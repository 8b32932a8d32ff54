import { Suspense, type ReactNode } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { Skeleton } from '../../components/ui/query-states';
import { appMessages as m } from '../messages';
import { Brand, SkipLink } from './brand';
import './app-shell.css';

/**
 * The frame of the pages one sees without being signed in (sign-in, password reset, invitation,
 * sign-out): the brand and one narrow column, no navigation.
 */
export function PublicLayout({ children }: { children?: ReactNode }) {
  return (
    <div className="app app--public">
      <SkipLink />
      <header className="app-header">
        <div className="app-header__bar">
          <Brand />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main app-main--narrow">
        <Suspense fallback={<Skeleton lines={5} />}>{children ?? <Outlet />}</Suspense>
      </main>
      <footer className="app-footer">
        <p>{m.footer}</p>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
