import { randomBytes } from 'node:crypto';
import { openTotpSecret, sealTotpSecret } from './totp-secret-box';

describe('TOTP secrets at rest', () => {
  const key = randomBytes(32);
  const secret = 'JBSWY3DPEHPK3PXP';
  const user = 'b3f2c6a0-0000-4000-8000-000000000001';

  it('seals so that the stored text does not contain the secret, and opens again', () => {
    const stored = sealTotpSecret(secret, key, user);
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain(secret);
    expect(openTotpSecret(stored, key, user)).toBe(secret);
  });

  it('uses a fresh IV each time', () => {
    expect(sealTotpSecret(secret, key, user)).not.toBe(sealTotpSecret(secret, key, user));
  });

  it('opens nothing with another key, for another account, or after tampering', () => {
    const stored = sealTotpSecret(secret, key, user);
    expect(openTotpSecret(stored, key, 'b3f2c6a0-0000-4000-8000-000000000002')).toBeNull();
    expect(openTotpSecret(stored, randomBytes(32), user)).toBeNull();
    // Flip one bit of the ciphertext itself (the last base64 character may hold only padding bits).
    const bytes = Buffer.from(stored.slice('v1.'.length), 'base64url');
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
    expect(openTotpSecret(`v1.${bytes.toString('base64url')}`, key, user)).toBeNull();
    expect(openTotpSecret('v1.abc', key, user)).toBeNull();
  });

  it('reads a secret stored before sealing as it is', () => {
    expect(openTotpSecret(secret, key, user)).toBe(secret);
  });
});
