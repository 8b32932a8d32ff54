import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/dutch-exceptions';
import { ContentService } from '../content/content.service';
import { PartnershipsService } from '../partnerships/partnerships.service';
import { partnershipSchoolYears, themeTrajectoryRows } from './dashboard.queries';
import { shapeTrajectory } from './trajectory.shaping';

@Injectable()
export class DashboardsService {
  constructor(
    @InjectEntityManager() private readonly db: EntityManager,
    private readonly content: ContentService,
    private readonly partnerships: PartnershipsService,
  ) {}

  async themeTrajectory(partnershipId: string, themeCode: string) {
    const name = this.content.themeName(themeCode);
    if (!name) throw notFound('Dit thema bestaat niet in de huidige versie van de ZET.');
    const { items: locations } = await this.partnerships.locations(partnershipId);
    const [schoolYears, rows] = await Promise.all([
      partnershipSchoolYears(this.db, partnershipId),
      themeTrajectoryRows(this.db, partnershipId, themeCode),
    ]);
    return shapeTrajectory({ code: themeCode, name }, schoolYears, locations, rows);
  }
}
