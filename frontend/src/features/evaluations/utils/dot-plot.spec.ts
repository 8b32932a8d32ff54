import { describe, expect, it } from '@jest/globals';
import { countPlacements, everyonePlaced, scalePosition } from './dot-plot';

describe(countPlacements.name, () => {
  it('counts now and desired per point of the scale, leaving out an empty desired', () => {
    const columns = countPlacements([
      { current: 2, desired: 3 },
      { current: 2, desired: null },
      { current: 2.5, desired: 3 },
    ]);
    expect(columns.find((c) => c.value === 2)).toEqual({ value: 2, current: 2, desired: 0 });
    expect(columns.find((c) => c.value === 3)).toEqual({ value: 3, current: 0, desired: 2 });
    expect(columns).toHaveLength(7);
  });
});

describe(everyonePlaced.name, () => {
  it('waits until as many sheets are entered as people were counted', () => {
    expect(everyonePlaced(5, 14)).toBe(false);
    expect(everyonePlaced(14, 14)).toBe(true);
  });

  it('shows the dots at once when nobody was counted, but not without any sheet', () => {
    expect(everyonePlaced(3, 0)).toBe(true);
    expect(everyonePlaced(0, 0)).toBe(false);
  });
});

describe(scalePosition.name, () => {
  it('puts whole scenarios at the centre of their column and halves on the border', () => {
    expect([1, 2.5, 4].map(scalePosition)).toEqual([0.125, 0.5, 0.875]);
  });
});
