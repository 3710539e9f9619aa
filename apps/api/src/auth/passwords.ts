import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id (the package's default algorithm) with OWASP's minimum parameters:
 * 19 MiB, two passes, one lane — about 50 ms per check on a small server.
 */
const PARAMETERS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMETERS);
}

// Checked against when the email is unknown, so that a wrong email takes as long to
// refuse as a wrong password and timing does not reveal who has an account.
const unknownAccountHash = hashPassword('no account has this password');

/** True when `password` matches `passwordHash`; with no hash, spends the same time and says false. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    await verify(await unknownAccountHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
