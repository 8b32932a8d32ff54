import type { RolePerspectiveRow, SafeguardRow } from './dashboard.queries';
import { shapeRolePerspectives, shapeSafeguards } from './dashboard.shaping';

const basis = { locations: 1, sessions: 1 };
const filters = {
  schoolYears: ['2024-2025'],
  locationIds: null,
  targetGroup: null,
  theme: null,
  safeguard: null,
};

const rp = (overrides: Partial<RolePerspectiveRow>): RolePerspectiveRow => ({
  level: 'theme',
  part: 'role',
  theme: 'visie',
  session_id: null,
  location_id: null,
  school_year: null,
  group_label: null,
  role_group: 'student',
  side: null,
  median: 2,
  low: 1,
  high: 3,
  participants: 3,
  sessions: 1,
  ...overrides,
});

describe(shapeRolePerspectives.name, () => {
  const shape = (
    themeRows: RolePerspectiveRow[],
    sessionRows: RolePerspectiveRow[] = [],
    min = 3,
  ) =>
    shapeRolePerspectives({
      filters,
      n: basis,
      minRoleGroupSize: min,
      themes: [{ code: 'visie', name: 'Visie' }],
      themeRows,
      sessionRows,
      locations: [{ id: 'a', name: 'Alfa' }],
      roleName: (code) => code.toUpperCase(),
    });

  it('shows the merged smaller roles only when they reach the minimum, otherwise counts them as hidden', () => {
    const rows = [
      rp({ part: 'group', role_group: null, median: 2 }),
      rp({}),
      rp({ role_group: null, participants: 2, median: 4 }),
    ];
    const [theme] = shape(rows).themes;
    expect(theme!.roles.map((r) => r.role)).toEqual(['student']);
    expect(theme!.hiddenParticipants).toBe(2);
    const [merged] = shape([
      ...rows.slice(0, 2),
      rp({ role_group: null, participants: 3, median: 3 }),
    ]).themes;
    expect(merged!.roles.map((r) => [r.role, r.gapToGroup])).toEqual([
      ['student', 0],
      ['overige-rollen', 1],
    ]);
  });

  it('shows a side only when it reaches the minimum, and their difference only with both', () => {
    const [theme] = shape([
      rp({ part: 'side', role_group: null, side: 'school', participants: 3, median: 3 }),
      rp({ part: 'side', role_group: null, side: 'instituut', participants: 2, median: 2 }),
      rp({ part: 'side', role_group: null, side: 'beide', participants: 9, median: 2 }),
    ]).themes;
    expect(theme!.sides).toEqual({
      school: { participants: 3, median: 3, low: 1, high: 3 },
      instituut: null,
      difference: null,
    });
    expect(theme!.groupPlacement).toBeNull();
  });

  it('drops sessions of locaties the caller may not see by name', () => {
    const session = (id: string, location: string) =>
      rp({
        level: 'session',
        session_id: id,
        location_id: location,
        school_year: '2024-2025',
        group_label: 'G1',
      });
    expect(
      shape([], [session('s1', 'a'), session('s2', 'b')]).sessions.map((s) => s.sessionId),
    ).toEqual(['s1']);
  });
});

describe(shapeSafeguards.name, () => {
  const year = (overrides: Partial<SafeguardRow>): SafeguardRow => ({
    level: 'year',
    safeguard: 'organisatie',
    school_year: '2024-2025',
    theme: null,
    placement: null,
    results: 2,
    locations: 2,
    median: 2,
    desired_median: 3,
    low: null,
    high: null,
    ...overrides,
  });
  const rank = (theme: string, median: number): SafeguardRow =>
    year({
      level: 'rank',
      theme,
      median,
      low: median,
      high: median,
      results: 1,
      locations: 1,
      desired_median: null,
    });
  const shape = (years: SafeguardRow[], ranking: SafeguardRow[]) =>
    shapeSafeguards({
      safeguards: [{ code: 'organisatie', name: 'De organisatie', summary: '', themes: [] }],
      schoolYears: ['2023-2024', '2024-2025'],
      rows: [...years, ...ranking],
      threads: [],
      themeRef: (code) => ({ code, name: code }),
    })[0]!;

  it('zero-fills every scale point and leaves a year without results as a gap', () => {
    const s = shape([year({}), year({ level: 'point', placement: 2, results: 2 })], []);
    expect(s.years[0]).toMatchObject({ schoolYear: '2023-2024', results: 0, median: null });
    expect(s.years[1]!.distribution.map((d) => d.count)).toEqual([0, 0, 2, 0, 0, 0, 0]);
  });

  it('names the strongest and weakest themes only when they differ', () => {
    expect(shape([], [rank('visie', 3), rank('a', 2), rank('b', 2)])).toMatchObject({
      strongest: ['visie'],
      weakest: ['a', 'b'],
      latestYear: '2024-2025',
    });
    expect(shape([], [rank('visie', 2), rank('a', 2)])).toMatchObject({
      strongest: [],
      weakest: [],
    });
  });
});
