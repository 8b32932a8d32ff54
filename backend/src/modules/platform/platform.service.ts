import { Injectable } from '@nestjs/common';
import type { CreatePartnershipInput, PlatformPartnership } from '@zet/contracts';
import type { Request } from 'express';
import type { Principal } from '../../common/access/request-scope';
import { enterPartnershipScope, ScopedDb } from '../../common/access/scoped-db';
import { conflict } from '../../common/dutch-exceptions';
import { AuditService } from '../audit/audit.service';
import { clientIp } from '../auth/session-helpers';
import { ContentService } from '../content/content.service';
import { InvitationsService } from '../people/invitations.service';
import { mapPlatformPartnership } from './platform.mappers';
import {
  findPlatformPartnership,
  insertPartnership,
  insertTargetGroups,
  listPlatformPartnerships,
  partnershipNameTaken,
} from './platform.queries';

/** Hosting many partnerships on one instance: the platform admin's work. */
@Injectable()
export class PlatformService {
  constructor(
    private readonly db: ScopedDb,
    private readonly audit: AuditService,
    private readonly content: ContentService,
    private readonly invitations: InvitationsService,
  ) {}

  async list(): Promise<{ items: PlatformPartnership[] }> {
    const rows = await this.db.unscoped((db) => listPlatformPartnerships(db));
    return { items: rows.map(mapPlatformPartnership) };
  }

  /**
   * Creates the partnership with the default doelgroepen from the content, and invites its
   * first programmaleider; all in one transaction, the partnership's own rows within its scope.
   */
  async create(
    req: Request,
    admin: Principal,
    input: CreatePartnershipInput,
  ): Promise<PlatformPartnership> {
    const ip = clientIp(req);
    const { partnershipId, mail } = await this.db.unscoped(async (db) => {
      if (await partnershipNameTaken(db, input.name)) {
        throw conflict('Er bestaat al een partnerschap met deze naam. Kies een andere naam.');
      }
      const id = await insertPartnership(db, input.name);
      await enterPartnershipScope(db, id);
      await insertTargetGroups(db, id, this.content.bundle.framework.targetGroups);
      await this.audit.record(db, {
        action: 'partnership.created',
        partnershipId: id,
        userId: admin.userId,
        targetType: 'partnership',
        targetId: id,
        details: { name: input.name },
        ip,
      });
      const created = await this.invitations.create(
        db,
        id,
        { ...input.programmaleider, role: 'programmaleider', locationIds: [] },
        admin,
        ip,
      );
      return { partnershipId: id, mail: created.mail };
    });
    await this.invitations.deliver(mail);
    const row = await this.db.unscoped((db) => findPlatformPartnership(db, partnershipId));
    return mapPlatformPartnership(row!);
  }
}
