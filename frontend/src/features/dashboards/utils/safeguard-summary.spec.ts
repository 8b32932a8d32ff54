import { describe, expect, it } from '@jest/globals';
import type { SafeguardYear } from '@zet/contracts';
import { firstAndLatest } from './safeguard-summary';

const year = (schoolYear: string, results: number): SafeguardYear => ({
  schoolYear,
  results,
  locations: results,
  median: results ? 2 : null,
  desiredMedian: results ? 3 : null,
  distribution: [],
});

describe(firstAndLatest.name, () => {
  it('skips years without results at either end', () => {
    const { first, latest } = firstAndLatest({
      years: [
        year('2024-2025', 0),
        year('2022-2023', 4),
        year('2021-2022', 0),
        year('2023-2024', 2),
      ],
    });
    expect(first?.schoolYear).toBe('2022-2023');
    expect(latest?.schoolYear).toBe('2023-2024');
  });

  it('has neither without any result', () => {
    expect(firstAndLatest({ years: [year('2024-2025', 0)] })).toEqual({
      first: undefined,
      latest: undefined,
    });
  });
});
