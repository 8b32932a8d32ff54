import { describe, expect, it } from '@jest/globals';
import type { Coverage } from '@zet/contracts';
import { coverageRows, coverageState, shortSchoolYear, staleLocations } from './coverage-data';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

const cell = (theme: string, last: string | null, stale: boolean) => ({
  theme,
  lastSchoolYear: last,
  yearsSince: last ? 2025 - Number(last.slice(0, 4)) : null,
  stale,
  sessions: last ? 1 : 0,
});

const coverage: Coverage = {
  filters: {
    schoolYears: ['2023-2024', '2024-2025', '2025-2026'],
    locationIds: null,
    targetGroup: null,
    theme: null,
    safeguard: null,
  },
  referenceYear: '2025-2026',
  themes: [
    { code: 'visie', name: 'Visie' },
    { code: 'beoordelen', name: 'Beoordelen' },
  ],
  rows: [
    {
      location: { id: A, name: 'School A' },
      cells: [cell('visie', '2024-2025', false), cell('beoordelen', '2023-2024', true)],
    },
    { location: { id: B, name: 'School B' }, cells: [cell('beoordelen', null, true)] },
  ],
  partnershipWide: null,
  perTheme: [],
  n: { locations: 2, sessions: 2 },
};

describe(coverageState.name, () => {
  it('tells recent, stale and never apart as the server marked them', () => {
    expect(coverageState(cell('visie', '2024-2025', false))).toBe('recent');
    expect(coverageState(cell('visie', '2022-2023', true))).toBe('stale');
    expect(coverageState(cell('visie', null, true))).toBe('never');
    expect(coverageState(null)).toBe('never');
  });
});

describe(shortSchoolYear.name, () => {
  it('shortens a school year for a grid cell', () => {
    expect(shortSchoolYear('2024-2025')).toBe('24-25');
  });
});

describe(coverageRows.name, () => {
  it('puts every row in the order of the theme columns', () => {
    const rows = coverageRows(coverage, 'Partnerschap als geheel');
    expect(rows[1]?.cells.map((c) => c?.theme ?? null)).toEqual([null, 'beoordelen']);
  });
});

describe(staleLocations.name, () => {
  it('names the locaties where a theme was not evaluated for two years or more, or never', () => {
    expect(staleLocations(coverage, 'beoordelen')).toEqual(['School A', 'School B']);
    expect(staleLocations(coverage, 'visie')).toEqual(['School B']);
  });
});
