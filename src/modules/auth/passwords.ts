// Password hashing with argon2id (OWASP's parameters: 19 MiB, 2 passes, 1 lane), via WebAssembly
// so no native build is needed on any machine.
import { randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

const PARAMETERS = { parallelism: 1, iterations: 2, memorySize: 19_456, hashLength: 32 } as const;

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

export function hashPassword(password: string): Promise<string> {
  return argon2id({ ...PARAMETERS, password, salt: randomBytes(16), outputType: 'encoded' });
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  // No account can have an empty password (MIN_PASSWORD_LENGTH), and argon2 refuses to hash one.
  if (password.length === 0) return false;
  return argon2Verify({ password, hash });
}

/** A hash of nothing anyone knows, verified against when the account does not exist, so the
 * answer takes as long as for a real account and timing does not reveal which emails exist. */
let decoy: Promise<string> | undefined;
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hashPassword(randomBytes(32).toString('base64url'));
  await verifyPassword(password, await decoy);
  return false;
}

/** A readable random password for a generated first admin. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
