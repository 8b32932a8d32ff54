import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { AppShell } from './layout/app-shell';
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
const PartnershipRoute = lazy(() =>
  import('./routes/partnership-route').then((m) => ({ default: m.PartnershipRoute })),
);
const DevelopmentRoute = lazy(() =>
  import('./routes/development-route').then((m) => ({ default: m.DevelopmentRoute })),
);

export const router = createBrowserRouter([
  {
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
          { path: 'partnerschappen', element: <Navigate to="/" replace /> },
          { path: 'partnerschappen/:partnershipId', element: <PartnershipRoute /> },
          { path: 'partnerschappen/:partnershipId/ontwikkeling', element: <DevelopmentRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]);
