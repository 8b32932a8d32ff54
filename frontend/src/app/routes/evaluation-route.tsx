import { useParams } from 'react-router';
import { EvaluationPage } from '../../features/evaluations/components/evaluation-page';

/** One evaluation: its facts, the plan's warnings, and its theme sessions per round. */
export function EvaluationRoute() {
  const { partnershipId = '', evaluationId = '' } = useParams();
  return (
    <EvaluationPage key={evaluationId} partnershipId={partnershipId} evaluationId={evaluationId} />
  );
}
