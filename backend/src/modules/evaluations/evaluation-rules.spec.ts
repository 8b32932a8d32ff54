import {
  captureWarnings,
  evaluationProblems,
  needsRationale,
  planWarnings,
  type PlannedGroup,
  sessionProblems,
} from './evaluation-rules';

const mixed = (overrides: Partial<PlannedGroup> = {}): PlannedGroup => ({
  themeCode: 'visie',
  groupLabel: '',
  expectedParticipants: [
    { role: 'werkplekbegeleider', side: 'school', expected: 5 },
    { role: 'schoolopleider', side: 'school', expected: 2 },
    { role: 'instituutsopleider', side: 'instituut', expected: 2 },
    { role: 'student', side: 'school', expected: 5 },
  ],
  ...overrides,
});
const names = {
  theme: (c: string) => (c === 'visie' ? 'Visie' : c),
  role: (c: string) => (c === 'student' ? 'Student' : c),
};

describe(planWarnings.name, () => {
  it('gives no warning when every group is multidisciplinary, 12 to 16 strong and each theme appears once per round', () => {
    expect(
      planWarnings({ rounds: [{ groups: [mixed(), mixed({ themeCode: 'beoordelen' })] }] }),
    ).toEqual([]);
  });

  it('warns about a group smaller than 12 or larger than 16, and counts all roles and sides together', () => {
    const small = mixed({
      expectedParticipants: [
        { role: 'student', side: 'school', expected: 6 },
        { role: 'instituutsopleider', side: 'instituut', expected: 5 },
      ],
    });
    const large = mixed({
      themeCode: 'beoordelen',
      groupLabel: 'Groep B',
      expectedParticipants: [
        { role: 'student', side: 'school', expected: 9 },
        { role: 'instituutsopleider', side: 'instituut', expected: 8 },
      ],
    });
    const warnings = planWarnings({ rounds: [{ groups: [small, large] }] }, names);
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ['group_size', ['rounds', 0, 'groups', 0, 'expectedParticipants']],
      ['group_size', ['rounds', 0, 'groups', 1, 'expectedParticipants']],
    ]);
    expect(warnings[0]!.message).toBe(
      'Ronde 1, Visie: 11 deelnemers verwacht. De ZET-methode raadt 12 tot 16 deelnemers per groep aan.',
    );
    expect(warnings[1]!.message).toMatch(
      /^Ronde 1, beoordelen \(Groep B\): 17 deelnemers verwacht\. .*splitsen\.$/,
    );
  });

  it('accepts exactly 12 and exactly 16', () => {
    const of = (n: number) =>
      mixed({
        expectedParticipants: [
          { role: 'student', side: 'school', expected: n - 2 },
          { role: 'instituutsopleider', side: 'instituut', expected: 2 },
        ],
      });
    expect(
      planWarnings({ rounds: [{ groups: [of(12), of(16)] }] }).filter(
        (w) => w.code === 'group_size',
      ),
    ).toEqual([]);
  });

  it('says a group has nobody planned yet, and nothing else about it, when no participants are expected', () => {
    const warnings = planWarnings({ rounds: [{ groups: [mixed({ expectedParticipants: [] })] }] });
    expect(warnings.map((w) => w.code)).toEqual(['group_size']);
    expect(warnings[0]!.message).toContain('nog geen deelnemers gepland');
  });

  it('warns about a group of one role only, even when that role sits on both sides', () => {
    const warnings = planWarnings(
      {
        rounds: [
          {
            groups: [
              mixed({
                expectedParticipants: [
                  { role: 'student', side: 'school', expected: 7 },
                  { role: 'student', side: 'instituut', expected: 7 },
                  { role: 'werkplekbegeleider', side: 'school', expected: 0 },
                ],
              }),
            ],
          },
        ],
      },
      names,
    );
    expect(warnings.map((w) => w.code)).toEqual(['single_role']);
    expect(warnings[0]!.message).toContain('dezelfde rol (Student)');
  });

  it('warns about each missing key perspective when no student or no instituutsopleider is expected', () => {
    const warnings = planWarnings({
      rounds: [
        {
          groups: [
            mixed({
              expectedParticipants: [
                { role: 'werkplekbegeleider', side: 'school', expected: 8 },
                { role: 'schoolopleider', side: 'school', expected: 6 },
              ],
            }),
          ],
        },
      ],
    });
    expect(warnings.map((w) => w.code)).toEqual(['missing_perspective', 'missing_perspective']);
    expect(warnings[0]!.message).toContain('geen student');
    expect(warnings[1]!.message).toContain('geen instituutsopleider');
  });

  it('warns once per round about a theme discussed twice, pointing at the second group', () => {
    const warnings = planWarnings(
      {
        rounds: [
          { groups: [mixed({ themeCode: 'beoordelen' })] },
          {
            groups: [
              mixed({ groupLabel: 'A' }),
              mixed({ themeCode: 'beoordelen' }),
              mixed({ groupLabel: 'B' }),
              mixed({ groupLabel: 'C' }),
            ],
          },
        ],
      },
      names,
    );
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'duplicate_theme',
        path: ['rounds', 1, 'groups', 2, 'themeCode'],
      }),
    ]);
    expect(warnings[0]!.message).toMatch(/^Ronde 2: het thema Visie staat 3 keer in deze ronde\./);
  });
});

describe(captureWarnings.name, () => {
  const outcome = { currentPlacement: 2, desiredPlacement: 3, rationale: '', participants: [] };

  it('asks for an onderbouwing when desired equals current and none is given', () => {
    expect(
      captureWarnings({ ...outcome, desiredPlacement: 2 }).map((w) => [w.code, w.path]),
    ).toEqual([['rationale_required', ['rationale']]]);
    expect(captureWarnings({ ...outcome, desiredPlacement: 2, rationale: '   ' })).toHaveLength(1);
    expect(
      captureWarnings({ ...outcome, desiredPlacement: 2, rationale: 'Past bij onze visie.' }),
    ).toEqual([]);
  });

  it('flags a missing student or instituutsopleider only once anyone is recorded as present', () => {
    expect(
      captureWarnings({ ...outcome, participants: [{ role: 'student', present: 0 }] }),
    ).toEqual([]);
    const flagged = captureWarnings({
      ...outcome,
      participants: [
        { role: 'student', present: 3 },
        { role: 'instituutsopleider', present: 0 },
      ],
    });
    expect(flagged.map((w) => [w.code, w.message])).toEqual([
      ['missing_perspective', expect.stringContaining('geen instituutsopleider')],
    ]);
  });
});

describe(sessionProblems.name, () => {
  it('lists missing placements and a missing onderbouwing with paths into the session', () => {
    const none = sessionProblems('s1', 'Ronde 1, Visie', {
      currentPlacement: null,
      desiredPlacement: null,
      rationale: '',
      participants: [],
    });
    expect(none.map((p) => [p.code, p.path])).toEqual([
      ['current_missing', ['sessions', 's1', 'currentPlacement']],
      ['desired_missing', ['sessions', 's1', 'desiredPlacement']],
    ]);
    expect(none[0]!.message).toBe(
      "Ronde 1, Visie: de huidige plaatsing op de scenario's ontbreekt.",
    );
    const same = sessionProblems('s1', 'x', {
      currentPlacement: 2.5,
      desiredPlacement: 2.5,
      rationale: '',
      participants: [],
    });
    expect(same.map((p) => p.code)).toEqual(['rationale_missing']);
  });

  it('finds nothing when both placements are there and a stay is argued', () => {
    expect(
      sessionProblems('s1', 'x', {
        currentPlacement: 3,
        desiredPlacement: 3,
        rationale: 'Vanuit onze visie.',
        participants: [],
      }),
    ).toEqual([]);
  });
});

describe(needsRationale.name, () => {
  it('is false while a placement is still missing', () => {
    expect(needsRationale({ currentPlacement: null, desiredPlacement: null, rationale: '' })).toBe(
      false,
    );
  });
});

describe(evaluationProblems.name, () => {
  it('refuses an evaluation without theme sessions', () => {
    expect(evaluationProblems(0).map((p) => p.code)).toEqual(['no_sessions']);
    expect(evaluationProblems(2)).toEqual([]);
  });
});
