import { describe, expect, it } from '@jest/globals';
import { isSameName } from './same-name';

describe(isSameName.name, () => {
  it('accepts the name with extra spaces around and between the words', () => {
    expect(isSameName('  Hans   Bakker ', 'Hans Bakker')).toBe(true);
  });

  it('refuses other capitals, a part of the name, or nothing', () => {
    expect(isSameName('hans bakker', 'Hans Bakker')).toBe(false);
    expect(isSameName('Hans', 'Hans Bakker')).toBe(false);
    expect(isSameName('   ', '')).toBe(false);
  });
});
