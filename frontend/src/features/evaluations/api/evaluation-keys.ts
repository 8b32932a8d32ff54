import type { EvaluationListQuery } from '@zet/contracts';

/** Query keys of the evaluations module; every key starts with the partnership (tenant). */
export const evaluationKeys = {
  all: ['evaluations'] as const,
  partnership: (partnershipId: string) => [...evaluationKeys.all, partnershipId] as const,
  lists: (partnershipId: string) => [...evaluationKeys.partnership(partnershipId), 'list'] as const,
  list: (partnershipId: string, filters: EvaluationListQuery) =>
    [...evaluationKeys.lists(partnershipId), filters] as const,
  details: (partnershipId: string) =>
    [...evaluationKeys.partnership(partnershipId), 'detail'] as const,
  detail: (partnershipId: string, evaluationId: string) =>
    [...evaluationKeys.details(partnershipId), evaluationId] as const,
  review: (partnershipId: string, evaluationId: string) =>
    [...evaluationKeys.detail(partnershipId, evaluationId), 'review'] as const,
  sessions: (partnershipId: string, evaluationId: string) =>
    [...evaluationKeys.detail(partnershipId, evaluationId), 'sessions'] as const,
  session: (partnershipId: string, evaluationId: string, sessionId: string) =>
    [...evaluationKeys.sessions(partnershipId, evaluationId), sessionId] as const,
  sessionContext: (partnershipId: string, evaluationId: string, sessionId: string) =>
    [...evaluationKeys.session(partnershipId, evaluationId, sessionId), 'context'] as const,
  revisions: (partnershipId: string, evaluationId: string, sessionId: string) =>
    [...evaluationKeys.session(partnershipId, evaluationId, sessionId), 'revisions'] as const,
  attachments: (partnershipId: string, evaluationId: string, sessionId: string) =>
    [...evaluationKeys.session(partnershipId, evaluationId, sessionId), 'attachments'] as const,
  facilitators: (partnershipId: string) =>
    [...evaluationKeys.partnership(partnershipId), 'facilitators'] as const,
  targetGroups: (partnershipId: string) =>
    [...evaluationKeys.partnership(partnershipId), 'target-groups'] as const,
};
