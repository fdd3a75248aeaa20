/** Password hashing with argon2id (OWASP's first choice), via prebuilt @node-rs/argon2. */
import { hash, verify } from "@node-rs/argon2";

// OWASP minimum for argon2id: m=19 MiB, t=2, p=1.
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
