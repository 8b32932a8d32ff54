import { describe, expect, it } from '@jest/globals';
import { createEvaluationInputSchema } from '@zet/contracts';
import {
  expectedTotal,
  groupWarnings,
  PARTNERSHIP_WIDE,
  schoolYearOf,
  toPlanInput,
  type PlanValues,
} from './plan-form';

const LOCATION = '66666666-6666-4666-8666-666666666666';
const SESSION = '77777777-7777-4777-8777-777777777777';

describe(schoolYearOf.name, () => {
  it('starts a school year on 1 August', () => {
    expect(schoolYearOf('2026-07-31')).toBe('2025-2026');
    expect(schoolYearOf('2026-08-01')).toBe('2026-2027');
  });

  it('gives nothing for an incomplete date', () => {
    expect(schoolYearOf('2026-03')).toBe('');
  });
});

describe(toPlanInput.name, () => {
  const values: PlanValues = {
    title: '  ',
    locationId: PARTNERSHIP_WIDE,
    heldOn: '2026-03-12',
    targetGroupIds: [],
    rounds: [
      {
        key: 'r',
        label: ' Ochtend ',
        groups: [
          {
            key: 'g',
            id: SESSION,
            themeCode: 'visie',
            groupLabel: '',
            facilitatorId: '',
            expected: {
              'student|school': 3,
              'instituutsopleider|instituut': 1,
              'schoolleider|school': 0,
            },
          },
        ],
      },
    ],
  };

  it('fills in the school year, partnership-wide as null, and leaves out empty title and counts', () => {
    const input = toPlanInput(values);
    expect(input).toEqual({
      locationId: null,
      heldOn: '2026-03-12',
      schoolYear: '2025-2026',
      targetGroupIds: [],
      rounds: [
        {
          label: 'Ochtend',
          groups: [
            {
              id: SESSION,
              themeCode: 'visie',
              groupLabel: '',
              facilitatorId: null,
              expectedParticipants: [
                { role: 'student', side: 'school', expected: 3 },
                { role: 'instituutsopleider', side: 'instituut', expected: 1 },
              ],
            },
          ],
        },
      ],
    });
    expect(createEvaluationInputSchema.safeParse(input).success).toBe(true);
  });

  it('passes a chosen locatie through', () => {
    expect(toPlanInput({ ...values, locationId: LOCATION }).locationId).toBe(LOCATION);
  });
});

describe(expectedTotal.name, () => {
  it('adds up the counts and the roles, a role on both sides once', () => {
    expect(
      expectedTotal({
        key: 'g',
        themeCode: 'visie',
        groupLabel: '',
        facilitatorId: '',
        expected: { 'student|school': 2, 'student|instituut': 1, 'schoolleider|school': 0 },
      }),
    ).toEqual({ total: 3, roles: 1 });
  });
});

describe(groupWarnings.name, () => {
  it('picks the warnings of one group by its position', () => {
    const warnings = [
      {
        code: 'group_size' as const,
        message: 'a',
        path: ['rounds', 0, 'groups', 1, 'expectedParticipants'],
      },
      {
        code: 'duplicate_theme' as const,
        message: 'b',
        path: ['rounds', 1, 'groups', 1, 'themeCode'],
      },
    ];
    expect(groupWarnings(warnings, 0, 1).map((w) => w.message)).toEqual(['a']);
  });
});
