import { describe, expect, it } from '@jest/globals';
import type { Ambitions } from '@zet/contracts';
import { ambitionRows, latestAmbitionYear } from './ambition-rows';

const ambitions: Ambitions = {
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
          locations: 3,
          reached: 2,
          notReached: 1,
          rose: 1,
          same: 1,
          fell: 1,
        },
        {
          schoolYear: '2024-2025',
          locations: 0,
          reached: 0,
          notReached: 0,
          rose: 0,
          same: 0,
          fell: 0,
        },
      ],
    },
    { theme: { code: 'beoordelen', name: 'Beoordelen' }, years: [] },
  ],
  locations: [],
  n: { locations: 3, sessions: 6 },
};

describe(ambitionRows.name, () => {
  it('passes the counts and n of one school year through per theme', () => {
    expect(ambitionRows(ambitions, '2023-2024')[0]).toEqual({
      key: 'visie',
      label: 'Visie',
      n: 3,
      counts: { reached: 2, notReached: 1, rose: 1, same: 1, fell: 1 },
    });
  });

  it('gives a theme without a comparison n = 0', () => {
    expect(ambitionRows(ambitions, '2023-2024')[1]?.n).toBe(0);
  });
});

describe(latestAmbitionYear.name, () => {
  it('picks the newest year with a comparison', () => {
    expect(latestAmbitionYear(ambitions)).toBe('2023-2024');
  });
});
