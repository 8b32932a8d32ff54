import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EvaluationListQuery, EvaluationSummary } from '@zet/contracts';
import type { EntityManager } from 'typeorm';
import { PartnershipsService } from '../partnerships/partnerships.service';
import { listEvaluationSummaries, type EvaluationSummaryRow } from './evaluations.queries';

const toSummary = (r: EvaluationSummaryRow): EvaluationSummary => ({
  id: r.id,
  title: r.title,
  heldOn: r.held_on,
  schoolYear: r.school_year,
  location: r.location_id && r.location_name ? { id: r.location_id, name: r.location_name } : null,
  status: r.status,
  contentVersion: r.content_version_id,
  themeCodes: r.theme_codes,
  sessionCount: r.session_count,
});

@Injectable()
export class EvaluationsService {
  constructor(
    @InjectEntityManager() private readonly db: EntityManager,
    private readonly partnerships: PartnershipsService,
  ) {}

  async list(partnershipId: string, filter: EvaluationListQuery) {
    await this.partnerships.get(partnershipId);
    const rows = await listEvaluationSummaries(this.db, partnershipId, filter);
    return { items: rows.map(toSummary) };
  }
}
