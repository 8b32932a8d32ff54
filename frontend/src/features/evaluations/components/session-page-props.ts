import type { EvaluationLabels } from '../utils/labels';
import type { ReflectionCardOption } from './reflection-cards-section';

/** What the session routes give the pages for one theme session (capture and correction). */
export type SessionPageProps = {
  partnershipId: string;
  evaluationId: string;
  sessionId: string;
  labels: EvaluationLabels | undefined;
  /** The theme's reflection cards as the partnership uses them; undefined while loading. */
  reflectionCards: ReflectionCardOption[] | undefined;
};
