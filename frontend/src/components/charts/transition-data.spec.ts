import { describe, expect, it } from '@jest/globals';
import {
  transitionDirection,
  transitionMatrix,
  transitionsByCount,
  transitionShade,
} from './transition-data';

const moves = [
  { from: 2, to: 3, count: 5 },
  { from: 3, to: 2, count: 1 },
  { from: 2, to: 2, count: 2 },
];

describe(transitionMatrix.name, () => {
  it('builds a square grid over the scale points that occur, with zeros elsewhere', () => {
    expect(transitionMatrix(moves)).toEqual({
      points: [2, 3],
      counts: [
        [2, 5],
        [1, 0],
      ],
      max: 5,
    });
  });

  it('is empty without moves', () => {
    expect(transitionMatrix([])).toEqual({ points: [], counts: [], max: 0 });
  });
});

describe(transitionDirection.name, () => {
  it('reads up, same and down from the scale', () => {
    expect(transitionDirection({ from: 2, to: 2.5 })).toBe('up');
    expect(transitionDirection({ from: 2, to: 2 })).toBe('same');
    expect(transitionDirection({ from: 3, to: 1.5 })).toBe('down');
  });
});

describe(transitionsByCount.name, () => {
  it('puts the most frequent moves first and drops empty ones', () => {
    expect(transitionsByCount([...moves, { from: 1, to: 2, count: 0 }])).toEqual([
      { from: 2, to: 3, count: 5 },
      { from: 2, to: 2, count: 2 },
      { from: 3, to: 2, count: 1 },
    ]);
  });
});

describe(transitionShade.name, () => {
  it('leaves zero blank and shades relative to the largest count', () => {
    expect(transitionShade(0, 5)).toBe(0);
    expect(transitionShade(5, 5)).toBe(1);
    expect(transitionShade(1, 5)).toBeGreaterThan(0);
  });
});
