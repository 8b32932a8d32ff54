import type { MembershipRole } from '@zet/contracts';
import type { ReactNode } from 'react';
import { NavLink, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { dashboardMessages as m } from '../messages';
import { sharedFilterSearch } from '../utils/dashboard-params';
import { dashboardPaths } from '../utils/dashboard-paths';
import {
  dashboardViewsFor,
  seesWholePartnership,
  type DashboardView,
} from '../utils/dashboard-views';
import '../../../components/ui/forms.css';
import './dashboards.css';

type DashboardLayoutProps = {
  partnershipId: string;
  roles: readonly MembershipRole[];
  title: string;
  lead: ReactNode;
  children: ReactNode;
};

const viewPath: Record<DashboardView, (partnershipId: string) => string> = {
  development: dashboardPaths.development,
  safeguards: dashboardPaths.safeguards,
  commonThreads: dashboardPaths.commonThreads,
  location: dashboardPaths.location,
  rolePerspectives: dashboardPaths.rolePerspectives,
};

/** Every dashboard page: its heading and lead, and links to the other dashboards. */
export function DashboardLayout({
  partnershipId,
  roles,
  title,
  lead,
  children,
}: DashboardLayoutProps) {
  const [searchParams] = useSearchParams();
  const carry = sharedFilterSearch(searchParams);
  const views = dashboardViewsFor(roles);
  const label = (view: DashboardView) =>
    view === 'location' && seesWholePartnership(roles) ? m.views.locationOther : m.views[view];
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="page-lead">{lead}</p>
      {views.length > 1 ? (
        <nav aria-label={m.nav} className="sub-nav dashboard-nav">
          <ul className="sub-nav__list">
            {views.map((view) => (
              <li key={view}>
                <NavLink
                  to={{ pathname: viewPath[view](partnershipId), search: carry }}
                  end
                  className={({ isActive }) =>
                    isActive ? 'sub-nav__link is-active' : 'sub-nav__link'
                  }
                >
                  {label(view)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {children}
    </>
  );
}
