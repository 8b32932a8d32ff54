import { describe, expect, it } from '@jest/globals';
import type { ThemeTrajectory } from '@zet/contracts';
import { seriesColors } from './chart-palette';
import {
  hasWholePartnership,
  isTrajectoryEmpty,
  trajectoryLines,
  trajectoryRows,
  trajectoryYears,
} from './trajectory-chart-data';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

function buildTrajectory(overrides: Partial<ThemeTrajectory> = {}): ThemeTrajectory {
  return {
    theme: { code: 'visie', name: 'Visie' },
    schoolYears: ['2022-2023', '2023-2024', '2024-2025'],
    series: [
      {
        location: { id: A, name: 'School A' },
        points: [
          {
            schoolYear: '2022-2023',
            current: 2,
            desired: 3,
            currentLow: 2,
            currentHigh: 2,
            groups: 1,
          },
          {
            schoolYear: '2024-2025',
            current: 2.5,
            desired: 3,
            currentLow: 2,
            currentHigh: 3,
            groups: 2,
          },
        ],
      },
      {
        location: { id: B, name: 'School B' },
        points: [
          {
            schoolYear: '2022-2023',
            current: 1.5,
            desired: 2,
            currentLow: 1.5,
            currentHigh: 1.5,
            groups: 1,
          },
        ],
      },
    ],
    partnership: [
      { schoolYear: '2022-2023', median: 1.5, low: 1.5, high: 2, desiredMedian: 2, locations: 2 },
      {
        schoolYear: '2023-2024',
        median: null,
        low: null,
        high: null,
        desiredMedian: null,
        locations: 0,
      },
      { schoolYear: '2024-2025', median: 2.5, low: 2.5, high: 2.5, desiredMedian: 3, locations: 1 },
    ],
    ...overrides,
  };
}

describe(trajectoryRows.name, () => {
  it('gives every school year a row, so a year without results stays a gap', () => {
    const rows = trajectoryRows(buildTrajectory());
    expect(rows.map((row) => row.schoolYear)).toEqual(['2022-2023', '2023-2024', '2024-2025']);
    expect(rows[1]).toMatchObject({ median: null, band: null, locations: 0, byLocation: {} });
  });

  it('passes medians, spread and n through unchanged', () => {
    const [first] = trajectoryRows(buildTrajectory());
    expect(first).toMatchObject({ median: 1.5, desiredMedian: 2, band: [1.5, 2], locations: 2 });
    expect(first?.byLocation[A]).toMatchObject({ current: 2, desired: 3, groups: 1 });
    expect(first?.byLocation[B]).toMatchObject({ current: 1.5, desired: 2 });
  });

  it('leaves a locatie out of a year in which it has no point', () => {
    const rows = trajectoryRows(buildTrajectory());
    expect(rows[2]?.byLocation[B]).toBeUndefined();
  });
});

describe('trajectoryRows with partnership-wide evaluations', () => {
  it('keeps "partnerschap als geheel" apart from the locaties', () => {
    const rows = trajectoryRows(
      buildTrajectory({
        partnershipWide: [
          {
            schoolYear: '2023-2024',
            current: 3,
            desired: 3.5,
            currentLow: 3,
            currentHigh: 3,
            groups: 1,
          },
        ],
      }),
    );
    expect(rows[1]?.whole).toMatchObject({ current: 3, desired: 3.5 });
    expect(rows[1]?.byLocation).toEqual({});
    expect(rows[0]?.whole).toBeNull();
  });
});

describe(hasWholePartnership.name, () => {
  it('is true only with a partnership-wide result', () => {
    expect(hasWholePartnership(buildTrajectory())).toBe(false);
    expect(
      hasWholePartnership(
        buildTrajectory({
          partnershipWide: [
            {
              schoolYear: '2023-2024',
              current: 2,
              desired: null,
              currentLow: 2,
              currentHigh: 2,
              groups: 1,
            },
          ],
        }),
      ),
    ).toBe(true);
  });
});

describe(trajectoryYears.name, () => {
  it('adds and sorts a year that only a point mentions', () => {
    const trajectory = buildTrajectory({ schoolYears: ['2024-2025', '2022-2023'] });
    expect(trajectoryYears(trajectory)).toEqual(['2022-2023', '2023-2024', '2024-2025']);
  });
});

describe(trajectoryLines.name, () => {
  it('keeps the server order and gives each selected locatie its own style', () => {
    const lines = trajectoryLines(buildTrajectory(), [B, A]);
    expect(lines.map((line) => line.id)).toEqual([A, B]);
    expect(lines[0]?.color).toBe(seriesColors[0]);
    expect(lines[1]?.color).toBe(seriesColors[1]);
    expect(lines[0]?.marker).not.toBe(lines[1]?.marker);
  });

  it('ignores ids without a series', () => {
    expect(trajectoryLines(buildTrajectory(), ['unknown'])).toEqual([]);
  });
});

describe(isTrajectoryEmpty.name, () => {
  it('is true when no locatie and no median has a value', () => {
    expect(
      isTrajectoryEmpty(
        buildTrajectory({
          series: [],
          partnership: [
            {
              schoolYear: '2022-2023',
              median: null,
              low: null,
              high: null,
              desiredMedian: null,
              locations: 0,
            },
          ],
        }),
      ),
    ).toBe(true);
  });

  it('is false as soon as one result exists', () => {
    expect(isTrajectoryEmpty(buildTrajectory())).toBe(false);
  });
});
