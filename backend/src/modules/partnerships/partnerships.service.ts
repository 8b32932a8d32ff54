import { Injectable } from '@nestjs/common';
import type { PartnershipSettingsInput } from '@zet/contracts';
import type { Request } from 'express';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { PartnershipScope, Principal } from '../../common/access/request-scope';
import { ScopedDb } from '../../common/access/scoped-db';
import { namedLocationFilter } from '../../common/access/visibility';
import { conflict, notFound } from '../../common/dutch-exceptions';
import { AuditService } from '../audit/audit.service';
import { clientIp } from '../auth/session-helpers';
import { CycleEntity } from './cycle.entity';
import { LocationEntity } from './location.entity';
import { PartnershipEntity } from './partnership.entity';
import { mapCycle, mapLocation, mapPartnership, mapTargetGroup } from './partnerships.mappers';
import { listMemberPartnerships } from './partnerships.queries';
import { TargetGroupEntity } from './target-group.entity';

const staleSettings = () =>
  conflict(
    'Iemand anders heeft de instellingen intussen gewijzigd. Bekijk de nieuwe stand en kies opnieuw.',
  );

@Injectable()
export class PartnershipsService {
  constructor(
    private readonly db: ScopedDb,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal) {
    const rows = await this.db.unscoped((db) => listMemberPartnerships(db, principal.userId));
    return {
      items: rows.map((r) => ({ id: r.id, name: r.name, locationCount: r.location_count })),
    };
  }

  get(scope: PartnershipScope) {
    return this.db.run(scope, async (db) => mapPartnership(await this.findPartnership(db)));
  }

  updateSettings(req: Request, scope: PartnershipScope, input: PartnershipSettingsInput) {
    return this.db.run(scope, async (db) => {
      const partnership = await this.findPartnership(db);
      if (partnership.version !== input.version) {
        throw staleSettings();
      }
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      if (partnership.openComparison !== input.openComparison)
        changes.openComparison = { from: partnership.openComparison, to: input.openComparison };
      if (partnership.minRoleGroupSize !== input.minRoleGroupSize)
        changes.minRoleGroupSize = {
          from: partnership.minRoleGroupSize,
          to: input.minRoleGroupSize,
        };
      if (Object.keys(changes).length === 0) return mapPartnership(partnership);

      // The version in the where-clause: of two writes that both read this version, only one
      // changes the row; the other gets the 409 below. TypeORM answers an UPDATE with
      // `[rows, affectedCount]`.
      const [, affected] = await db.query<[unknown[], number]>(
        `update partnership
            set open_comparison = $2, min_role_group_size = $3, version = version + 1, updated_at = now()
          where id = $1 and version = $4`,
        [scope.partnershipId, input.openComparison, input.minRoleGroupSize, input.version],
      );
      if (affected !== 1) throw staleSettings();
      await this.audit.record(db, {
        action: 'partnership.settings_changed',
        partnershipId: scope.partnershipId,
        userId: scope.principal.userId,
        targetType: 'partnership',
        targetId: scope.partnershipId,
        details: changes,
        ip: clientIp(req),
      });
      return mapPartnership(await this.findPartnership(db));
    });
  }

  /** Row-level security has already narrowed the table to the scoped partnership. */
  async findPartnership(db: EntityManager): Promise<PartnershipEntity> {
    const [partnership] = await db.find(PartnershipEntity, { take: 1 });
    if (!partnership)
      throw notFound('Dit partnerschap bestaat niet, of je hebt er geen toegang toe.');
    return partnership;
  }

  /** The locaties this person may see by name. */
  async visibleLocations(db: EntityManager, scope: PartnershipScope): Promise<LocationEntity[]> {
    const partnership = await this.findPartnership(db);
    const filter = namedLocationFilter(scope, partnership.openComparison);
    return db.find(LocationEntity, {
      where: {
        partnershipId: scope.partnershipId,
        ...(filter === 'all' ? {} : { id: In([...filter]) }),
      },
      order: { archivedAt: { direction: 'asc', nulls: 'first' }, name: 'asc' },
    });
  }

  locations(scope: PartnershipScope) {
    return this.db.run(scope, async (db) => ({
      items: (await this.visibleLocations(db, scope)).map(mapLocation),
    }));
  }

  cycles(scope: PartnershipScope) {
    return this.db.run(scope, async (db) => {
      const rows = await db.find(CycleEntity, {
        where: { partnershipId: scope.partnershipId },
        order: { schoolYear: 'desc' },
      });
      return { items: rows.map(mapCycle) };
    });
  }

  targetGroups(scope: PartnershipScope) {
    return this.db.run(scope, async (db) => {
      const rows = await db.find(TargetGroupEntity, {
        where: { partnershipId: scope.partnershipId },
        order: { name: 'asc' },
      });
      return { items: rows.map(mapTargetGroup) };
    });
  }
}
