/**
 * Slows down guessing (passwords at sign-in, join codes) with growing delays instead of
 * lockouts, after OWASP's Authentication Cheat Sheet and "Blocking Brute Force Attacks".
 * The numbers and their reasons: docs/decisions/009-sign-in-and-join-throttling.md.
 *
 * State lives in the LoginThrottle table, so every app instance sees the same counts.
 * One row per key (`signin:account:…`, `signin:address:…`, `signin:device:…`,
 * `join:student:…`, `join:address:…`, and for live-session guests `live:guest-join:address:…`,
 * `live:guest-answer:…`, `live:guest-answer:address:…`):
 * - `failures`: failures remembered at `windowStart`. One is forgotten every
 *   `forgetOneEveryMs` (a leaky bucket), so a burst of mistakes fades on its own.
 * - `blockedUntil`: when the next attempt is allowed. From the `failuresBeforeWait`-th failure
 *   on, each failure makes the next attempt wait, `firstDelayMs` doubling up to `maxDelayMs`.
 *
 * An attempt is counted as a failure *before* the password or code is checked and handed
 * back if it succeeds. So a burst of parallel guesses cannot all slip through while the
 * first ones are still being checked.
 */
import type { Database } from "../db/create-client";
import { isMissingRow, isUniqueViolation } from "../errors";

export interface ThrottlePolicy {
  /** After this many failures the next attempt must wait; fewer cost nothing. */
  failuresBeforeWait: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** The bucket leaks one remembered failure per this interval. */
  forgetOneEveryMs: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** One account, tried from browsers it has not signed in on: targeted guessing. */
export const SIGN_IN_ACCOUNT: ThrottlePolicy = {
  failuresBeforeWait: 5,
  firstDelayMs: 30 * SECOND,
  maxDelayMs: 15 * MINUTE,
  forgetOneEveryMs: 30 * MINUTE,
};

/** One client address, every account, no known-device cookie: sized for a school of ~1,000 behind one NAT. */
export const SIGN_IN_ADDRESS: ThrottlePolicy = {
  failuresBeforeWait: 1000,
  firstDelayMs: 1 * SECOND,
  maxDelayMs: 1 * MINUTE,
  forgetOneEveryMs: 3 * SECOND,
};

/** One browser holding a valid known-device cookie for the account: its own, small budget. */
export const SIGN_IN_DEVICE: ThrottlePolicy = {
  failuresBeforeWait: 5,
  firstDelayMs: 1 * MINUTE,
  maxDelayMs: 1 * HOUR,
  forgetOneEveryMs: 1 * HOUR,
};

/** One student typing join codes. */
export const JOIN_STUDENT: ThrottlePolicy = {
  failuresBeforeWait: 10,
  firstDelayMs: 30 * SECOND,
  maxDelayMs: 15 * MINUTE,
  forgetOneEveryMs: 30 * MINUTE,
};

/** One client address typing join codes, whichever student: sign-up is open, so accounts are cheap. */
export const JOIN_ADDRESS: ThrottlePolicy = {
  failuresBeforeWait: 200,
  firstDelayMs: 1 * SECOND,
  maxDelayMs: 1 * MINUTE,
  forgetOneEveryMs: 30 * SECOND,
};

/**
 * Guests joining a live session from one client address with a PIN that opens nothing they may join
 * (successful joins are handed back): a class of guests behind one school address makes typos, a
 * script trying PINs makes nothing else. Sized so 60 typos cost nobody a wait.
 */
export const LIVE_GUEST_JOIN_ADDRESS: ThrottlePolicy = {
  failuresBeforeWait: 60,
  firstDelayMs: 10 * SECOND,
  maxDelayMs: 10 * MINUTE,
  forgetOneEveryMs: 1 * MINUTE,
};

/**
 * Every answer one guest sends, right or refused (a rate, not a count of failures): one a question
 * and a few resends is all a player needs, and a question lasts longer than 15 seconds.
 */
export const LIVE_GUEST_ANSWER: ThrottlePolicy = {
  failuresBeforeWait: 20,
  firstDelayMs: 5 * SECOND,
  maxDelayMs: 2 * MINUTE,
  forgetOneEveryMs: 15 * SECOND,
};

/** Every guest answer from one client address: 300 guests behind one school address answering at once. */
export const LIVE_GUEST_ANSWER_ADDRESS: ThrottlePolicy = {
  failuresBeforeWait: 1000,
  firstDelayMs: 1 * SECOND,
  maxDelayMs: 30 * SECOND,
  forgetOneEveryMs: 50,
};

export const THROTTLE_POLICIES = {
  SIGN_IN_ACCOUNT,
  SIGN_IN_ADDRESS,
  SIGN_IN_DEVICE,
  JOIN_STUDENT,
  JOIN_ADDRESS,
  LIVE_GUEST_JOIN_ADDRESS,
  LIVE_GUEST_ANSWER,
  LIVE_GUEST_ANSWER_ADDRESS,
};

export interface ThrottleKey {
  key: string;
  policy: ThrottlePolicy;
}

export const signInAccountKey = (email: string): ThrottleKey => ({
  key: `signin:account:${email.trim().toLowerCase()}`,
  policy: SIGN_IN_ACCOUNT,
});
export const signInAddressKey = (address: string): ThrottleKey => ({ key: `signin:address:${address}`, policy: SIGN_IN_ADDRESS });
export const signInDeviceKey = (deviceId: string): ThrottleKey => ({ key: `signin:device:${deviceId}`, policy: SIGN_IN_DEVICE });
export const joinStudentKey = (userId: string): ThrottleKey => ({ key: `join:student:${userId}`, policy: JOIN_STUDENT });
export const joinAddressKey = (address: string): ThrottleKey => ({ key: `join:address:${address}`, policy: JOIN_ADDRESS });
export const liveGuestJoinAddressKey = (address: string): ThrottleKey => ({
  key: `live:guest-join:address:${address}`,
  policy: LIVE_GUEST_JOIN_ADDRESS,
});
/** `guest`: a hash of the guest's token (never the token itself), or of nothing for a request without one. */
export const liveGuestAnswerKey = (guest: string): ThrottleKey => ({ key: `live:guest-answer:${guest}`, policy: LIVE_GUEST_ANSWER });
export const liveGuestAnswerAddressKey = (address: string): ThrottleKey => ({
  key: `live:guest-answer:address:${address}`,
  policy: LIVE_GUEST_ANSWER_ADDRESS,
});

/** The failure count at which the delay reaches its cap; counting further would only slow the forgetting. */
export function saturationLevel(policy: ThrottlePolicy): number {
  return policy.failuresBeforeWait + Math.ceil(Math.log2(policy.maxDelayMs / policy.firstDelayMs));
}

/** The wait after a failure that leaves `failures` remembered. */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.failuresBeforeWait) return 0;
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (failures - policy.failuresBeforeWait));
}

/** Rows untouched this long have forgotten everything (checked for every policy in the unit test). */
export const FORGOTTEN_AFTER_MS = 24 * HOUR;

interface ThrottleState {
  failures: number;
  windowStart: Date;
  blockedUntil: Date | null;
}

/** What the bucket still remembers at `now`, and since when (the leak keeps its remainder). */
export function remembered(row: ThrottleState | null, policy: ThrottlePolicy, now: Date): { failures: number; since: Date } {
  if (!row) return { failures: 0, since: now };
  const elapsed = Math.max(0, now.getTime() - row.windowStart.getTime());
  const leaked = Math.floor(elapsed / policy.forgetOneEveryMs);
  if (leaked >= row.failures) return { failures: 0, since: now };
  return { failures: row.failures - leaked, since: new Date(row.windowStart.getTime() + leaked * policy.forgetOneEveryMs) };
}

/** Milliseconds until `row` allows another attempt, or 0. */
function waitFor(row: ThrottleState | null, now: Date): number {
  return row?.blockedUntil ? Math.max(0, row.blockedUntil.getTime() - now.getTime()) : 0;
}

/**
 * An attempt counted against one key. `exact`: what the row held before and after, so a success
 * can restore it exactly; without it (or once others have counted since) a success takes one back.
 */
interface CountedAttempt {
  key: string;
  exact?: { before: ThrottleState | null; after: ThrottleState };
}

export type ThrottleClaim = { ok: true; counted: CountedAttempt[] } | { ok: false; retryAfterMs: number };

const CONTENDED_RETRY_MS = 1 * SECOND;
const COMPARE_AND_SET_TRIES = 5;
/**
 * Further than this below its first wait, a key is counted with a plain atomic increment, so a
 * class signing in at once behind one school address never contends (only the address keys, with
 * their budgets of hundreds, are ever that far). Closer, compare-and-set, so no burst slips past a
 * wait; a burst of more parallel requests than this could overshoot the first wait by its size.
 */
const CONTENTION_MARGIN = 50;



/** Counts one attempt against `key` if it may go ahead now; safe when several instances count at once. */
async function countAttempt(db: Database, { key, policy }: ThrottleKey, now: Date): Promise<CountedAttempt | { retryAfterMs: number }> {
  for (let tries = 0; tries < COMPARE_AND_SET_TRIES; tries++) {
    const row = await db.loginThrottle.findUnique({ where: { key } });
    const wait = waitFor(row, now);
    if (wait > 0) return { retryAfterMs: wait };
    const { failures, since } = remembered(row, policy, now);

    if (row && failures + CONTENTION_MARGIN < policy.failuresBeforeWait) {
      if (since.getTime() !== row.windowStart.getTime()) {
        // Apply the forgetting once; if another request changed the row first, the next read applies it.
        await db.loginThrottle.updateMany({
          where: { key, failures: row.failures, windowStart: row.windowStart },
          data: { failures, windowStart: since },
        });
      }
      try {
        await db.loginThrottle.update({ where: { key }, data: { failures: { increment: 1 } } });
        return { key };
      } catch (error) {
        if (isMissingRow(error)) continue; // forgotten meanwhile
        throw error;
      }
    }

    const counted = Math.min(failures + 1, saturationLevel(policy));
    const delay = delayAfter(counted, policy);
    const after: ThrottleState = {
      failures: counted,
      windowStart: since,
      // No wait is no date: a "blocked until now" would refuse a parallel request whose clock read a moment earlier.
      blockedUntil: delay > 0 ? new Date(now.getTime() + delay) : null,
    };
    if (!row) {
      try {
        await db.loginThrottle.create({ data: { key, ...after } });
        return { key, exact: { before: null, after } };
      } catch (error) {
        if (isUniqueViolation(error)) continue; // another request created it first
        throw error;
      }
    }
    const before: ThrottleState = { failures: row.failures, windowStart: row.windowStart, blockedUntil: row.blockedUntil };
    const updated = await db.loginThrottle.updateMany({ where: { key, ...before }, data: after });
    if (updated.count === 1) return { key, exact: { before, after } };
  }
  // Many requests racing for one key so close to its limit is itself a burst: refuse briefly.
  return { retryAfterMs: CONTENDED_RETRY_MS };
}

/**
 * Counts an attempt against every key, as if it will fail, when all of them allow one now.
 * Otherwise nothing is counted and the longest wait comes back. Attempts refused here are not
 * counted: a user retrying during a delay does not make it longer.
 */
export async function claimAttempt(db: Database, keys: ThrottleKey[], now = new Date()): Promise<ThrottleClaim> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys.map((entry) => entry.key) } } });
  const longestWait = Math.max(0, ...rows.map((row) => waitFor(row, now)));
  if (longestWait > 0) return { ok: false, retryAfterMs: longestWait };

  const counted: CountedAttempt[] = [];
  for (const key of keys) {
    const result = await countAttempt(db, key, now);
    if ("retryAfterMs" in result) {
      await refund(db, counted);
      return { ok: false, retryAfterMs: result.retryAfterMs };
    }
    counted.push(result);
  }
  await maybeForgetOldRows(db, now);
  return { ok: true, counted };
}

/** Hands back attempts that turned out not to be failures. */
async function refund(db: Database, counted: CountedAttempt[]) {
  for (const { key, exact } of counted) {
    // Untouched since: restore it exactly. Otherwise someone counted after us: take only our one back.
    if (exact) {
      const restored = exact.before
        ? await db.loginThrottle.updateMany({ where: { key, ...exact.after }, data: exact.before })
        : await db.loginThrottle.deleteMany({ where: { key, ...exact.after } });
      if (restored.count === 1) continue;
    }
    await db.loginThrottle.updateMany({ where: { key, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
  }
}

/**
 * The attempt succeeded: keys in `forget` are cleared (the person proved who they are, so their
 * account or device starts afresh); every other key gets its attempt back, so successes never
 * count, but one good sign-in cannot wipe out an address's record of failures.
 */
export async function settleSuccess(db: Database, claim: ThrottleClaim, forget: ThrottleKey[] = []) {
  if (!claim.ok) return;
  const forgetKeys = new Set(forget.map((entry) => entry.key));
  if (forgetKeys.size > 0) await db.loginThrottle.deleteMany({ where: { key: { in: [...forgetKeys] } } });
  await refund(
    db,
    claim.counted.filter((attempt) => !forgetKeys.has(attempt.key)),
  );
}

/** Deletes rows that have forgotten everything, now and then, so guesses at unknown emails do not pile up. */
async function maybeForgetOldRows(db: Database, now: Date) {
  if (Math.random() >= 0.01) return;
  await db.loginThrottle.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - FORGOTTEN_AFTER_MS) } } });
}

/** "30 seconds", "1 minute", "15 minutes": how long to wait, for the messages people read. */
export function describeWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / SECOND));
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
