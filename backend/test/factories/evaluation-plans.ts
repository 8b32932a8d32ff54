import type { CreateEvaluationInput, PlanGroupInput } from '@zet/contracts';
import type { EntityManager } from 'typeorm';

/** A multidisciplinary group of 14 that the method has nothing to say about. */
export function buildPlanGroup(overrides: Partial<PlanGroupInput> = {}): PlanGroupInput {
  return {
    themeCode: 'visie',
    groupLabel: '',
    facilitatorId: null,
    expectedParticipants: [
      { role: 'werkplekbegeleider', side: 'school', expected: 5 },
      { role: 'schoolopleider', side: 'school', expected: 2 },
      { role: 'instituutsopleider', side: 'instituut', expected: 2 },
      { role: 'student', side: 'school', expected: 5 },
    ],
    ...overrides,
  };
}

/** A plan as the API takes it: one round with one visie group, at `locationId`. */
export function buildEvaluationPlan(
  overrides: Partial<CreateEvaluationInput> = {},
): CreateEvaluationInput {
  return {
    locationId: null,
    heldOn: '2025-11-12',
    schoolYear: '2025-2026',
    targetGroupIds: [],
    rounds: [{ label: 'Ronde I', groups: [buildPlanGroup()] }],
    ...overrides,
  };
}

export async function createTargetGroup(
  db: EntityManager,
  partnershipId: string,
  code: string,
  name: string,
): Promise<string> {
  const [row] = await db.query<[{ id: string }]>(
    `insert into target_group (partnership_id, code, name) values ($1, $2, $3) returning id`,
    [partnershipId, code, name],
  );
  return row.id;
}
