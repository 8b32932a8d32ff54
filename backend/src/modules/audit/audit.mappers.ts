import type { AuditLogEntry } from '@zet/contracts';
import type { AuditRow } from './audit.queries';

export const mapAuditEntry = (row: AuditRow): AuditLogEntry => ({
  id: row.id,
  occurredAt: row.occurred_at.toISOString(),
  action: row.action,
  actor: row.user_id ? { userId: row.user_id, name: row.user_name } : null,
  target: row.target_type && row.target_id ? { type: row.target_type, id: row.target_id } : null,
  details: row.details,
  ip: row.ip,
});
