import { Suspense, useState } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useMatch } from 'react-router';
import { Skeleton } from '../../components/ui/query-states';
import { usePartnership } from '../../features/partnerships/api/get-partnership';
import { usePartnerships } from '../../features/partnerships/api/get-partnerships';
import { appMessages as m } from '../messages';
import { paths } from '../paths';
import './app-shell.css';

/**
 * The partnership the app is "in": the one in the URL, else the last one visited, else the only
 * one there is. (Later this comes from the session.)
 */
function useCurrentPartnershipId(): string | undefined {
  const match = useMatch('/partnerschappen/:partnershipId/*');
  const fromUrl = match?.params.partnershipId;
  const [lastVisited, setLastVisited] = useState<string | undefined>(fromUrl);
  if (fromUrl !== undefined && fromUrl !== lastVisited) setLastVisited(fromUrl);
  const partnerships = usePartnerships();
  const only = partnerships.data?.length === 1 ? partnerships.data[0]?.id : undefined;
  return fromUrl ?? lastVisited ?? only;
}

export function AppShell() {
  const partnershipId = useCurrentPartnershipId();
  const partnership = usePartnership(partnershipId);
  const navClass = ({ isActive }: { isActive: boolean }) =>
    isActive ? 'app-nav__link is-active' : 'app-nav__link';

  return (
    <div className="app">
      <a
        href="#main"
        className="skip-link"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {m.skipLink}
      </a>
      <header className="app-header">
        <div className="app-header__bar">
          <Link to={paths.overview()} className="brand">
            <svg
              className="brand__mark"
              viewBox="0 0 32 32"
              width="28"
              height="28"
              aria-hidden="true"
            >
              <rect width="32" height="32" rx="6" fill="currentColor" />
              <path
                d="M7 23l6-7 5 4 7-10"
                fill="none"
                stroke="#fff"
                strokeWidth="3"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
            {m.appName}
          </Link>
          {partnership.data ? (
            <p className="app-header__partnership">
              <span className="visually-hidden">{m.partnershipLabel} </span>
              {partnership.data.name}
            </p>
          ) : null}
        </div>
        <nav aria-label={m.primaryNav} className="app-nav">
          <ul className="app-nav__list">
            <li>
              <NavLink to={paths.overview()} end className={navClass}>
                {m.nav.overview}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.themes()} className={navClass}>
                {m.nav.themes}
              </NavLink>
            </li>
            {partnershipId ? (
              <>
                <li>
                  <NavLink to={paths.partnership(partnershipId)} end className={navClass}>
                    {m.nav.partnership}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.development(partnershipId)} className={navClass}>
                    {m.nav.development}
                  </NavLink>
                </li>
              </>
            ) : null}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <Suspense fallback={<Skeleton lines={6} />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>{m.footer}</p>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
