import { describe, expect, it } from '@jest/globals';
import type { SafeguardYear } from '@zet/contracts';
import { distributionRows, isDistributionEmpty, usedScalePoints } from './distribution-data';

const year = (schoolYear: string, counts: [number, number][]): SafeguardYear => ({
  schoolYear,
  results: counts.reduce((sum, [, c]) => sum + c, 0),
  locations: 2,
  median: counts.length ? 2 : null,
  desiredMedian: counts.length ? 3 : null,
  distribution: counts.map(([placement, count]) => ({ placement, count })),
});

describe(distributionRows.name, () => {
  it('gives each school year a count per scale point, zero where the server sent none', () => {
    const [row] = distributionRows([
      year('2024-2025', [
        [2, 3],
        [2.5, 1],
      ]),
    ]);
    expect(row?.counts).toEqual({ p10: 0, p15: 0, p20: 3, p25: 1, p30: 0, p35: 0, p40: 0 });
    expect(row).toMatchObject({ schoolYear: '2024-2025', results: 4, median: 2, desiredMedian: 3 });
  });

  it('keeps a year without results as a row with zeros (a gap, not a removed year)', () => {
    const rows = distributionRows([year('2023-2024', []), year('2024-2025', [[3, 1]])]);
    expect(rows.map((r) => r.schoolYear)).toEqual(['2023-2024', '2024-2025']);
    expect(rows[0]?.results).toBe(0);
    expect(rows[0]?.median).toBeNull();
  });
});

describe(usedScalePoints.name, () => {
  it('lists the scale points that occur in some year, in scale order', () => {
    const rows = distributionRows([year('2023-2024', [[3, 1]]), year('2024-2025', [[1.5, 2]])]);
    expect(usedScalePoints(rows)).toEqual([1.5, 3]);
  });
});

describe(isDistributionEmpty.name, () => {
  it('is true only when no year has a result', () => {
    expect(isDistributionEmpty([year('2023-2024', [])])).toBe(true);
    expect(isDistributionEmpty([year('2023-2024', []), year('2024-2025', [[2, 1]])])).toBe(false);
  });
});
