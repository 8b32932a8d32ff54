import type { AuditLogFilters } from '../utils/audit-filters';

/** Query keys of the audit module; every key starts with the partnership (tenant). */
export const auditKeys = {
  all: ['audit'] as const,
  partnership: (partnershipId: string) => [...auditKeys.all, partnershipId] as const,
  log: (partnershipId: string, filters: AuditLogFilters) =>
    [...auditKeys.partnership(partnershipId), 'log', filters] as const,
};
