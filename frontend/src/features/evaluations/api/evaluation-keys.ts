import type { EvaluationListQuery } from '@zet/contracts';

/** Query keys of the evaluations module; every key starts with the partnership (tenant). */
export const evaluationKeys = {
  all: ['evaluations'] as const,
  partnership: (partnershipId: string) => [...evaluationKeys.all, partnershipId] as const,
  lists: (partnershipId: string) => [...evaluationKeys.partnership(partnershipId), 'list'] as const,
  list: (partnershipId: string, filters: EvaluationListQuery) =>
    [...evaluationKeys.lists(partnershipId), filters] as const,
};
