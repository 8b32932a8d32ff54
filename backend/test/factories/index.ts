import type { EntityManager } from 'typeorm';
import { EvaluationRoundEntity } from '../../src/modules/evaluations/evaluation-round.entity';
import { EvaluationEntity } from '../../src/modules/evaluations/evaluation.entity';
import { ThemeSessionEntity } from '../../src/modules/evaluations/theme-session.entity';
import { CycleEntity } from '../../src/modules/partnerships/cycle.entity';
import { LocationEntity } from '../../src/modules/partnerships/location.entity';
import { PartnershipEntity } from '../../src/modules/partnerships/partnership.entity';

let counter = 0;
const unique = (prefix: string) => `${prefix} ${++counter}`;

export function createPartnership(db: EntityManager, overrides: Partial<PartnershipEntity> = {}) {
  return db.save(
    PartnershipEntity,
    db.create(PartnershipEntity, { name: unique('Partnerschap'), ...overrides }),
  );
}

export function createLocation(
  db: EntityManager,
  partnershipId: string,
  overrides: Partial<LocationEntity> = {},
) {
  return db.save(
    LocationEntity,
    db.create(LocationEntity, {
      partnershipId,
      name: unique('Locatie'),
      kind: 'school_vo',
      ...overrides,
    }),
  );
}

export function createCycle(db: EntityManager, partnershipId: string, schoolYear: string) {
  return db.save(
    CycleEntity,
    db.create(CycleEntity, { partnershipId, schoolYear, pdcaPhase: 'check' }),
  );
}

type EvaluationInput = {
  partnershipId: string;
  cycleId: string;
  locationId: string | null;
  status?: 'draft' | 'finalised';
  contentVersionId?: string;
  heldOn?: string;
};

/** An evaluation with one round; returns both. */
export async function createEvaluation(db: EntityManager, input: EvaluationInput) {
  const status = input.status ?? 'finalised';
  const evaluation = await db.save(
    EvaluationEntity,
    db.create(EvaluationEntity, {
      partnershipId: input.partnershipId,
      cycleId: input.cycleId,
      locationId: input.locationId,
      title: unique('ZET-dagdeel'),
      heldOn: input.heldOn ?? '2025-03-12',
      contentVersionId: input.contentVersionId ?? 'zet-2025',
      status,
      finalisedAt: status === 'finalised' ? new Date('2025-03-12T16:00:00Z') : null,
    }),
  );
  const round = await db.save(
    EvaluationRoundEntity,
    db.create(EvaluationRoundEntity, {
      partnershipId: evaluation.partnershipId,
      evaluationId: evaluation.id,
      number: 1,
    }),
  );
  return { evaluation, round };
}

type SessionInput = {
  evaluation: EvaluationEntity;
  roundId: string;
  themeCode: string;
  current: number | null;
  desired?: number | null;
  groupLabel?: string;
};

export function createThemeSession(db: EntityManager, input: SessionInput) {
  return db.save(
    ThemeSessionEntity,
    db.create(ThemeSessionEntity, {
      partnershipId: input.evaluation.partnershipId,
      evaluationId: input.evaluation.id,
      roundId: input.roundId,
      contentVersionId: input.evaluation.contentVersionId,
      themeCode: input.themeCode,
      groupLabel: input.groupLabel ?? '',
      currentPlacement: input.current,
      desiredPlacement: input.desired ?? null,
    }),
  );
}
