import { createHash, randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';

export const newTotpSecret = (): string => generateSecret();

export const totpUri = (secret: string, email: string): string =>
  generateURI({ issuer: 'ZET Monitor', label: email, secret });

export async function verifyTotp(secret: string, code: string): Promise<boolean> {
  try {
    // One step of clock drift either way is accepted, as authenticator apps expect.
    const result = await verify({ secret, token: code.replace(/\s+/g, ''), epochTolerance: 30 });
    return result.valid;
  } catch {
    return false;
  }
}

const hashRecoveryCode = (code: string): string =>
  createHash('sha256')
    .update(code.replace(/[^a-z0-9]/gi, '').toLowerCase())
    .digest('hex');

/** Ten single-use codes for when the phone is lost; only their hashes are stored. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: 10 }, () => {
    const raw = randomBytes(5).toString('hex');
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

/** The remaining hashes when `code` is one of them (it is then used up), otherwise undefined. */
export function useRecoveryCode(hashes: string[], code: string): string[] | undefined {
  const hash = hashRecoveryCode(code);
  return hashes.includes(hash) ? hashes.filter((h) => h !== hash) : undefined;
}
