import { describe, expect, it } from '@jest/globals';
import { seriesColors, seriesStyle } from './chart-palette';

describe(seriesStyle.name, () => {
  it('gives the first six series six different colours', () => {
    const colours = Array.from({ length: 6 }, (_, i) => seriesStyle(i).color);
    expect(new Set(colours).size).toBe(6);
  });

  it('pairs a repeated colour with a different marker', () => {
    const n = seriesColors.length;
    for (let i = 0; i < n; i++) {
      expect(seriesStyle(i + n).color).toBe(seriesStyle(i).color);
      expect(seriesStyle(i + n).marker).not.toBe(seriesStyle(i).marker);
    }
  });
});
