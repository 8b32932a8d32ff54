import { Injectable } from '@nestjs/common';
import type { EvaluationListQuery, EvaluationSummary } from '@zet/contracts';
import type { PartnershipScope } from '../../common/access/request-scope';
import { ScopedDb } from '../../common/access/scoped-db';
import { evaluationVisibility } from '../../common/access/visibility';
import { type EvaluationSummaryRow, listEvaluationSummaries } from './evaluations.queries';

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
  constructor(private readonly db: ScopedDb) {}

  list(scope: PartnershipScope, filter: EvaluationListQuery) {
    return this.db.run(scope, async (db) => {
      const rows = await listEvaluationSummaries(db, scope.partnershipId, filter, evaluationVisibility(scope));
      return { items: rows.map(toSummary) };
    });
  }
}
