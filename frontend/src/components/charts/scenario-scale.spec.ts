import { describe, expect, it } from '@jest/globals';
import { scaleKey, scenarioBackground, scenarioColors, scenarioNeighbours } from './scenario-scale';

describe(scenarioNeighbours.name, () => {
  it('gives a whole scenario itself and a half step both neighbours', () => {
    expect(scenarioNeighbours(2)).toEqual([2]);
    expect(scenarioNeighbours(2.5)).toEqual([2, 3]);
    expect(scenarioNeighbours(4)).toEqual([4]);
  });
});

describe(scenarioBackground.name, () => {
  it('is a solid colour for a scenario, stripes of both for a half step, nothing for no value', () => {
    expect(scenarioBackground(3)).toBe(scenarioColors[3]);
    expect(scenarioBackground(1.5)).toContain(scenarioColors[1]);
    expect(scenarioBackground(1.5)).toContain(scenarioColors[2]);
    expect(scenarioBackground(null)).toBeUndefined();
  });

  it('runs from light to dark, so the order survives greyscale', () => {
    const lightness = (hex: string) =>
      [1, 3, 5].reduce((sum, i) => sum + parseInt(hex.slice(i, i + 2), 16), 0);
    const levels = [1, 2, 3, 4] as const;
    const values = levels.map((level) => lightness(scenarioColors[level]));
    expect([...values].sort((a, b) => b - a)).toEqual(values);
  });
});

describe(scaleKey.name, () => {
  it('makes a data key without a dot', () => {
    expect(scaleKey(2.5)).toBe('p25');
    expect(scaleKey(1)).toBe('p10');
  });
});
