import { hash, verify } from "@node-rs/argon2";

/**
 * Passwords are hashed with Argon2id (the default algorithm of @node-rs/argon2) using the
 * parameters OWASP recommends as a minimum (19 MiB memory, 2 iterations, parallelism 1).
 */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // malformed hash: treat as a wrong password, never as an error page
  }
}

/**
 * A hash of a random password, checked when an address has no account, so that a wrong address
 * takes as long as a wrong password and response times do not reveal which addresses exist.
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  return dummyHash;
}
