/** Query keys of the imports module; every key starts with the partnership (tenant). */
export const importKeys = {
  all: ['imports'] as const,
  partnership: (partnershipId: string) => [...importKeys.all, partnershipId] as const,
  template: (partnershipId: string) =>
    [...importKeys.partnership(partnershipId), 'template'] as const,
};
