import { auditActionSchema, isoDateSchema, type AuditAction } from '@zet/contracts';

export type AuditLogFilters = { action?: AuditAction; from?: string; to?: string };

/** The URL search params of the audit log (Dutch, as users see them in the address bar). */
export const auditFilterParams = { action: 'soort', from: 'van', to: 'tot' } as const;

/**
 * Reads the filters from the URL; a malformed value is dropped rather than sent to the API. An
 * end before the start is reported, and the end is then left out.
 */
export function readAuditFilters(params: URLSearchParams): {
  filters: AuditLogFilters;
  endBeforeStart: boolean;
} {
  const filters: AuditLogFilters = {};
  const action = auditActionSchema.safeParse(params.get(auditFilterParams.action));
  if (action.success) filters.action = action.data;
  const from = isoDateSchema.safeParse(params.get(auditFilterParams.from));
  if (from.success) filters.from = from.data;
  const to = isoDateSchema.safeParse(params.get(auditFilterParams.to));
  if (to.success) filters.to = to.data;
  const endBeforeStart = Boolean(filters.from && filters.to && filters.to < filters.from);
  if (endBeforeStart) delete filters.to;
  return { filters, endBeforeStart };
}

export function writeAuditFilter(
  params: URLSearchParams,
  key: keyof AuditLogFilters,
  value: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(auditFilterParams[key], value);
  else next.delete(auditFilterParams[key]);
  return next;
}

export function hasAuditFilters(filters: AuditLogFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}
