/** Query keys of the people module; every key starts with the partnership (tenant). */
export const peopleKeys = {
  all: ['people'] as const,
  partnership: (partnershipId: string) => [...peopleKeys.all, partnershipId] as const,
  list: (partnershipId: string) => [...peopleKeys.partnership(partnershipId), 'list'] as const,
};
