import { useParams } from 'react-router';
import { PlanPage } from '../../features/evaluations/components/plan-page';
import { useLocations } from '../../features/partnerships/api/get-locations';
import { useEvaluationLabels } from './use-evaluation-labels';

/** Plan a new evaluation (no id in the URL) or change the plan of a draft. */
export function EvaluationPlanRoute() {
  const { partnershipId = '', evaluationId } = useParams();
  const labels = useEvaluationLabels();
  const locations = useLocations(partnershipId);
  return (
    <PlanPage
      key={evaluationId ?? 'new'}
      partnershipId={partnershipId}
      evaluationId={evaluationId}
      labels={labels}
      locations={(locations.data ?? []).map(({ id, name, archived }) => ({ id, name, archived }))}
    />
  );
}
