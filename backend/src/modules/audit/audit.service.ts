import { Injectable } from '@nestjs/common';
import type { AuditAction as ContractAuditAction } from '@zet/contracts';
import type { EntityManager } from 'typeorm';

/** The contract's list is the source of truth, so the audit-log filter offers every action. */
export type AuditAction = ContractAuditAction;

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

  /**
   * An act of a person rather than of a partnership (signing in): one entry in the log of every
   * partnership the person belongs to, so each programmaleider sees it; a single unscoped entry
   * when the person belongs to none. Must run unscoped, as it writes into several partnerships.
   */
  async recordForPerson(
    db: EntityManager,
    userId: string,
    entry: Omit<AuditEntry, 'partnershipId' | 'userId'>,
  ): Promise<void> {
    await db.query(
      `insert into audit_log (partnership_id, user_id, action, target_type, target_id, details, ip)
       select p.partnership_id, $1, $2, $3, $4, $5, $6
         from (select distinct partnership_id from membership where user_id = $1
               union all
               select null where not exists (select 1 from membership where user_id = $1)) p`,
      [
        userId,
        entry.action,
        entry.targetType ?? null,
        entry.targetId ?? null,
        JSON.stringify(entry.details ?? {}),
        entry.ip ?? null,
      ],
    );
  }
}
