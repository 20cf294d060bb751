// Password policy (from the manuals: 8+ characters, upper case, lower case, a digit or symbol) and
// argon2id hashing with at least OWASP's parameters (19 MiB, 2 iterations, 1 lane).
import { hash, verify } from '@node-rs/argon2';
import type { FieldError } from '../../domain/errors.js';

const PASSWORD_MIN_LENGTH = 8;
const PASSWORD_MAX_LENGTH = 256;

// algorithm 2 is Argon2id (a const enum in the package's types, which isolatedModules cannot read).
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Every rule the password breaks, each with its own code, reported on `field`. */
export function checkPasswordPolicy(password: string, field = 'password'): FieldError[] {
  const errors: FieldError[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    errors.push({ field, code: 'PASSWORD_TOO_SHORT', params: { min: PASSWORD_MIN_LENGTH } });
  if (length > PASSWORD_MAX_LENGTH)
    errors.push({ field, code: 'PASSWORD_TOO_LONG', params: { max: PASSWORD_MAX_LENGTH } });
  if (!/\p{Lu}/u.test(password)) errors.push({ field, code: 'PASSWORD_NEEDS_UPPERCASE' });
  if (!/\p{Ll}/u.test(password)) errors.push({ field, code: 'PASSWORD_NEEDS_LOWERCASE' });
  if (!/[^\p{L}\s]/u.test(password)) errors.push({ field, code: 'PASSWORD_NEEDS_DIGIT_OR_SYMBOL' });
  return errors;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

// Verified when the account does not exist, so that a wrong email costs as much time as a wrong password.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(
  storedHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword('not-a-real-password-1A');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
