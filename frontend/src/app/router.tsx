import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { AppShell } from './layout/app-shell';
import { PublicLayout } from './layout/public-layout';
import { RouteError } from './layout/route-error';
import { NotFoundRoute } from './routes/not-found-route';

// Every page is its own chunk; only the Ontwikkeling chunk pulls in Recharts.
const OverviewRoute = lazy(() =>
  import('./routes/overview-route').then((m) => ({ default: m.OverviewRoute })),
);
const ThemesRoute = lazy(() =>
  import('./routes/themes-route').then((m) => ({ default: m.ThemesRoute })),
);
const ThemeDetailRoute = lazy(() =>
  import('./routes/theme-detail-route').then((m) => ({ default: m.ThemeDetailRoute })),
);
const ThemeDiffRoute = lazy(() =>
  import('./routes/theme-diff-route').then((m) => ({ default: m.ThemeDiffRoute })),
);
const WorksheetPrintRoute = lazy(() =>
  import('./routes/worksheet-print-route').then((m) => ({ default: m.WorksheetPrintRoute })),
);
const ScenarioCardPrintRoute = lazy(() =>
  import('./routes/scenario-card-print-route').then((m) => ({
    default: m.ScenarioCardPrintRoute,
  })),
);
const InstrumentsRoute = lazy(() =>
  import('./routes/instruments-route').then((m) => ({ default: m.InstrumentsRoute })),
);
const QualityCultureRoute = lazy(() =>
  import('./routes/quality-culture-route').then((m) => ({ default: m.QualityCultureRoute })),
);
const PartnershipRoute = lazy(() =>
  import('./routes/partnership-route').then((m) => ({ default: m.PartnershipRoute })),
);
const DevelopmentRoute = lazy(() =>
  import('./routes/development-route').then((m) => ({ default: m.DevelopmentRoute })),
);
// The other dashboards (with Recharts, like Ontwikkeling).
const SafeguardsRoute = lazy(() =>
  import('./routes/safeguards-route').then((m) => ({ default: m.SafeguardsRoute })),
);
const CommonThreadsRoute = lazy(() =>
  import('./routes/common-threads-route').then((m) => ({ default: m.CommonThreadsRoute })),
);
const LocationDashboardRoute = lazy(() =>
  import('./routes/location-dashboard-route').then((m) => ({
    default: m.LocationDashboardRoute,
  })),
);
const RolePerspectivesRoute = lazy(() =>
  import('./routes/role-perspectives-route').then((m) => ({ default: m.RolePerspectivesRoute })),
);
// Evaluations: plan, capture (with its projector view) and finalise.
const EvaluationRoute = lazy(() =>
  import('./routes/evaluation-route').then((m) => ({ default: m.EvaluationRoute })),
);
const EvaluationPlanRoute = lazy(() =>
  import('./routes/evaluation-plan-route').then((m) => ({ default: m.EvaluationPlanRoute })),
);
const EvaluationReviewRoute = lazy(() =>
  import('./routes/evaluation-review-route').then((m) => ({ default: m.EvaluationReviewRoute })),
);
const SessionCaptureRoute = lazy(() =>
  import('./routes/session-capture-route').then((m) => ({ default: m.SessionCaptureRoute })),
);
const SessionCorrectionRoute = lazy(() =>
  import('./routes/session-correction-route').then((m) => ({
    default: m.SessionCorrectionRoute,
  })),
);
const SessionLiveRoute = lazy(() =>
  import('./routes/session-live-route').then((m) => ({ default: m.SessionLiveRoute })),
);
const ProfileRoute = lazy(() =>
  import('./routes/profile-route').then((m) => ({ default: m.ProfileRoute })),
);
const PeopleRoute = lazy(() =>
  import('./routes/people-route').then((m) => ({ default: m.PeopleRoute })),
);
const AuditLogRoute = lazy(() =>
  import('./routes/audit-log-route').then((m) => ({ default: m.AuditLogRoute })),
);
const ImportRoute = lazy(() =>
  import('./routes/import-route').then((m) => ({ default: m.ImportRoute })),
);
const PlatformPartnershipsRoute = lazy(() =>
  import('./routes/platform-partnerships-route').then((m) => ({
    default: m.PlatformPartnershipsRoute,
  })),
);

// Pages without a session.
const SignInRoute = lazy(() =>
  import('./routes/sign-in-route').then((m) => ({ default: m.SignInRoute })),
);
const SignOutRoute = lazy(() =>
  import('./routes/sign-out-route').then((m) => ({ default: m.SignOutRoute })),
);
const ForgotPasswordRoute = lazy(() =>
  import('./routes/forgot-password-route').then((m) => ({ default: m.ForgotPasswordRoute })),
);
const ResetPasswordRoute = lazy(() =>
  import('./routes/reset-password-route').then((m) => ({ default: m.ResetPasswordRoute })),
);
const InvitationRoute = lazy(() =>
  import('./routes/invitation-route').then((m) => ({ default: m.InvitationRoute })),
);

export const router = createBrowserRouter([
  {
    // Signing in and out, password reset, invitations: no session needed, no app navigation.
    element: <PublicLayout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError inShell />,
        children: [
          { path: 'aanmelden', element: <SignInRoute /> },
          { path: 'afmelden', element: <SignOutRoute /> },
          { path: 'wachtwoord-vergeten', element: <ForgotPasswordRoute /> },
          { path: 'wachtwoord-herstellen', element: <ResetPasswordRoute /> },
          { path: 'uitnodiging', element: <InvitationRoute /> },
        ],
      },
    ],
  },
  {
    // Everything else needs a session; the shell sends anyone without one to sign in.
    element: <AppShell />,
    // Last resort: the shell itself failed.
    errorElement: <RouteError />,
    children: [
      {
        // A page failed (e.g. its chunk did not load): keep the shell and its navigation.
        errorElement: <RouteError inShell />,
        children: [
          { index: true, element: <OverviewRoute /> },
          { path: 'themas', element: <ThemesRoute /> },
          { path: 'themas/:themeCode', element: <ThemeDetailRoute /> },
          { path: 'themas/aanpassingen', element: <ThemeDiffRoute /> },
          { path: 'themas/:themeCode/verschillen', element: <ThemeDiffRoute /> },
          { path: 'themas/:themeCode/werkblad', element: <WorksheetPrintRoute /> },
          { path: 'themas/:themeCode/scenariokaart', element: <ScenarioCardPrintRoute /> },
          { path: 'instrumenten', element: <InstrumentsRoute /> },
          { path: 'kwaliteitscultuur', element: <QualityCultureRoute /> },
          { path: 'profiel', element: <ProfileRoute /> },
          { path: 'partnerschappen', element: <Navigate to="/" replace /> },
          { path: 'partnerschappen/:partnershipId', element: <PartnershipRoute /> },
          { path: 'partnerschappen/:partnershipId/ontwikkeling', element: <DevelopmentRoute /> },
          { path: 'partnerschappen/:partnershipId/waarborgen', element: <SafeguardsRoute /> },
          { path: 'partnerschappen/:partnershipId/rode-lijnen', element: <CommonThreadsRoute /> },
          {
            path: 'partnerschappen/:partnershipId/onze-locatie',
            element: <LocationDashboardRoute />,
          },
          {
            path: 'partnerschappen/:partnershipId/rolperspectieven',
            element: <RolePerspectivesRoute />,
          },
          {
            path: 'partnerschappen/:partnershipId/evaluaties/nieuw',
            element: <EvaluationPlanRoute />,
          },
          {
            path: 'partnerschappen/:partnershipId/evaluaties/:evaluationId',
            element: <EvaluationRoute />,
          },
          {
            path: 'partnerschappen/:partnershipId/evaluaties/:evaluationId/planning',
            element: <EvaluationPlanRoute />,
          },
          {
            path: 'partnerschappen/:partnershipId/evaluaties/:evaluationId/vaststellen',
            element: <EvaluationReviewRoute />,
          },
          {
            path: 'partnerschappen/:partnershipId/evaluaties/:evaluationId/gesprekken/:sessionId',
            element: <SessionCaptureRoute />,
          },
          {
            path: 'partnerschappen/:partnershipId/evaluaties/:evaluationId/gesprekken/:sessionId/correctie',
            element: <SessionCorrectionRoute />,
          },
          {
            path: 'partnerschappen/:partnershipId/evaluaties/:evaluationId/gesprekken/:sessionId/live',
            element: <SessionLiveRoute />,
          },
          { path: 'partnerschappen/:partnershipId/mensen', element: <PeopleRoute /> },
          { path: 'partnerschappen/:partnershipId/auditlog', element: <AuditLogRoute /> },
          { path: 'partnerschappen/:partnershipId/importeren', element: <ImportRoute /> },
          { path: 'beheer', element: <Navigate to="/beheer/partnerschappen" replace /> },
          { path: 'beheer/partnerschappen', element: <PlatformPartnershipsRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]);
