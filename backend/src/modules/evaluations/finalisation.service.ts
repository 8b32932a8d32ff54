import { Injectable } from '@nestjs/common';
import {
  type EvaluationDetail,
  type EvaluationReview,
  type FinaliseProblem,
  type ThemeSessionCapture,
  type ThemeSessionRevisionList,
  themeSessionRevisionSchema,
} from '@zet/contracts';
import type { Request } from 'express';
import type { EntityManager } from 'typeorm';
import type { PartnershipScope } from '../../common/access/request-scope';
import { ScopedDb } from '../../common/access/scoped-db';
import { badRequest } from '../../common/dutch-exceptions';
import { AuditService } from '../audit/audit.service';
import { clientIp } from '../auth/session-helpers';
import { ContentService } from '../content/content.service';
import { canFinalise } from './evaluation-access';
import {
  alreadyFinalised,
  mayNotFinalise,
  notFinalisedYet,
  sessionNotFound,
  staleEvaluation,
  staleSession,
} from './evaluation-errors';
import {
  captureWarnings,
  describeGroup,
  evaluationProblems,
  sessionProblems,
} from './evaluation-rules';
import type { CorrectionChanges } from './evaluations.dto';
import { contentNames, mapOutcome, mapPersonRef } from './evaluations.mappers';
import {
  type EvaluationRow,
  findSession,
  insertRevision,
  listFindings,
  listIndividualPlacements,
  listParticipants,
  listRevisions,
  markEvaluationFinalised,
  type SessionRow,
} from './evaluations.queries';
import { EvaluationsService } from './evaluations.service';
import { SessionCaptureService } from './session-capture.service';

/** The capture fields a correction can change (everything but its version and reason). */
const CORRECTABLE = [
  'participants',
  'individualPlacements',
  'findings',
  'reflectionCards',
  'currentPlacement',
  'desiredPlacement',
  'rationale',
  'agreements',
  'plenaryReporter',
  'notes',
] as const;

/** Vaststellen: the summary review, finalising, and corrections afterwards as revisions with a reason. */
@Injectable()
export class FinalisationService {
  constructor(
    private readonly db: ScopedDb,
    private readonly content: ContentService,
    private readonly audit: AuditService,
    private readonly evaluations: EvaluationsService,
    private readonly capture: SessionCaptureService,
  ) {}

  /** Per session what is there and what is still missing before the evaluation can be finalised. */
  review(scope: PartnershipScope, evaluationId: string): Promise<EvaluationReview> {
    return this.db.run(scope, async (db) => {
      const { evaluation, sessions } = await this.evaluations.findVisible(db, scope, evaluationId);
      return this.buildReview(db, scope, evaluation, sessions);
    });
  }

  /**
   * Marks the evaluation vastgesteld when `version` is current and nothing is missing (400 with the
   * problems otherwise). Its results become read-only and reach the dashboards.
   */
  finalise(
    req: Request,
    scope: PartnershipScope,
    evaluationId: string,
    version: number,
  ): Promise<EvaluationDetail> {
    return this.db.run(scope, async (db) => {
      const { evaluation, sessions } = await this.evaluations.findVisible(
        db,
        scope,
        evaluationId,
        'update',
      );
      if (
        !canFinalise(
          scope,
          sessions.map((s) => s.facilitator_id),
        )
      )
        throw mayNotFinalise();
      if (evaluation.status === 'finalised') throw alreadyFinalised();
      if (evaluation.version !== version)
        throw staleEvaluation(await this.evaluations.loadDetail(db, scope, evaluationId));
      await this.finaliseInTransaction(db, scope, evaluation, sessions, clientIp(req));
      return this.evaluations.loadDetail(db, scope, evaluationId);
    });
  }

  /**
   * Checks completeness, finalises and writes the audit entry inside an open scoped transaction
   * with the evaluation locked (also for the import). Access and version are the caller's.
   */
  async finaliseInTransaction(
    db: EntityManager,
    scope: PartnershipScope,
    evaluation: EvaluationRow,
    sessions: readonly SessionRow[],
    ip: string | null,
  ): Promise<void> {
    const review = await this.buildReview(db, scope, evaluation, sessions);
    if (review.problems.length) {
      throw badRequest(
        'Dit dagdeel kan nog niet worden vastgesteld. Vul eerst aan wat hieronder ontbreekt.',
        review.problems.map((p) => ({ path: p.path, message: p.message })),
      );
    }
    const finalised = await markEvaluationFinalised(
      db,
      evaluation.id,
      evaluation.version,
      scope.principal.userId,
    );
    if (finalised === undefined)
      throw new Error(`evaluation ${evaluation.id} changed under its lock`);
    await this.audit.record(db, {
      action: 'evaluation.finalised',
      partnershipId: scope.partnershipId,
      userId: scope.principal.userId,
      targetType: 'evaluation',
      targetId: evaluation.id,
      details: { title: evaluation.title, heldOn: evaluation.held_on, sessions: sessions.length },
      ip,
    });
  }

  /**
   * A correction of a finalised session (programmaleider): the state before is kept as a numbered
   * revision with the reason, the change is audited, and the result must still be complete.
   */
  correct(
    req: Request,
    scope: PartnershipScope,
    evaluationId: string,
    sessionId: string,
    changes: CorrectionChanges,
  ): Promise<ThemeSessionCapture> {
    const fields = CORRECTABLE.filter((key) => changes[key] !== undefined);
    if (fields.length === 0) {
      throw badRequest('Geef aan wat je wilt corrigeren.', [
        { path: [], message: 'Stuur minstens één veld mee dat je wilt corrigeren.' },
      ]);
    }
    return this.db.run(scope, async (db) => {
      const found = await this.capture.findInScope(db, scope, evaluationId, sessionId, {
        lock: true,
      });
      const { evaluation, session } = found;
      if (evaluation.status !== 'finalised') throw notFinalisedYet();
      if (session.version !== changes.version)
        throw staleSession(await this.capture.loadCapture(db, scope, found));

      const before = await this.capture.loadOutcome(db, session);
      const version = await this.capture.writeOutcome(db, scope.partnershipId, session, changes);
      if (version === undefined)
        throw new Error(`theme session ${sessionId} changed under its lock`);

      const after = await findSession(db, evaluationId, sessionId);
      if (!after) throw sessionNotFound();
      const names = contentNames(this.content, after.content_version_id);
      const problems = sessionProblems(
        after.id,
        describeGroup(after.round_number, names.theme(after.theme_code), after.group_label),
        await this.capture.loadOutcome(db, after),
      );
      if (problems.length) {
        throw badRequest(
          'De correctie is niet bewaard: een vastgesteld themagesprek moet compleet blijven.',
          problems.map((p) => ({
            path: [p.path.at(-1) ?? 'currentPlacement'],
            message: p.message,
          })),
        );
      }

      const revision = await insertRevision(db, scope.partnershipId, {
        sessionId,
        snapshot: { ...before, version: session.version },
        reason: changes.reason,
        createdBy: scope.principal.userId,
      });
      await this.audit.record(db, {
        action: 'evaluation.corrected',
        partnershipId: scope.partnershipId,
        userId: scope.principal.userId,
        targetType: 'theme_session',
        targetId: sessionId,
        details: { evaluationId, revision, reason: changes.reason, fields },
        ip: clientIp(req),
      });
      return this.capture.reload(db, scope, found);
    });
  }

  /** Earlier states of a corrected session, newest first. */
  revisions(
    scope: PartnershipScope,
    evaluationId: string,
    sessionId: string,
  ): Promise<ThemeSessionRevisionList> {
    return this.db.run(scope, async (db) => {
      const { session } = await this.capture.findInScope(db, scope, evaluationId, sessionId);
      const rows = await listRevisions(db, session.id);
      return {
        items: rows.map((r) =>
          themeSessionRevisionSchema.parse({
            revision: r.revision,
            reason: r.reason,
            createdAt: r.created_at.toISOString(),
            createdBy: mapPersonRef(r.created_by, r.created_by_name),
            snapshot: r.snapshot,
          }),
        ),
      };
    });
  }

  private async buildReview(
    db: EntityManager,
    scope: PartnershipScope,
    evaluation: EvaluationRow,
    sessions: readonly SessionRow[],
  ): Promise<EvaluationReview> {
    const ids = sessions.map((s) => s.id);
    const participants = await listParticipants(db, ids);
    const placements = await listIndividualPlacements(db, ids);
    const findings = await listFindings(db, ids);
    const names = contentNames(this.content, evaluation.content_version_id);
    const problems: FinaliseProblem[] = [...evaluationProblems(sessions.length)];
    const reviewed = sessions.map((s) => {
      const outcome = mapOutcome(s, participants, placements, findings);
      const own = sessionProblems(
        s.id,
        describeGroup(s.round_number, names.theme(s.theme_code), s.group_label),
        outcome,
      );
      problems.push(...own);
      return {
        id: s.id,
        roundNumber: s.round_number,
        roundLabel: s.round_label,
        themeCode: s.theme_code,
        themeName: names.theme(s.theme_code),
        groupLabel: s.group_label,
        facilitator: mapPersonRef(s.facilitator_id, s.facilitator_name),
        status: s.captured ? ('captured' as const) : ('empty' as const),
        currentPlacement: s.current_placement,
        desiredPlacement: s.desired_placement,
        rationale: s.rationale,
        findings: outcome.findings,
        individualPlacements: outcome.individualPlacements.length,
        participantsPresent: outcome.participants.reduce((sum, p) => sum + p.present, 0),
        problems: own,
        warnings: captureWarnings(outcome),
      };
    });
    return {
      evaluationId: evaluation.id,
      status: evaluation.status,
      version: evaluation.version,
      problems,
      sessions: reviewed,
      canFinalise:
        evaluation.status === 'draft' &&
        canFinalise(
          scope,
          sessions.map((s) => s.facilitator_id),
        ),
    };
  }
}
