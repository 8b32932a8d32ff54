import { CorrectionPage } from '../../features/evaluations/components/correction-page';
import { useSessionThemeRoute } from './session-theme-route';

/** Correctie aanbrengen on a finalised theme session, with the theme's reflection cards. */
export function SessionCorrectionRoute() {
  const { ids, labels, reflectionCards } = useSessionThemeRoute();
  return (
    <CorrectionPage
      key={ids.sessionId}
      {...ids}
      labels={labels}
      reflectionCards={reflectionCards}
    />
  );
}
