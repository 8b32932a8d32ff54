import { describe, expect, it } from '@jest/globals';
import { describePlacement, formatPlacement, formatSpread, toScalePoint } from './placement';

describe(formatPlacement.name, () => {
  it('shows whole scenarios as integers', () => {
    expect([1, 2, 3, 4].map(formatPlacement)).toEqual(['1', '2', '3', '4']);
  });

  it('shows halves with a fraction sign, never a decimal', () => {
    expect([1.5, 2.5, 3.5].map(formatPlacement)).toEqual(['1½', '2½', '3½']);
  });

  it('snaps a stray decimal to the scale instead of showing it', () => {
    expect(formatPlacement(2.37)).toBe('2½');
    expect(formatPlacement(2.2)).toBe('2');
  });

  it('shows an em dash when there is no value', () => {
    expect(formatPlacement(null)).toBe('—');
    expect(formatPlacement(undefined)).toBe('—');
  });
});

describe(describePlacement.name, () => {
  it('names a whole scenario', () => {
    expect(describePlacement(2)).toBe('scenario 2');
  });

  it('says "tussen" for a half', () => {
    expect(describePlacement(2.5)).toBe('tussen 2 en 3');
  });

  it('says there is no result for null', () => {
    expect(describePlacement(null)).toBe('geen resultaat');
  });
});

describe(toScalePoint.name, () => {
  it('keeps values inside 1..4', () => {
    expect(toScalePoint(0.2)).toBe(1);
    expect(toScalePoint(7)).toBe(4);
  });
});

describe(formatSpread.name, () => {
  it('shows a range with an en dash, or one value when low equals high', () => {
    expect(formatSpread(1.5, 3)).toBe('1½–3');
    expect(formatSpread(2, 2)).toBe('2');
    expect(formatSpread(null, 3)).toBe('—');
  });
});
