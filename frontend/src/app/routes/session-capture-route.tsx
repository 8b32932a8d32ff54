import { CapturePage } from '../../features/evaluations/components/capture-page';
import { useSessionThemeRoute } from './session-theme-route';

/** Vastleggen: the capture form, with the theme's reflection cards as the partnership uses them. */
export function SessionCaptureRoute() {
  const { ids, labels, reflectionCards } = useSessionThemeRoute();
  return (
    <CapturePage key={ids.sessionId} {...ids} labels={labels} reflectionCards={reflectionCards} />
  );
}
