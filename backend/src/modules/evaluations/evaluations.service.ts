import { Injectable } from '@nestjs/common';
import type {
  EvaluationDetail,
  EvaluationListQuery,
  EvaluationSummary,
  FacilitatorOptions,
} from '@zet/contracts';
import type { EntityManager } from 'typeorm';
import type { PartnershipScope } from '../../common/access/request-scope';
import { ScopedDb } from '../../common/access/scoped-db';
import { evaluationVisibility } from '../../common/access/visibility';
import { ContentService } from '../content/content.service';
import { evaluationNotFound } from './evaluation-errors';
import {
  canCaptureSession,
  canCorrect,
  canFinalise,
  canPlanAt,
  canSeeEvaluation,
} from './evaluation-access';
import { contentNames, mapEvaluationDetail } from './evaluations.mappers';
import {
  type EvaluationRow,
  type EvaluationSummaryRow,
  findEvaluation,
  listEvaluationSummaries,
  listEvaluationTargetGroups,
  listParticipants,
  listProcesbegeleiders,
  listRounds,
  listSessions,
  type SessionRow,
} from './evaluations.queries';

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

/** Reading evaluations: the list, one evaluation with its rounds and sessions, planning options. */
@Injectable()
export class EvaluationsService {
  constructor(
    private readonly db: ScopedDb,
    private readonly content: ContentService,
  ) {}

  list(scope: PartnershipScope, filter: EvaluationListQuery) {
    return this.db.run(scope, async (db) => {
      const rows = await listEvaluationSummaries(
        db,
        scope.partnershipId,
        filter,
        evaluationVisibility(scope),
      );
      return { items: rows.map(toSummary) };
    });
  }

  detail(scope: PartnershipScope, evaluationId: string): Promise<EvaluationDetail> {
    return this.db.run(scope, (db) => this.loadDetail(db, scope, evaluationId));
  }

  /**
   * One evaluation as the asker may see it, inside an open scoped transaction; 404 when it does
   * not exist or is outside the asker's scope.
   */
  async loadDetail(
    db: EntityManager,
    scope: PartnershipScope,
    evaluationId: string,
  ): Promise<EvaluationDetail> {
    const { evaluation, sessions } = await this.findVisible(db, scope, evaluationId);
    const rounds = await listRounds(db, evaluationId);
    const targetGroups = await listEvaluationTargetGroups(db, evaluationId);
    const participants = await listParticipants(
      db,
      sessions.map((s) => s.id),
    );
    const draft = evaluation.status === 'draft';
    const facilitatorIds = sessions.map((s) => s.facilitator_id);
    return mapEvaluationDetail({
      evaluation,
      targetGroups,
      rounds,
      sessions,
      participants,
      names: contentNames(this.content, evaluation.content_version_id),
      canCapture: (s) =>
        draft &&
        canCaptureSession(
          scope,
          { locationId: evaluation.location_id },
          { facilitatorId: s.facilitator_id },
        ),
      permissions: {
        editPlan: draft && canPlanAt(scope, evaluation.location_id),
        finalise: draft && canFinalise(scope, facilitatorIds),
        correct: !draft && canCorrect(scope),
      },
    });
  }

  /** The evaluation and its sessions, or 404 when the asker may not see it. */
  async findVisible(
    db: EntityManager,
    scope: PartnershipScope,
    evaluationId: string,
    lock: 'none' | 'share' | 'update' = 'none',
  ): Promise<{ evaluation: EvaluationRow; sessions: SessionRow[] }> {
    const evaluation = await findEvaluation(db, scope.partnershipId, evaluationId, lock);
    if (!evaluation) throw evaluationNotFound();
    const sessions = await listSessions(db, evaluationId);
    const visible = canSeeEvaluation(
      scope,
      { locationId: evaluation.location_id },
      sessions.map((s) => s.facilitator_id),
    );
    if (!visible) throw evaluationNotFound();
    return { evaluation, sessions };
  }

  /** Members with the procesbegeleider role, to assign to groups. */
  facilitators(scope: PartnershipScope): Promise<FacilitatorOptions> {
    return this.db.run(scope, async (db) => ({
      items: (await listProcesbegeleiders(db, scope.partnershipId)).map((r) => ({
        userId: r.user_id,
        name: r.name,
      })),
    }));
  }
}
