/**
 * Query keys of the partnerships module. Everything below `detail(id)` is scoped by the
 * partnership, so one tenant's cache can be dropped as a whole (e.g. on switching or logout).
 */
export const partnershipKeys = {
  all: ['partnerships'] as const,
  list: () => [...partnershipKeys.all, 'list'] as const,
  detail: (partnershipId: string) => [...partnershipKeys.all, 'detail', partnershipId] as const,
  locations: (partnershipId: string) =>
    [...partnershipKeys.detail(partnershipId), 'locations'] as const,
  cycles: (partnershipId: string) => [...partnershipKeys.detail(partnershipId), 'cycles'] as const,
};
