import { Injectable } from '@nestjs/common';
import type { EvaluationDetail } from '@zet/contracts';
import type { EntityManager } from 'typeorm';
import type { PartnershipScope } from '../../common/access/request-scope';
import { ScopedDb } from '../../common/access/scoped-db';
import { badRequest } from '../../common/dutch-exceptions';
import type { FieldError } from '../../common/problem';
import { ContentService } from '../content/content.service';
import { canPlanAt } from './evaluation-access';
import { finalisedEvaluation, mayNotPlan, staleEvaluation } from './evaluation-errors';
import { describeGroup, roleProblem } from './evaluation-rules';
import type { CreateEvaluationPlan, PlanRounds, UpdateEvaluationPlan } from './evaluations.dto';
import { contentNames } from './evaluations.mappers';
import {
  deleteRounds,
  deleteSessions,
  ensureCycle,
  findLocation,
  findProcesbegeleiderIds,
  findTargetGroupIds,
  insertEvaluation,
  insertRound,
  insertSession,
  listRounds,
  parkSessionLabels,
  replaceEvaluationTargetGroups,
  type SessionRow,
  updateEvaluationHeader,
  updateRoundLabel,
  updateSessionPlan,
  writeParticipantCounts,
} from './evaluations.queries';
import { EvaluationsService } from './evaluations.service';

const invalidPlan = (errors: FieldError[]) =>
  badRequest('De planning klopt nog niet. Controleer de gemarkeerde velden.', errors);

type PlanCheck = {
  contentVersionId: string;
  /** The evaluation being edited; undefined while creating. */
  existing?: {
    locationId: string | null;
    sessions: readonly SessionRow[];
    roundNumbers: ReadonlyMap<string, number>;
  };
};

/** Planning a ZET dagdeel: create it with its rounds and groups, and edit that plan while it is a draft. */
@Injectable()
export class EvaluationPlanService {
  constructor(
    private readonly db: ScopedDb,
    private readonly content: ContentService,
    private readonly evaluations: EvaluationsService,
  ) {}

  create(scope: PartnershipScope, plan: CreateEvaluationPlan): Promise<EvaluationDetail> {
    return this.db.run(scope, async (db) => {
      const id = await this.createInTransaction(db, scope, plan);
      return this.evaluations.loadDetail(db, scope, id);
    });
  }

  /** Creates a draft evaluation inside an open scoped transaction (also for the import); returns its id. */
  async createInTransaction(
    db: EntityManager,
    scope: PartnershipScope,
    plan: CreateEvaluationPlan,
  ): Promise<string> {
    const contentVersionId = plan.contentVersion ?? this.content.currentVersionId;
    const errors: FieldError[] = [];
    if (!this.content.bundle.versions.has(contentVersionId)) {
      errors.push({
        path: ['contentVersion'],
        message: 'Deze versie van de ZET-inhoud bestaat niet. Kies een versie uit de lijst.',
      });
    }
    const locationName = await this.checkPlan(db, scope, plan, { contentVersionId }, errors);
    if (errors.length) throw invalidPlan(errors);

    const cycleId = await ensureCycle(db, scope.partnershipId, plan.schoolYear);
    const id = await insertEvaluation(db, scope.partnershipId, {
      cycleId,
      locationId: plan.locationId,
      title: plan.title ?? defaultTitle(locationName),
      heldOn: plan.heldOn,
      contentVersionId,
    });
    await replaceEvaluationTargetGroups(db, scope.partnershipId, id, plan.targetGroupIds);
    await this.writeRounds(db, scope.partnershipId, id, contentVersionId, plan.rounds, []);
    return id;
  }

  /**
   * Replaces the plan of a draft, checked against the version the client loaded. Groups keep their
   * session (and anything captured) by id; a group left out is removed unless it holds captured data.
   */
  updatePlan(
    scope: PartnershipScope,
    evaluationId: string,
    plan: UpdateEvaluationPlan,
  ): Promise<EvaluationDetail> {
    return this.db.run(scope, async (db) => {
      const { evaluation, sessions } = await this.evaluations.findVisible(
        db,
        scope,
        evaluationId,
        'update',
      );
      if (!canPlanAt(scope, evaluation.location_id)) throw mayNotPlan();
      if (evaluation.status === 'finalised') throw finalisedEvaluation();
      if (evaluation.version !== plan.version)
        throw staleEvaluation(await this.evaluations.loadDetail(db, scope, evaluationId));

      const rounds = await listRounds(db, evaluationId);
      const errors: FieldError[] = [];
      const locationName = await this.checkPlan(
        db,
        scope,
        plan,
        {
          contentVersionId: evaluation.content_version_id,
          existing: {
            locationId: evaluation.location_id,
            sessions,
            roundNumbers: new Map(rounds.map((r) => [r.id, r.number])),
          },
        },
        errors,
      );
      if (errors.length) throw invalidPlan(errors);

      const cycleId = await ensureCycle(db, scope.partnershipId, plan.schoolYear);
      const version = await updateEvaluationHeader(
        db,
        scope.partnershipId,
        evaluationId,
        plan.version,
        {
          cycleId,
          locationId: plan.locationId,
          // Without a title the old one stays, unless it was the default of the old locatie.
          title:
            plan.title ??
            (evaluation.title === defaultTitle(evaluation.location_name)
              ? defaultTitle(locationName)
              : evaluation.title),
          heldOn: plan.heldOn,
        },
      );
      // The row is locked and was checked above; a miss here would be a bug, not a race.
      if (version === undefined)
        throw new Error(`evaluation ${evaluationId} changed under its lock`);
      await replaceEvaluationTargetGroups(
        db,
        scope.partnershipId,
        evaluationId,
        plan.targetGroupIds,
      );

      const kept = new Set(
        plan.rounds.flatMap((r) => r.groups.flatMap((g) => (g.id ? [g.id] : []))),
      );
      await deleteSessions(
        db,
        sessions.filter((s) => !kept.has(s.id)).map((s) => s.id),
      );
      await this.writeRounds(
        db,
        scope.partnershipId,
        evaluationId,
        evaluation.content_version_id,
        plan.rounds,
        rounds,
      );
      return this.evaluations.loadDetail(db, scope, evaluationId);
    });
  }

  /**
   * Checks everything the contract cannot: the locatie, doelgroepen, themes of the content version,
   * procesbegeleiders and roles, and (editing) the groups' ids and captured data. Adds field errors
   * with paths into the plan; returns the locatie's name.
   */
  private async checkPlan(
    db: EntityManager,
    scope: PartnershipScope,
    plan: CreateEvaluationPlan | UpdateEvaluationPlan,
    { contentVersionId, existing }: PlanCheck,
    errors: FieldError[],
  ): Promise<string | null> {
    let locationName: string | null = null;
    if (plan.locationId === null) {
      if (!scope.roles.has('programmaleider')) {
        errors.push({
          path: ['locationId'],
          message:
            'Een partnerschapsbreed dagdeel plant de programmaleider. Kies een van je eigen locaties.',
        });
      }
    } else if (!canPlanAt(scope, plan.locationId)) {
      // The same answer whether the locatie exists or not: other locaties stay unnamed.
      errors.push({
        path: ['locationId'],
        message: 'Je kunt alleen een dagdeel plannen voor je eigen locatie(s).',
      });
    } else {
      const location = await findLocation(db, scope.partnershipId, plan.locationId);
      if (!location) {
        errors.push({
          path: ['locationId'],
          message: 'Deze locatie bestaat niet in dit partnerschap.',
        });
      } else if (location.archived && plan.locationId !== existing?.locationId) {
        errors.push({
          path: ['locationId'],
          message: 'Deze locatie is gearchiveerd. Kies een actieve locatie.',
        });
      } else {
        locationName = location.name;
      }
    }

    const targetGroups = await findTargetGroupIds(db, scope.partnershipId, plan.targetGroupIds);
    plan.targetGroupIds.forEach((id, i) => {
      if (!targetGroups.has(id))
        errors.push({
          path: ['targetGroupIds', i],
          message: 'Deze doelgroep bestaat niet in dit partnerschap.',
        });
    });

    const facilitatorIds = plan.rounds.flatMap((r) =>
      r.groups.flatMap((g) => (g.facilitatorId ? [g.facilitatorId] : [])),
    );
    const procesbegeleiders = await findProcesbegeleiderIds(db, scope.partnershipId, [
      ...new Set(facilitatorIds),
    ]);
    const roles = new Map(this.content.bundle.framework.roles.map((r) => [r.code, r]));
    const versionKnown = this.content.bundle.versions.has(contentVersionId);
    const sessionsById = new Map((existing?.sessions ?? []).map((s) => [s.id, s]));
    const seenIds = new Set<string>();

    plan.rounds.forEach((round, r) => {
      round.groups.forEach((group, g) => {
        const at = (...rest: (string | number)[]) => ['rounds', r, 'groups', g, ...rest];
        if (versionKnown && !this.content.hasTheme(contentVersionId, group.themeCode)) {
          errors.push({
            path: at('themeCode'),
            message: `Dit thema hoort niet bij de gekozen versie van de ZET-inhoud (${contentVersionId}). Kies een thema uit de lijst.`,
          });
        }
        if (group.facilitatorId && !procesbegeleiders.has(group.facilitatorId)) {
          errors.push({
            path: at('facilitatorId'),
            message: 'Kies als procesbegeleider iemand met die rol in dit partnerschap.',
          });
        }
        group.expectedParticipants.forEach((p, k) => {
          const message = roleProblem(roles.get(p.role), p.side);
          if (message)
            errors.push({
              path: at('expectedParticipants', k, message.field),
              message: message.text,
            });
        });
        if (group.id === undefined) return;
        const session = sessionsById.get(group.id);
        if (!session || seenIds.has(group.id)) {
          errors.push({
            path: at('id'),
            message: seenIds.has(group.id)
              ? 'Dit themagesprek staat twee keer in de planning.'
              : 'Dit themagesprek hoort niet (meer) bij dit dagdeel. Laad de planning opnieuw.',
          });
          return;
        }
        seenIds.add(group.id);
        if (session.captured && session.theme_code !== group.themeCode) {
          errors.push({
            path: at('themeCode'),
            message:
              'In dit themagesprek is al iets vastgelegd; het thema kan daarom niet meer veranderen.',
          });
        }
      });
    });

    if (existing) {
      const names = contentNames(this.content, contentVersionId);
      for (const session of existing.sessions) {
        if (seenIds.has(session.id) || !session.captured) continue;
        const who = describeGroup(
          existing.roundNumbers.get(session.round_id) ?? session.round_number,
          names.theme(session.theme_code),
          session.group_label,
        );
        errors.push({
          path: ['rounds'],
          message: `${who} kan niet uit de planning: er is al iets vastgelegd. Laat het gesprek staan, of maak het eerst leeg.`,
        });
      }
    }
    return locationName;
  }

  /** Rounds by position (round i+1 keeps its id), then every group in planning order. */
  private async writeRounds(
    db: EntityManager,
    partnershipId: string,
    evaluationId: string,
    contentVersionId: string,
    rounds: PlanRounds,
    existingRounds: readonly { id: string; number: number; label: string }[],
  ): Promise<void> {
    const roundIds: string[] = [];
    for (const [i, round] of rounds.entries()) {
      const existing = existingRounds.find((r) => r.number === i + 1);
      if (existing) {
        if (existing.label !== round.label) await updateRoundLabel(db, existing.id, round.label);
        roundIds.push(existing.id);
      } else {
        roundIds.push(await insertRound(db, partnershipId, evaluationId, i + 1, round.label));
      }
    }

    await parkSessionLabels(
      db,
      rounds.flatMap((r) => r.groups.flatMap((g) => (g.id ? [g.id] : []))),
    );
    for (const [i, round] of rounds.entries()) {
      for (const [j, group] of round.groups.entries()) {
        const fields = {
          roundId: roundIds[i]!,
          themeCode: group.themeCode,
          groupLabel: group.groupLabel,
          facilitatorId: group.facilitatorId,
          position: j + 1,
        };
        let sessionId = group.id;
        if (sessionId) await updateSessionPlan(db, sessionId, fields);
        else
          sessionId = await insertSession(
            db,
            partnershipId,
            evaluationId,
            contentVersionId,
            fields,
          );
        await writeParticipantCounts(
          db,
          partnershipId,
          sessionId,
          'expected',
          group.expectedParticipants.map((p) => ({
            role: p.role,
            side: p.side,
            count: p.expected,
          })),
        );
      }
    }
    await deleteRounds(
      db,
      existingRounds.filter((r) => r.number > rounds.length).map((r) => r.id),
    );
  }
}

const defaultTitle = (locationName: string | null) =>
  (locationName ? `ZET-dagdeel ${locationName}` : 'ZET-dagdeel partnerschapsbreed').slice(0, 200);
