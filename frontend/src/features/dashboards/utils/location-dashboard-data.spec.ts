import { describe, expect, it } from '@jest/globals';
import type { LocationDashboard } from '@zet/contracts';
import {
  findingsByYear,
  isOverdue,
  latestResults,
  locationTrajectory,
  pickableLocations,
} from './location-dashboard-data';

const L = '11111111-1111-4111-8111-111111111111';
const F = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

const point = (schoolYear: string, current: number | null, partnershipMedian: number | null) => ({
  schoolYear,
  current,
  desired: current === null ? null : current + 0.5,
  currentLow: current,
  currentHigh: current,
  groups: current === null ? 0 : 1,
  partnership: {
    median: partnershipMedian,
    low: partnershipMedian,
    high: partnershipMedian,
    locations: 4,
  },
});

const dashboard: LocationDashboard = {
  filters: {
    schoolYears: ['2022-2023', '2023-2024', '2024-2025'],
    locationIds: null,
    targetGroup: null,
    theme: null,
    safeguard: null,
  },
  location: { id: L, name: 'Het Voorland College', kind: 'school_vo' },
  schoolYears: ['2022-2023', '2023-2024', '2024-2025'],
  themes: [
    {
      theme: { code: 'visie', name: 'Visie' },
      points: [point('2022-2023', 2, 2), point('2023-2024', null, 2.5), point('2024-2025', 3, 2.5)],
    },
    {
      theme: { code: 'beoordelen', name: 'Beoordelen' },
      points: [
        point('2022-2023', null, 2),
        point('2023-2024', null, null),
        point('2024-2025', null, 3),
      ],
    },
  ],
  findings: [
    { id: F(1), schoolYear: '2022-2023', theme: 'visie', kind: 'strength', text: 'Gedeelde visie' },
    {
      id: F(2),
      schoolYear: '2024-2025',
      theme: 'beoordelen',
      kind: 'development',
      text: 'Criteria onduidelijk',
    },
    {
      id: F(3),
      schoolYear: '2024-2025',
      theme: 'visie',
      kind: 'development',
      text: 'Visie onbekend',
    },
  ],
  openActions: [],
  n: { locations: 1, sessions: 2 },
};

describe(locationTrajectory.name, () => {
  it('draws the locatie as the one line and the partnership as the band, with the gap year kept', () => {
    const trajectory = locationTrajectory(dashboard, 'visie');
    expect(trajectory?.series).toHaveLength(1);
    expect(trajectory?.series[0]?.points.map((p) => p.schoolYear)).toEqual([
      '2022-2023',
      '2024-2025',
    ]);
    expect(trajectory?.schoolYears).toEqual(['2022-2023', '2023-2024', '2024-2025']);
    expect(trajectory?.partnership.map((p) => p.median)).toEqual([2, 2.5, 2.5]);
    expect(trajectory?.partnership.every((p) => p.desiredMedian === null)).toBe(true);
  });

  it('has nothing for a theme the dashboard lacks', () => {
    expect(locationTrajectory(dashboard, 'onbekend')).toBeUndefined();
  });
});

describe(latestResults.name, () => {
  it('takes the newest own result per theme, and none for a theme never evaluated', () => {
    const [visie, beoordelen] = latestResults(dashboard);
    expect(visie?.latest).toMatchObject({ schoolYear: '2024-2025', current: 3 });
    expect(visie?.latest?.partnership.median).toBe(2.5);
    expect(beoordelen?.latest).toBeUndefined();
  });
});

describe(findingsByYear.name, () => {
  it('groups findings by year (newest first) and theme, strengths apart from development points', () => {
    const years = findingsByYear(dashboard, undefined);
    expect(years.map((y) => y.schoolYear)).toEqual(['2024-2025', '2022-2023']);
    expect(years[0]?.themes.map((t) => t.code)).toEqual(['visie', 'beoordelen']);
    expect(years[1]?.themes[0]?.strengths.map((f) => f.text)).toEqual(['Gedeelde visie']);
  });

  it('keeps one theme when asked', () => {
    const years = findingsByYear(dashboard, 'beoordelen');
    expect(years).toHaveLength(1);
    expect(years[0]?.themes[0]?.developments.map((f) => f.text)).toEqual(['Criteria onduidelijk']);
  });
});

describe(isOverdue.name, () => {
  it('is overdue only before today', () => {
    expect(isOverdue('2025-01-01', '2025-01-02')).toBe(true);
    expect(isOverdue('2025-01-02', '2025-01-02')).toBe(false);
    expect(isOverdue(null, '2025-01-02')).toBe(false);
  });
});

describe(pickableLocations.name, () => {
  const all = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('gives a locatie user only their own locaties', () => {
    expect(pickableLocations(all, ['c', 'a'], false)).toEqual([{ id: 'a' }, { id: 'c' }]);
  });

  it('gives someone who sees the whole partnership every locatie', () => {
    expect(pickableLocations(all, [], true)).toEqual(all);
  });
});
