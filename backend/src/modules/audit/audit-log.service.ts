import { Injectable } from '@nestjs/common';
import type { AuditLogPage, AuditLogQuery } from '@zet/contracts';
import type { PartnershipScope } from '../../common/access/request-scope';
import { ScopedDb } from '../../common/access/scoped-db';
import { mapAuditEntry } from './audit.mappers';
import { listAuditEntries } from './audit.queries';

/** Reading the audit log; writing goes through AuditService in the acting transaction. */
@Injectable()
export class AuditLogService {
  constructor(private readonly db: ScopedDb) {}

  async page(scope: PartnershipScope, query: AuditLogQuery): Promise<AuditLogPage> {
    // One extra row tells whether another page follows.
    const rows = await this.db.run(scope, (db) =>
      listAuditEntries(db, scope.partnershipId, { ...query, limit: query.limit + 1 }),
    );
    const items = rows.slice(0, query.limit).map(mapAuditEntry);
    return { items, nextCursor: rows.length > query.limit ? (items.at(-1)?.id ?? null) : null };
  }
}
