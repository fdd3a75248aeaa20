/**
 * Guests are anonymous, so their live-session requests are rate-limited by the shared throttle
 * (lib/accounts/login-throttle.ts, state in the database so it holds across instances): joins by
 * client address, counting only joins that fail; answers by guest and by address, counting every one.
 * Signed-in students are not throttled here: they are known, and each answers once per question.
 */
import "server-only";
import { createHash } from "node:crypto";
import {
  claimAttempt,
  describeWait,
  liveGuestAnswerAddressKey,
  liveGuestAnswerKey,
  liveGuestJoinAddressKey,
  settleSuccess,
} from "../accounts/login-throttle";
import type { Database } from "../db/create-client";
import { HttpError } from "../errors";

export function tooManyJoinsMessage(retryAfterMs: number): string {
  return `Too many tries to join with a PIN that did not work. Wait ${describeWait(retryAfterMs)}, then check the PIN and try again.`;
}

export function tooManyAnswersMessage(retryAfterMs: number): string {
  return `Too many answers sent too fast. Wait ${describeWait(retryAfterMs)}, then try again.`;
}

/**
 * Runs a guest's join, counted against their address unless it succeeds; 429 while the address must
 * wait. `join` throws HttpError for a join that fails (unknown PIN, guests not allowed, bad nickname).
 */
export async function throttledGuestJoin<T>(db: Database, address: string, join: () => Promise<T>, now = new Date()): Promise<T> {
  const claim = await claimAttempt(db, [liveGuestJoinAddressKey(address)], now);
  if (!claim.ok) throw new HttpError(429, tooManyJoinsMessage(claim.retryAfterMs));
  const result = await join();
  await settleSuccess(db, claim);
  return result;
}

/** Counts one guest answer against the guest (by a hash of their token) and their address; 429 when either must wait. */
export async function claimGuestAnswer(db: Database, address: string, guestToken: string | null, now = new Date()): Promise<void> {
  const guest = createHash("sha256").update(guestToken ?? "").digest("hex");
  const claim = await claimAttempt(db, [liveGuestAnswerKey(guest), liveGuestAnswerAddressKey(address)], now);
  if (!claim.ok) throw new HttpError(429, tooManyAnswersMessage(claim.retryAfterMs));
}
