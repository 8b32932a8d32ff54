import { randomBytes } from 'node:crypto';
import { openTotpSecret, sealTotpSecret } from './totp-secret-box';

describe('TOTP secrets at rest', () => {
  const key = randomBytes(32);
  const secret = 'JBSWY3DPEHPK3PXP';

  it('seals so that the stored text does not contain the secret, and opens again', () => {
    const stored = sealTotpSecret(secret, key);
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain(secret);
    expect(openTotpSecret(stored, key)).toBe(secret);
  });

  it('uses a fresh IV each time', () => {
    expect(sealTotpSecret(secret, key)).not.toBe(sealTotpSecret(secret, key));
  });

  it('opens nothing with another key or after tampering', () => {
    const stored = sealTotpSecret(secret, key);
    expect(openTotpSecret(stored, randomBytes(32))).toBeNull();
    const last = stored.at(-1) === 'A' ? 'B' : 'A';
    expect(openTotpSecret(stored.slice(0, -1) + last, key)).toBeNull();
    expect(openTotpSecret('v1.abc', key)).toBeNull();
  });

  it('reads a secret stored before sealing as it is', () => {
    expect(openTotpSecret(secret, key)).toBe(secret);
  });
});
