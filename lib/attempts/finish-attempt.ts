/**
 * Finishing an attempt when the student ends it, answered or not (the last answer finishes it by
 * itself, in submit-answer.ts). The rules every attempt operation keeps: attempt-record.ts.
 */
import "server-only";
import type { Actor } from "../auth/policy";
import type { Database } from "../db/create-client";
import { loadOwnAttempt, toStatus } from "./attempt-record";
import { summarizeOwnAttempt, type AttemptSummary } from "./attempt-summary";

/** Ends an attempt now (idempotent: a finished or expired attempt just returns its summary). */
export async function finishAttempt(
  db: Database,
  user: Actor,
  attemptId: string,
  now = new Date(),
): Promise<AttemptSummary> {
  const { attempt, status: current } = await loadOwnAttempt(db, user, attemptId, now);
  let status = current;
  if (status === "in-progress") {
    await db.attempt.updateMany({
      where: { id: attempt.id, status: "in-progress" },
      data: { status: "finished", finishedAt: now },
    });
    const fresh = await db.attempt.findUnique({ where: { id: attempt.id }, select: { status: true } });
    status = toStatus(fresh?.status ?? "finished");
  }
  return summarizeOwnAttempt(db, user, attempt, status, now);
}
