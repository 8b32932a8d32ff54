import { useParams } from 'react-router';
import { usePartnershipTheme } from '../../features/content/api/get-partnership-theme';
import { useThemeSession } from '../../features/evaluations/api/get-theme-session';
import { LivePage } from '../../features/evaluations/components/live-page';
import { useEvaluationLabels } from './use-evaluation-labels';

/** Live-weergave: the projector view, with the theme's own scenario descriptions. */
export function SessionLiveRoute() {
  const { partnershipId = '', evaluationId = '', sessionId = '' } = useParams();
  const labels = useEvaluationLabels();
  const session = useThemeSession(partnershipId, evaluationId, sessionId);
  const theme = usePartnershipTheme(
    partnershipId,
    session.data?.contentVersion,
    session.data?.themeCode ?? '',
  );
  return (
    <LivePage
      key={sessionId}
      partnershipId={partnershipId}
      evaluationId={evaluationId}
      sessionId={sessionId}
      labels={labels}
      scenarioDescriptions={theme.data?.theme.scenarios}
    />
  );
}
