import { useParams } from 'react-router';
import { ReviewPage } from '../../features/evaluations/components/review-page';

/** Overzicht en vaststellen: the completeness review, then finalising. */
export function EvaluationReviewRoute() {
  const { partnershipId = '', evaluationId = '' } = useParams();
  return (
    <ReviewPage key={evaluationId} partnershipId={partnershipId} evaluationId={evaluationId} />
  );
}
