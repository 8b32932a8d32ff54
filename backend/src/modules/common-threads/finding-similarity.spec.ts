import type { PatternYearRow } from '../dashboards/dashboard.queries';
import {
  clusterFindings,
  type FindingForSimilarity,
  jaccard,
  meaningfulLexemes,
  placementPatterns,
} from './finding-similarity';

const finding = (
  id: string,
  locationId: string,
  lexemes: string[],
  overrides: Partial<FindingForSimilarity> = {},
): FindingForSimilarity => ({
  id,
  locationId,
  theme: 'visie',
  kind: 'development',
  text: id,
  lexemes,
  ...overrides,
});

describe(jaccard.name, () => {
  it('is shared over combined lexemes, and 0 when either side is empty', () => {
    expect(jaccard(['a', 'b', 'c'], ['b', 'c', 'd'])).toBe(0.5);
    expect(jaccard([], ['a'])).toBe(0);
  });
});

describe(meaningfulLexemes.name, () => {
  it('drops one-letter lexemes and pronouns the Dutch stop list lets through', () => {
    expect(meaningfulLexemes(['s', 'we', 'visie', 'visie', 'collega'])).toEqual([
      'visie',
      'collega',
    ]);
  });
});

describe(clusterFindings.name, () => {
  it('joins alike findings transitively when they span two or more locaties', () => {
    const clusters = clusterFindings([
      finding('1', 'A', ['leerdoel', 'leerkans', 'student', 'gekoppeld']),
      finding('2', 'B', ['leerdoel', 'leerkans', 'student', 'mogelijk']),
      finding('3', 'C', ['leerdoel', 'student', 'mogelijk', 'toeval']),
      finding('4', 'D', ['overzicht', 'regie', 'nem', 'leerkans']),
    ]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.findings.map((f) => f.id).sort()).toEqual(['1', '2', '3']);
    expect(clusters[0]!.locationIds.sort()).toEqual(['A', 'B', 'C']);
    // Finding 2 is most like the others.
    expect(clusters[0]!.representative.id).toBe('2');
  });

  it('does not suggest what recurs at one locatie only, nor across kinds or themes', () => {
    expect(
      clusterFindings([
        finding('1', 'A', ['tijd', 'begeleider']),
        finding('2', 'A', ['tijd', 'begeleider']),
      ]),
    ).toEqual([]);
    expect(
      clusterFindings([
        finding('1', 'A', ['tijd', 'begeleider']),
        finding('2', 'B', ['tijd', 'begeleider'], { kind: 'strength' }),
      ]),
    ).toEqual([]);
    expect(
      clusterFindings([
        finding('1', 'A', ['tijd', 'begeleider']),
        finding('2', 'B', ['tijd', 'begeleider'], { theme: 'beoordelen' }),
      ]),
    ).toEqual([]);
  });

  it('keeps the caller’s lexemes on the findings it returns', () => {
    const [cluster] = clusterFindings([
      finding('1', 'A', ['we', 'tijd']),
      finding('2', 'B', ['tijd']),
    ]);
    expect(cluster!.findings[0]!.lexemes).toEqual(['we', 'tijd']);
  });
});

const row = (overrides: Partial<PatternYearRow>): PatternYearRow => ({
  theme: 'visie',
  school_year: '2024-2025',
  locations: 3,
  at_or_below_two: 0,
  gap_locations: 3,
  median_gap: 0.5,
  median_current: 3,
  ...overrides,
});

describe(placementPatterns.name, () => {
  it('flags a theme where more than half of the locaties (and at least two) are at or below scenario 2', () => {
    expect(placementPatterns([row({ at_or_below_two: 2 })], '2024-2025')).toEqual([
      { pattern: 'low_placement', theme: 'visie', atOrBelowTwo: 2, locations: 3 },
    ]);
    expect(placementPatterns([row({ locations: 4, at_or_below_two: 2 })], '2024-2025')).toEqual([]);
    expect(placementPatterns([row({ locations: 1, at_or_below_two: 1 })], '2024-2025')).toEqual([]);
  });

  it('flags a gap that grew in each of the last two steps up to this year, ignoring later years', () => {
    const rows = [
      row({ school_year: '2021-2022', median_gap: 0.5 }),
      row({ school_year: '2023-2024', median_gap: 1 }),
      row({ school_year: '2024-2025', median_gap: 1.5 }),
      row({ school_year: '2025-2026', median_gap: 0 }),
    ];
    expect(placementPatterns(rows, '2024-2025')).toEqual([
      {
        pattern: 'widening_gap',
        theme: 'visie',
        steps: [
          { schoolYear: '2021-2022', medianGap: 0.5, locations: 3 },
          { schoolYear: '2023-2024', medianGap: 1, locations: 3 },
          { schoolYear: '2024-2025', medianGap: 1.5, locations: 3 },
        ],
      },
    ]);
    expect(placementPatterns(rows.slice(1), '2024-2025')).toEqual([]);
    expect(
      placementPatterns(
        [row({ school_year: '2022-2023', median_gap: 1 }), ...rows.slice(1)],
        '2024-2025',
      ),
    ).toEqual([]);
  });
});
