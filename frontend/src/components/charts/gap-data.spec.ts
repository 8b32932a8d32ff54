import { describe, expect, it } from '@jest/globals';
import type { Gaps } from '@zet/contracts';
import { formatGap, gapRows, gapYears, latestGapYear } from './gap-data';

const gaps: Gaps = {
  filters: {
    schoolYears: ['2023-2024', '2024-2025'],
    locationIds: null,
    targetGroup: null,
    theme: null,
    safeguard: null,
  },
  themes: [
    {
      theme: { code: 'visie', name: 'Visie' },
      years: [
        {
          schoolYear: '2023-2024',
          locations: 2,
          medianCurrent: 3,
          medianDesired: 2.5,
          medianGap: -0.5,
          lowGap: -0.5,
          highGap: 0,
          distribution: [{ gap: -0.5, locations: 2 }],
        },
        {
          schoolYear: '2024-2025',
          locations: 0,
          medianCurrent: null,
          medianDesired: null,
          medianGap: null,
          lowGap: null,
          highGap: null,
          distribution: [],
        },
      ],
    },
  ],
  n: { locations: 2, sessions: 2 },
};

describe(gapRows.name, () => {
  it('orders the bar from the lower to the higher median, whichever is current', () => {
    const [row] = gapRows(gaps, '2023-2024');
    expect(row).toMatchObject({
      current: 3,
      desired: 2.5,
      range: [2.5, 3],
      medianGap: -0.5,
      locations: 2,
    });
  });

  it('draws no bar for a theme without results that year (a gap)', () => {
    const [row] = gapRows(gaps, '2024-2025');
    expect(row).toMatchObject({ range: null, locations: 0, distribution: [] });
  });
});

describe(latestGapYear.name, () => {
  it('picks the newest year in which some locatie has both placements', () => {
    expect(latestGapYear(gaps)).toBe('2023-2024');
    expect(gapYears(gaps)).toEqual(['2023-2024', '2024-2025']);
  });
});

describe(formatGap.name, () => {
  it('writes scenario steps with a sign and halves', () => {
    expect(formatGap(1)).toBe('+1');
    expect(formatGap(0.5)).toBe('+½');
    expect(formatGap(1.5)).toBe('+1½');
    expect(formatGap(-0.5)).toBe('−½');
    expect(formatGap(0)).toBe('0');
    expect(formatGap(null)).toBe('—');
  });
});
