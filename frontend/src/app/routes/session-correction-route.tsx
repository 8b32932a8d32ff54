import { useParams } from 'react-router';
import { usePartnershipTheme } from '../../features/content/api/get-partnership-theme';
import { useThemeSession } from '../../features/evaluations/api/get-theme-session';
import { CorrectionPage } from '../../features/evaluations/components/correction-page';
import { useEvaluationLabels } from './use-evaluation-labels';

/** Correctie aanbrengen on a finalised theme session, with the theme's reflection cards. */
export function SessionCorrectionRoute() {
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
    <CorrectionPage
      key={sessionId}
      partnershipId={partnershipId}
      evaluationId={evaluationId}
      sessionId={sessionId}
      labels={labels}
      reflectionCards={theme.isError ? [] : cards}
    />
  );
}
