/**
 * Slows down password guessing. Failures are counted in the database, so the
 * limit holds across every app instance. Keys: the email, and the client address.
 */
import type { Database } from "../db/create-client";

export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;
export const BLOCK_MS = 15 * 60_000;

export function throttleKeys(email: string, address: string | null): { key: string; limit: number }[] {
  const keys = [{ key: `email:${email.trim().toLowerCase()}`, limit: MAX_FAILURES_PER_EMAIL }];
  if (address) keys.push({ key: `addr:${address}`, limit: MAX_FAILURES_PER_ADDRESS });
  return keys;
}

/** Milliseconds until sign-in is allowed again for any of the keys, or 0. */
export async function blockedFor(db: Database, keys: { key: string }[], now = new Date()): Promise<number> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys.map((entry) => entry.key) } } });
  let wait = 0;
  for (const row of rows) {
    if (row.blockedUntil && row.blockedUntil > now) wait = Math.max(wait, row.blockedUntil.getTime() - now.getTime());
  }
  return wait;
}

export async function recordFailure(db: Database, keys: { key: string; limit: number }[], now = new Date()) {
  for (const { key, limit } of keys) {
    await db.$transaction(async (tx) => {
      const row = await tx.loginThrottle.findUnique({ where: { key } });
      const windowOpen = row && now.getTime() - row.windowStart.getTime() < THROTTLE_WINDOW_MS;
      const failures = windowOpen ? row.failures + 1 : 1;
      const blockedUntil = failures >= limit ? new Date(now.getTime() + BLOCK_MS) : null;
      await tx.loginThrottle.upsert({
        where: { key },
        create: { key, failures, windowStart: now, blockedUntil },
        update: { failures, windowStart: windowOpen ? row.windowStart : now, blockedUntil },
      });
    });
  }
}

export async function clearFailures(db: Database, email: string) {
  await db.loginThrottle.deleteMany({ where: { key: `email:${email.trim().toLowerCase()}` } });
}
