import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/dutch-exceptions';
import { CycleEntity } from './cycle.entity';
import { LocationEntity } from './location.entity';
import { PartnershipEntity } from './partnership.entity';
import { mapCycle, mapLocation, mapPartnership, mapTargetGroup } from './partnerships.mappers';
import { listPartnershipSummaries } from './partnerships.queries';
import { TargetGroupEntity } from './target-group.entity';

@Injectable()
export class PartnershipsService {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {}

  async list() {
    const rows = await listPartnershipSummaries(this.db);
    return { items: rows.map((r) => ({ id: r.id, name: r.name, locationCount: r.location_count })) };
  }

  async get(partnershipId: string) {
    const partnership = await this.db.findOneBy(PartnershipEntity, { id: partnershipId });
    if (!partnership) throw notFound('Dit partnerschap bestaat niet, of je hebt er geen toegang toe.');
    return mapPartnership(partnership);
  }

  async locations(partnershipId: string) {
    await this.get(partnershipId);
    const rows = await this.db.find(LocationEntity, {
      where: { partnershipId },
      order: { archivedAt: { direction: 'asc', nulls: 'first' }, name: 'asc' },
    });
    return { items: rows.map(mapLocation) };
  }

  async cycles(partnershipId: string) {
    await this.get(partnershipId);
    const rows = await this.db.find(CycleEntity, { where: { partnershipId }, order: { schoolYear: 'desc' } });
    return { items: rows.map(mapCycle) };
  }

  async targetGroups(partnershipId: string) {
    await this.get(partnershipId);
    const rows = await this.db.find(TargetGroupEntity, { where: { partnershipId }, order: { name: 'asc' } });
    return { items: rows.map(mapTargetGroup) };
  }
}
