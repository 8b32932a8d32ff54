import type { TrajectoryRow } from './dashboard.queries';
import { shapeTrajectory } from './trajectory.shaping';

const row = (overrides: Partial<TrajectoryRow>): TrajectoryRow => ({
  level: 'location',
  location_id: 'a',
  school_year: '2023-2024',
  current: 2,
  desired: 3,
  current_low: 2,
  current_high: 2,
  groups: 1,
  named: 0,
  ...overrides,
});

describe(shapeTrajectory.name, () => {
  const years = ['2022-2023', '2023-2024', '2024-2025'];
  const locations = [
    { id: 'a', name: 'Alpha' },
    { id: 'b', name: 'Beta' },
    { id: 'c', name: 'Zonder resultaten' },
  ];

  it('gives every line every school year, with nulls for a missing year rather than an interpolated point', () => {
    const shaped = shapeTrajectory({ code: 'visie', name: 'Visie' }, years, locations, [
      row({ school_year: '2022-2023', current: 2 }),
      row({ school_year: '2024-2025', current: 3 }),
    ]);
    expect(shaped.series[0]!.points.map((p) => p.current)).toEqual([2, null, 3]);
    expect(shaped.series[0]!.points[1]).toMatchObject({ desired: null, groups: 0 });
  });

  it('leaves out locaties without any result and keeps the order of the locaties given', () => {
    const shaped = shapeTrajectory({ code: 'visie', name: 'Visie' }, years, locations, [
      row({ location_id: 'b' }),
      row({ location_id: 'a' }),
    ]);
    expect(shaped.series.map((s) => s.location.name)).toEqual(['Alpha', 'Beta']);
  });

  it('drops rows of locaties the caller may not see by name', () => {
    const shaped = shapeTrajectory(
      { code: 'visie', name: 'Visie' },
      years,
      [locations[0]!],
      [row({ location_id: 'a' }), row({ location_id: 'b', current: 4 })],
    );
    expect(shaped.series.map((s) => s.location.id)).toEqual(['a']);
  });

  it('puts the partnership rows on their own line with n per year', () => {
    const shaped = shapeTrajectory({ code: 'visie', name: 'Visie' }, years, locations, [
      row({
        level: 'partnership',
        location_id: null,
        current: 2.5,
        desired: 3,
        current_low: 1,
        current_high: 3,
        groups: 3,
      }),
    ]);
    expect(shaped.partnership[1]).toEqual({
      schoolYear: '2023-2024',
      median: 2.5,
      low: 1,
      high: 3,
      desiredMedian: 3,
      locations: 3,
    });
    expect(shaped.partnership[0]).toMatchObject({ median: null, locations: 0 });
  });
  it('hides the partnership line of a year that rests on too few locaties the viewer cannot name', () => {
    const partnership = (school_year: string, groups: number, named: number) =>
      row({ level: 'partnership', location_id: null, school_year, groups, named, current: 2.5 });
    const shaped = shapeTrajectory(
      { code: 'visie', name: 'Visie' },
      years,
      locations,
      [partnership('2022-2023', 3, 1), partnership('2023-2024', 4, 1)],
      undefined,
      3,
    );
    expect(shaped.partnership.map((p) => [p.median, p.low, p.high, p.locations])).toEqual([
      [null, null, null, 3],
      [2.5, 2, 2, 4],
      [null, null, null, 0],
    ]);
  });
});
