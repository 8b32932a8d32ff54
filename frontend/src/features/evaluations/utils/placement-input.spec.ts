import { describe, expect, it } from '@jest/globals';
import { parsePlacementInput } from './placement-input';

describe(parsePlacementInput.name, () => {
  it.each([
    ['2', 2],
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['2½', 2.5],
    ['2-3', 2.5],
    ['3/4', 3.5],
    [' 4 ', 4],
  ])('reads %p as %p', (text, value) => {
    expect(parsePlacementInput(text)).toBe(value);
  });

  it.each(['', '0', '5', '4,5', '2-4', '2,3', 'twee'])(
    'refuses %p when it is no point of the scale',
    (text) => {
      expect(parsePlacementInput(text)).toBeNull();
    },
  );
});
