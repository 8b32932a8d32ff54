import { describe, expect, it } from '@jest/globals';
import { groupSecret } from './totp-secret';

describe(groupSecret.name, () => {
  it('splits the secret into groups of four, the last one shorter when needed', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPAB')).toBe('JBSW Y3DP EHPK 3PXP AB');
  });

  it('ignores whitespace already in the secret and copes with an empty one', () => {
    expect(groupSecret('JBSW Y3DP')).toBe('JBSW Y3DP');
    expect(groupSecret('')).toBe('');
  });
});
