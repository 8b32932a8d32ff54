import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's recommended minimum).
export const hashPassword = (password: string): Promise<string> => hash(password);

// Verified against when the account does not exist, so both answers take as long.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(
  storedHash: string | null,
  password: string,
): Promise<boolean> {
  try {
    return (
      (await verify(
        storedHash ?? (await (dummyHash ??= hash('no account has this password'))),
        password,
      )) && storedHash !== null
    );
  } catch {
    return false;
  }
}
