import { auditLogPageSchema, type AuditLogPage } from '@zet/contracts';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import type { AuditLogFilters } from '../utils/audit-filters';
import { auditKeys } from './audit-keys';

export const AUDIT_PAGE_SIZE = 50;

export function getAuditLogPage(
  partnershipId: string,
  filters: AuditLogFilters,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<AuditLogPage> {
  return apiGet(`${API_V1}${path`/partnerships/${partnershipId}/audit-log`}`, auditLogPageSchema, {
    query: { ...filters, cursor, limit: AUDIT_PAGE_SIZE },
    signal,
  });
}

export const auditLogQueryOptions = (partnershipId: string, filters: AuditLogFilters) =>
  infiniteQueryOptions({
    queryKey: auditKeys.log(partnershipId, filters),
    queryFn: ({ pageParam, signal }) => getAuditLogPage(partnershipId, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // Other pages change access and finish evaluations: always show the latest on arrival.
    staleTime: 0,
  });

/** Newest first, a page at a time ("Meer laden"); keeps the old rows while a filter changes. */
export function useAuditLog(partnershipId: string, filters: AuditLogFilters) {
  return useInfiniteQuery({
    ...auditLogQueryOptions(partnershipId, filters),
    placeholderData: keepPreviousData,
  });
}
