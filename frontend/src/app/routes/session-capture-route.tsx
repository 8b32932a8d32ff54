import { useParams } from 'react-router';
import { usePartnershipTheme } from '../../features/content/api/get-partnership-theme';
import { useThemeSession } from '../../features/evaluations/api/get-theme-session';
import { CapturePage } from '../../features/evaluations/components/capture-page';
import { useEvaluationLabels } from './use-evaluation-labels';

/** Vastleggen: the capture form, with the theme's reflection cards as the partnership uses them. */
export function SessionCaptureRoute() {
  const { partnershipId = '', evaluationId = '', sessionId = '' } = useParams();
  const labels = useEvaluationLabels();
  const session = useThemeSession(partnershipId, evaluationId, sessionId);
  const theme = usePartnershipTheme(
    partnershipId,
    session.data?.contentVersion,
    session.data?.themeCode ?? '',
  );
  const cards = theme.data?.theme.reflectionCards.map(({ code, title }) => ({ code, title }));
  return (
    <CapturePage
      key={sessionId}
      partnershipId={partnershipId}
      evaluationId={evaluationId}
      sessionId={sessionId}
      labels={labels}
      reflectionCards={theme.isError ? [] : cards}
    />
  );
}
