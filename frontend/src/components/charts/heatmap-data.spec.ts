import { describe, expect, it } from '@jest/globals';
import type { Heatmap } from '@zet/contracts';
import { heatmapRows, heatmapSummary, isHeatmapEmpty } from './heatmap-data';

const A = '11111111-1111-4111-8111-111111111111';

const cell = (theme: string, current: number | null, groups = 1) => ({
  theme,
  current,
  desired: current === null ? null : 3,
  currentLow: current,
  currentHigh: current,
  groups,
});

function buildHeatmap(overrides: Partial<Heatmap> = {}): Heatmap {
  return {
    filters: {
      schoolYears: ['2024-2025'],
      locationIds: null,
      targetGroup: null,
      theme: null,
      safeguard: null,
    },
    schoolYear: '2024-2025',
    themes: [
      { code: 'visie', name: 'Visie' },
      { code: 'beoordelen', name: 'Beoordelen' },
    ],
    // The server's cells come in another order and one theme is missing.
    rows: [{ location: { id: A, name: 'School A' }, cells: [cell('beoordelen', 2.5)] }],
    partnership: [{ theme: 'visie', median: null, low: null, high: null, locations: 0 }],
    partnershipWide: null,
    n: { locations: 1, sessions: 1 },
    ...overrides,
  };
}

describe(heatmapRows.name, () => {
  it('lines the cells up with the theme columns and leaves a missing theme empty', () => {
    const [row] = heatmapRows(buildHeatmap(), 'Partnerschap als geheel');
    expect(row?.label).toBe('School A');
    expect(row?.cells.map((c) => c?.current ?? null)).toEqual([null, 2.5]);
    expect(row?.cells[0]).toBeNull();
  });

  it('adds the partnership-wide row last, without a locatie id', () => {
    const rows = heatmapRows(
      buildHeatmap({ partnershipWide: [cell('visie', 3)] }),
      'Partnerschap als geheel',
    );
    expect(rows.at(-1)).toMatchObject({ label: 'Partnerschap als geheel', locationId: null });
    expect(rows.at(-1)?.cells.map((c) => c?.current ?? null)).toEqual([3, null]);
  });
});

describe(heatmapSummary.name, () => {
  it('gives every theme column its distribution or null', () => {
    expect(heatmapSummary(buildHeatmap())).toEqual([
      { theme: 'visie', median: null, low: null, high: null, locations: 0 },
      null,
    ]);
  });
});

describe(isHeatmapEmpty.name, () => {
  it('is false with one result and true without any', () => {
    expect(isHeatmapEmpty(buildHeatmap())).toBe(false);
    expect(isHeatmapEmpty(buildHeatmap({ rows: [] }))).toBe(true);
  });
});
