import type { MembershipRole } from '@zet/contracts';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { dashboardMessages as m } from '../messages';
import { dashboardParams } from '../utils/dashboard-params';
import type { DashboardOptions } from '../utils/dashboard-options';
import { AmbitionsView } from './ambitions-view';
import { CoverageView } from './coverage-view';
import { DashboardLayout } from './dashboard-layout';
import { GapsView } from './gaps-view';
import { TrajectoryView } from './trajectory-view';
import { TransitionsView } from './transitions-view';
import { ViewSwitch } from './view-switch';
import './dashboards.css';

type DevelopmentPageProps = {
  partnershipId: string;
  roles: readonly MembershipRole[];
  /** Filter options and labels; undefined while they load, and `optionsFallback` shows instead. */
  options: DashboardOptions | undefined;
  optionsFallback: ReactNode;
};

const VIEWS = [
  { value: 'verloop', label: m.developmentViews.trajectory },
  { value: 'dekking', label: m.developmentViews.coverage },
  { value: 'afstand', label: m.developmentViews.gaps },
  { value: 'ambities', label: m.developmentViews.ambitions },
  { value: 'overgangen', label: m.developmentViews.transitions },
] as const;

type DevelopmentView = (typeof VIEWS)[number]['value'];

function readView(params: URLSearchParams): DevelopmentView {
  const raw = params.get(dashboardParams.view);
  return VIEWS.find((view) => view.value === raw)?.value ?? 'verloop';
}

/**
 * Ontwikkeling: how themes develop across school years (trajectory per theme), where they were
 * evaluated (coverage), the gap between current and desired, ambition tracking and transitions.
 */
export function DevelopmentPage({
  partnershipId,
  roles,
  options,
  optionsFallback,
}: DevelopmentPageProps) {
  const [params] = useSearchParams();
  const view = readView(params);
  return (
    <DashboardLayout
      partnershipId={partnershipId}
      roles={roles}
      title={m.developmentTitle}
      lead={m.developmentLead}
    >
      <ViewSwitch
        label={m.viewLabel}
        views={VIEWS}
        current={view}
        // On the trajectory `locaties` are the lines drawn; elsewhere a filter. `jaar` is per view.
        dropParams={[dashboardParams.locations, dashboardParams.year]}
      />
      {!options ? (
        optionsFallback
      ) : view === 'verloop' ? (
        <TrajectoryView partnershipId={partnershipId} options={options} />
      ) : view === 'dekking' ? (
        <CoverageView partnershipId={partnershipId} options={options} />
      ) : view === 'afstand' ? (
        <GapsView partnershipId={partnershipId} options={options} />
      ) : view === 'ambities' ? (
        <AmbitionsView partnershipId={partnershipId} options={options} />
      ) : (
        <TransitionsView partnershipId={partnershipId} options={options} />
      )}
    </DashboardLayout>
  );
}
