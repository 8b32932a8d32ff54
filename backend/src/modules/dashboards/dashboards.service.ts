import { Injectable } from '@nestjs/common';
import type { PartnershipScope } from '../../common/access/request-scope';
import { ScopedDb } from '../../common/access/scoped-db';
import { notFound } from '../../common/dutch-exceptions';
import { ContentService } from '../content/content.service';
import { PartnershipsService } from '../partnerships/partnerships.service';
import { partnershipSchoolYears, themeTrajectoryRows } from './dashboard.queries';
import { shapeTrajectory } from './trajectory.shaping';

@Injectable()
export class DashboardsService {
  constructor(
    private readonly db: ScopedDb,
    private readonly content: ContentService,
    private readonly partnerships: PartnershipsService,
  ) {}

  /**
   * Lines only for the locaties this person may see by name; the partnership line is computed
   * over all locaties, which is how a locatie sees the others: as an unnamed distribution.
   */
  themeTrajectory(scope: PartnershipScope, themeCode: string) {
    const name = this.content.themeName(themeCode);
    if (!name) throw notFound('Dit thema bestaat niet in de huidige versie van de ZET.');
    return this.db.run(scope, async (db) => {
      const locations = await this.partnerships.visibleLocations(db, scope);
      const schoolYears = await partnershipSchoolYears(db, scope.partnershipId);
      const rows = await themeTrajectoryRows(db, scope.partnershipId, themeCode);
      return shapeTrajectory({ code: themeCode, name }, schoolYears, locations, rows);
    });
  }
}
