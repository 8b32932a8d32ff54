import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type AuditAction =
  | 'auth.sign_in'
  | 'auth.sign_in_failed'
  | 'auth.second_factor_failed'
  | 'auth.sign_out'
  | 'auth.sign_out_everywhere'
  | 'auth.password_reset_requested'
  | 'auth.password_reset'
  | 'auth.totp_enabled'
  | 'auth.totp_disabled'
  | 'auth.invitation_accepted'
  | 'access.invited'
  | 'access.role_granted'
  | 'access.role_revoked'
  | 'evaluation.finalised'
  | 'evaluation.corrected'
  | 'export.created'
  | 'person.exported'
  | 'person.erased'
  | 'partnership.created';

export type AuditEntry = {
  action: AuditAction;
  partnershipId?: string | null;
  userId?: string | null;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
  ip?: string | null;
};

/** Who did what, when, from where: written in the caller's transaction so it commits with the act. */
@Injectable()
export class AuditService {
  async record(db: EntityManager, entry: AuditEntry): Promise<void> {
    await db.query(
      `insert into audit_log (partnership_id, user_id, action, target_type, target_id, details, ip)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.partnershipId ?? null,
        entry.userId ?? null,
        entry.action,
        entry.targetType ?? null,
        entry.targetId ?? null,
        JSON.stringify(entry.details ?? {}),
        entry.ip ?? null,
      ],
    );
  }
}
