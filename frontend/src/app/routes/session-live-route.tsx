import { LivePage } from '../../features/evaluations/components/live-page';
import { useSessionThemeRoute } from './session-theme-route';

/** Live-weergave: the projector view, with the theme's own scenario descriptions. */
export function SessionLiveRoute() {
  const { ids, labels, theme } = useSessionThemeRoute();
  return (
    <LivePage
      key={ids.sessionId}
      {...ids}
      labels={labels}
      scenarioDescriptions={theme.data?.theme.scenarios}
    />
  );
}
