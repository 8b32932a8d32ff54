import type { CommonThreadStatus } from '@zet/contracts';

/** Query keys of the rode lijnen; every key starts with the partnership (tenant). */
export const commonThreadKeys = {
  all: ['common-threads'] as const,
  partnership: (partnershipId: string) => [...commonThreadKeys.all, partnershipId] as const,
  list: (partnershipId: string, filters: { schoolYear?: string; status?: CommonThreadStatus }) =>
    [...commonThreadKeys.partnership(partnershipId), 'list', filters] as const,
  followed: (partnershipId: string) =>
    [...commonThreadKeys.partnership(partnershipId), 'followed'] as const,
};
