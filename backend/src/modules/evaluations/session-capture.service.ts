import { Injectable } from '@nestjs/common';
import type { ThemeSessionCapture, ThemeSessionContext, ThemeSessionOutcome } from '@zet/contracts';
import type { EntityManager } from 'typeorm';
import type { PartnershipScope } from '../../common/access/request-scope';
import { ScopedDb } from '../../common/access/scoped-db';
import { badRequest } from '../../common/dutch-exceptions';
import type { FieldError } from '../../common/problem';
import { ContentService } from '../content/content.service';
import { canCaptureSession, canSeeSession } from './evaluation-access';
import {
  finalisedEvaluation,
  mayNotCapture,
  sessionNotFound,
  staleSession,
} from './evaluation-errors';
import { roleProblem } from './evaluation-rules';
import type { CaptureChanges } from './evaluations.dto';
import { contentNames, mapCapture, mapFinding, mapOutcome } from './evaluations.mappers';
import {
  type EvaluationRow,
  findEvaluation,
  findPreviousEvaluationOnTheme,
  findSession,
  listFindings,
  listIndividualPlacements,
  listOpenActionsOnTheme,
  listParticipants,
  listSessionsOnTheme,
  replaceIndividualPlacements,
  type SessionRow,
  updateSessionOutcome,
  writeFindings,
  writeParticipantCounts,
} from './evaluations.queries';

export type SessionInScope = { evaluation: EvaluationRow; session: SessionRow };

/** Capturing one theme session on the day: the whole outcome as one version-checked document. */
@Injectable()
export class SessionCaptureService {
  constructor(
    private readonly db: ScopedDb,
    private readonly content: ContentService,
  ) {}

  get(
    scope: PartnershipScope,
    evaluationId: string,
    sessionId: string,
  ): Promise<ThemeSessionCapture> {
    return this.db.run(scope, async (db) => {
      const found = await this.findInScope(db, scope, evaluationId, sessionId);
      return this.loadCapture(db, scope, found);
    });
  }

  /**
   * Saves the sent fields when `changes.version` is still the stored version; otherwise 409 with
   * the stored document. A finalised evaluation is read-only (409).
   */
  save(
    scope: PartnershipScope,
    evaluationId: string,
    sessionId: string,
    changes: CaptureChanges,
  ): Promise<ThemeSessionCapture> {
    return this.db.run(scope, async (db) => {
      const found = await this.findInScope(db, scope, evaluationId, sessionId, { lock: true });
      const { evaluation, session } = found;
      if (
        !canCaptureSession(
          scope,
          { locationId: evaluation.location_id },
          { facilitatorId: session.facilitator_id },
        )
      ) {
        throw mayNotCapture();
      }
      if (evaluation.status === 'finalised') throw finalisedEvaluation();
      if (session.version !== changes.version)
        throw staleSession(await this.loadCapture(db, scope, found));
      const version = await this.writeOutcome(db, scope.partnershipId, session, changes);
      if (version === undefined)
        throw new Error(`theme session ${sessionId} changed under its lock`);
      return this.reload(db, scope, found);
    });
  }

  /**
   * The session of this evaluation, or 404 when it does not exist or the asker may not see it.
   * `lock` holds the evaluation against finalisation and the session against other writers.
   */
  async findInScope(
    db: EntityManager,
    scope: PartnershipScope,
    evaluationId: string,
    sessionId: string,
    { lock = false } = {},
  ): Promise<SessionInScope> {
    const evaluation = await findEvaluation(
      db,
      scope.partnershipId,
      evaluationId,
      lock ? 'share' : 'none',
    );
    if (!evaluation) throw sessionNotFound();
    const session = await findSession(db, evaluationId, sessionId, lock);
    if (!session) throw sessionNotFound();
    if (
      !canSeeSession(
        scope,
        { locationId: evaluation.location_id },
        { facilitatorId: session.facilitator_id },
      )
    ) {
      throw sessionNotFound();
    }
    return { evaluation, session };
  }

  /** The stored outcome of one session. */
  async loadOutcome(db: EntityManager, session: SessionRow): Promise<ThemeSessionOutcome> {
    const ids = [session.id];
    return mapOutcome(
      session,
      await listParticipants(db, ids),
      await listIndividualPlacements(db, ids),
      await listFindings(db, ids),
    );
  }

  async loadCapture(
    db: EntityManager,
    scope: PartnershipScope,
    { evaluation, session }: SessionInScope,
  ): Promise<ThemeSessionCapture> {
    const readOnly =
      evaluation.status === 'finalised' ||
      !canCaptureSession(
        scope,
        { locationId: evaluation.location_id },
        { facilitatorId: session.facilitator_id },
      );
    return mapCapture(
      evaluation,
      session,
      await this.loadOutcome(db, session),
      contentNames(this.content, session.content_version_id),
      readOnly,
    );
  }

  /** The document after a write, read back from the database. */
  async reload(
    db: EntityManager,
    scope: PartnershipScope,
    { evaluation, session }: SessionInScope,
  ): Promise<ThemeSessionCapture> {
    const fresh = await findSession(db, evaluation.id, session.id);
    if (!fresh) throw sessionNotFound();
    return this.loadCapture(db, scope, { evaluation, session: fresh });
  }

  /**
   * Writes the sent parts of the outcome, version-checked, inside an open scoped transaction. No
   * access or status checks: callers do those (capture, correction, import). Returns the new
   * version, or undefined when `changes.version` was stale.
   */
  async writeOutcome(
    db: EntityManager,
    partnershipId: string,
    session: SessionRow,
    changes: CaptureChanges,
  ): Promise<number | undefined> {
    await this.checkOutcome(db, session, changes);
    const version = await updateSessionOutcome(db, session.id, changes.version, {
      currentPlacement: changes.currentPlacement,
      desiredPlacement: changes.desiredPlacement,
      rationale: changes.rationale,
      agreements: changes.agreements,
      plenaryReporter: changes.plenaryReporter,
      notes: changes.notes,
      reflectionCards: changes.reflectionCards,
    });
    if (version === undefined) return undefined;
    if (changes.participants) {
      await writeParticipantCounts(
        db,
        partnershipId,
        session.id,
        'present',
        changes.participants.map((p) => ({ role: p.role, side: p.side, count: p.present })),
      );
    }
    if (changes.individualPlacements) {
      await replaceIndividualPlacements(
        db,
        partnershipId,
        session.id,
        changes.individualPlacements,
      );
    }
    if (changes.findings) await writeFindings(db, partnershipId, session.id, changes.findings);
    return version;
  }

  /** What the contract cannot know: roles of the content, the theme's reflection cards, finding ids of this session. */
  private async checkOutcome(
    db: EntityManager,
    session: SessionRow,
    changes: CaptureChanges,
  ): Promise<void> {
    const errors: FieldError[] = [];
    const roles = new Map(this.content.bundle.framework.roles.map((r) => [r.code, r]));
    changes.participants?.forEach((p, i) => {
      const problem = roleProblem(roles.get(p.role), p.side);
      if (problem) errors.push({ path: ['participants', i, problem.field], message: problem.text });
    });
    changes.individualPlacements?.forEach((p, i) => {
      if (!roles.has(p.role))
        errors.push({
          path: ['individualPlacements', i, 'role'],
          message: 'Deze rol bestaat niet. Kies een rol uit de lijst.',
        });
    });
    if (changes.reflectionCards?.length) {
      const theme = this.content.bundle.versions
        .get(session.content_version_id)
        ?.themes.get(session.theme_code);
      const cards = new Set(theme?.reflectionCards.map((c) => c.code) ?? []);
      changes.reflectionCards.forEach((code, i) => {
        if (!cards.has(code)) {
          errors.push({
            path: ['reflectionCards', i],
            message: `Deze reflectiekaart hoort niet bij het thema ${theme?.name ?? session.theme_code}.`,
          });
        }
      });
    }
    if (changes.findings?.some((f) => f.id)) {
      const existing = new Set((await listFindings(db, [session.id])).map((f) => f.id));
      changes.findings.forEach((f, i) => {
        if (f.id && !existing.has(f.id)) {
          errors.push({
            path: ['findings', i, 'id'],
            message:
              'Dit punt bestaat niet (meer) in dit themagesprek. Laat het id weg om het als nieuw punt toe te voegen.',
          });
        }
      });
    }
    if (errors.length)
      throw badRequest(
        'Het themagesprek is niet bewaard. Controleer de gemarkeerde velden.',
        errors,
      );
  }

  /** For the side panel: the previous outcome of this theme at this locatie, and its open actions. */
  context(
    scope: PartnershipScope,
    evaluationId: string,
    sessionId: string,
  ): Promise<ThemeSessionContext> {
    return this.db.run(scope, async (db) => {
      const { evaluation, session } = await this.findInScope(db, scope, evaluationId, sessionId);
      const canonical = session.canonical_theme_code;
      const previous = await findPreviousEvaluationOnTheme(db, scope.partnershipId, {
        evaluationId,
        locationId: evaluation.location_id,
        heldOn: evaluation.held_on,
        canonicalThemeCode: canonical,
      });
      let previousOutcome: ThemeSessionContext['previous'] = null;
      if (previous) {
        const sessions = await listSessionsOnTheme(db, previous.id, canonical);
        const findings = await listFindings(
          db,
          sessions.map((s) => s.id),
        );
        const names = contentNames(this.content, previous.content_version_id);
        previousOutcome = {
          evaluationId: previous.id,
          title: previous.title,
          heldOn: previous.held_on,
          schoolYear: previous.school_year,
          contentVersion: previous.content_version_id,
          sessions: sessions.map((s) => ({
            id: s.id,
            themeCode: s.theme_code,
            themeName: names.theme(s.theme_code),
            groupLabel: s.group_label,
            currentPlacement: s.current_placement,
            desiredPlacement: s.desired_placement,
            rationale: s.rationale,
            findings: findings.filter((f) => f.theme_session_id === s.id).map(mapFinding),
          })),
        };
      }
      const actions = await listOpenActionsOnTheme(
        db,
        scope.partnershipId,
        evaluation.location_id,
        canonical,
      );
      return {
        previous: previousOutcome,
        openActions: actions.map((a) => ({
          id: a.id,
          title: a.title,
          description: a.description,
          ownerRole: a.owner_role,
          ownerName: a.owner_name,
          dueOn: a.due_on,
          status: a.status,
          pdcaPhase: a.pdca_phase,
          schoolYear: a.school_year,
        })),
      };
    });
  }
}
