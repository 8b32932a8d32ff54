import type { Me } from '@zet/contracts';
import { Suspense, useState } from 'react';
import {
  matchPath,
  Navigate,
  NavLink,
  Outlet,
  ScrollRestoration,
  useLocation,
  useMatch,
} from 'react-router';
import { ErrorState, Skeleton } from '../../components/ui/query-states';
import { useMe } from '../../features/auth/api/get-me';
import { UserMenu } from '../../features/auth/components/user-menu';
import { SIGN_IN_STEPS, signInPath } from '../../features/auth/utils/return-path';
import { appMessages as m } from '../messages';
import { navItemsFor, type NavItem } from '../nav-items';
import { Brand, SkipLink } from './brand';
import { PublicLayout } from './public-layout';
import './app-shell.css';

/**
 * The signed-in app. It asks the server who is signed in before showing anything: nobody sends
 * you to sign in (and back here afterwards); a required second factor not yet set up, to that.
 */
export function AppShell() {
  const me = useMe();
  const { pathname, search } = useLocation();
  const here = `${pathname}${search}`;

  if (me.isPending) {
    return (
      <PublicLayout>
        <Skeleton lines={6} />
      </PublicLayout>
    );
  }
  if (me.isError && me.data === undefined) {
    return (
      <PublicLayout>
        <h1 className="page-heading">{m.sessionCheckFailed}</h1>
        <ErrorState error={me.error} onRetry={() => void me.refetch()} retrying={me.isFetching} />
      </PublicLayout>
    );
  }
  if (!me.data) return <Navigate to={signInPath({ returnTo: here })} replace />;
  if (me.data.mustEnrolTotp) {
    return <Navigate to={signInPath({ returnTo: here, step: SIGN_IN_STEPS.enrol })} replace />;
  }
  return <SignedInShell me={me.data} />;
}

/**
 * The partnership the app is "in": the one in the URL, else the last one visited, else the only
 * one the person is a member of.
 */
function useCurrentPartnershipId(me: Me): string | undefined {
  const match = useMatch('/partnerschappen/:partnershipId/*');
  const fromUrl = match?.params.partnershipId;
  const [lastVisited, setLastVisited] = useState<string | undefined>(fromUrl);
  if (fromUrl !== undefined && fromUrl !== lastVisited) setLastVisited(fromUrl);
  const only = me.memberships.length === 1 ? me.memberships[0]?.partnershipId : undefined;
  return fromUrl ?? lastVisited ?? only;
}

function SignedInShell({ me }: { me: Me }) {
  const partnershipId = useCurrentPartnershipId(me);
  const { pathname } = useLocation();
  const membership = me.memberships.find((item) => item.partnershipId === partnershipId);
  const items = navItemsFor({
    partnershipId,
    roles: membership?.roles ?? [],
    isPlatformAdmin: me.user.isPlatformAdmin,
  });
  const navClass =
    (item: NavItem) =>
    ({ isActive }: { isActive: boolean }) =>
      isActive || item.alsoActiveOn?.some((pattern) => matchPath(pattern, pathname))
        ? 'app-nav__link is-active'
        : 'app-nav__link';

  return (
    <div className="app">
      <SkipLink />
      <header className="app-header">
        <div className="app-header__bar">
          <Brand />
          <UserMenu me={me} currentPartnershipId={membership?.partnershipId} />
        </div>
        <nav aria-label={m.primaryNav} className="app-nav">
          <ul className="app-nav__list">
            {items.map((item) => (
              <li key={item.key}>
                <NavLink to={item.to} end={item.end} className={navClass(item)}>
                  {item.label}
                </NavLink>
              </li>
            ))}
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
