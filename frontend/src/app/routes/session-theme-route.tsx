import { useParams } from 'react-router';
import { usePartnershipTheme } from '../../features/content/api/get-partnership-theme';
import { useThemeSession } from '../../features/evaluations/api/get-theme-session';
import { useEvaluationLabels } from './use-evaluation-labels';

/**
 * What the routes of one theme session share: the ids from the URL, the labels, and the theme in
 * the content version the session was held with (known once the session has loaded).
 */
export function useSessionThemeRoute() {
  const { partnershipId = '', evaluationId = '', sessionId = '' } = useParams();
  const labels = useEvaluationLabels();
  const session = useThemeSession(partnershipId, evaluationId, sessionId);
  const theme = usePartnershipTheme(
    partnershipId,
    session.data?.contentVersion,
    session.data?.themeCode ?? '',
  );
  const cards = theme.data?.theme.reflectionCards.map(({ code, title }) => ({ code, title }));
  return {
    ids: { partnershipId, evaluationId, sessionId },
    labels,
    theme,
    // A theme that fails to load reads as "no cards", not as cards that are still loading.
    reflectionCards: theme.isError ? [] : cards,
  };
}
