import { describe, expect, it } from '@jest/globals';
import { joinDutch } from './dutch';

describe(joinDutch.name, () => {
  it('joins with commas and "en" before the last item', () => {
    expect(joinDutch([])).toBe('');
    expect(joinDutch(['a'])).toBe('a');
    expect(joinDutch(['a', 'b'])).toBe('a en b');
    expect(joinDutch(['a', 'b', 'c'])).toBe('a, b en c');
  });
});
