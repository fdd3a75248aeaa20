/**
 * A student joining a class with a code: finding the class a code opens (each guess counted by
 * the join throttle), and enrolling. Expected problems (bad input, unknown code, removed from the
 * class) come back as values; a refusal by role throws HttpError.
 */
import "server-only";
import { claimAttempt, describeWait, joinAddressKey, joinStudentKey, settleSuccess } from "../accounts/login-throttle";
import { isAllowed, type Actor } from "../auth/policy";
import type { Database } from "../db/create-client";
import { HttpError, isUniqueViolation } from "../errors";
import { UNKNOWN_CLIENT_ADDRESS } from "../http/client-address";
import { JoinCodeInputSchema } from "./class-schemas";
import { hasJoinCodeLength, normalizeJoinCode } from "./join-code";

/** The class a code opens; null when no class accepts the code. Unthrottled: students reach it through lookUpJoinCode. */
export async function findClassByJoinCode(db: Database, code: string) {
  const normalized = normalizeJoinCode(code);
  if (!hasJoinCodeLength(normalized)) return null;
  const klass = await db.class.findUnique({
    where: { joinCode: normalized },
    select: { id: true, name: true, archivedAt: true, joinCode: true, teacher: { select: { name: true } } },
  });
  if (!klass || klass.archivedAt) return null;
  return { id: klass.id, name: klass.name, joinCode: normalized, teacherName: klass.teacher.name };
}

/** Whether the student is in the class now (not removed). */
export async function enrollmentStatus(db: Database, classId: string, studentId: string): Promise<"member" | "removed" | "none"> {
  const enrollment = await db.enrollment.findUnique({
    where: { classId_studentId: { classId, studentId } },
    select: { removedAt: true },
  });
  if (!enrollment) return "none";
  return enrollment.removedAt ? "removed" : "member";
}

export type JoinResult =
  | { ok: true; classId: string; className: string; alreadyMember: boolean }
  | { ok: false; status: 400 | 403 | 404 | 429; message: string };

export function unknownCodeMessage(code: string): string {
  return `No class is open for joining with the code "${code}". Check it with your teacher: they may have changed the code or turned joining off.`;
}

export function throttledJoinMessage(retryAfterMs: number): string {
  return `Too many join codes that did not match a class. Wait ${describeWait(retryAfterMs)}, then try again, and check the code with your teacher.`;
}

export interface JoinAttemptContext {
  /** From lib/http/client-address.ts; without one the attempt counts in the shared "unknown" bucket. */
  address?: string;
  now?: Date;
}

export type JoinCodeLookup =
  | { throttled: false; klass: Awaited<ReturnType<typeof findClassByJoinCode>> }
  | { throttled: true; retryAfterMs: number };

/**
 * The class a student's code opens, counted as a guess against the student and their address
 * (lib/accounts/login-throttle.ts: JOIN_STUDENT, JOIN_ADDRESS). A code that opens a class is
 * handed back, so only codes that match nothing count. Used by joining and by the join-link page,
 * which would otherwise answer unlimited guesses.
 */
export async function lookUpJoinCode(
  db: Database,
  actor: Actor,
  code: string,
  { address = UNKNOWN_CLIENT_ADDRESS, now = new Date() }: JoinAttemptContext = {},
): Promise<JoinCodeLookup> {
  const claim = await claimAttempt(db, [joinStudentKey(actor.id), joinAddressKey(address)], now);
  if (!claim.ok) return { throttled: true, retryAfterMs: claim.retryAfterMs };
  const klass = await findClassByJoinCode(db, code);
  if (klass) await settleSuccess(db, claim);
  return { throttled: false, klass };
}

export async function joinClassWithCode(
  db: Database,
  actor: Actor,
  rawCode: unknown,
  context: JoinAttemptContext = {},
): Promise<JoinResult> {
  if (!isAllowed(actor, "class:join")) throw new HttpError(403, "Only student accounts can join a class.");
  const parsed = JoinCodeInputSchema.safeParse(rawCode);
  // Nothing was guessed, so nothing is counted.
  if (!parsed.success) return { ok: false, status: 400, message: parsed.error.issues[0]!.message };
  const code = normalizeJoinCode(parsed.data);
  const lookup = await lookUpJoinCode(db, actor, code, context);
  if (lookup.throttled) return { ok: false, status: 429, message: throttledJoinMessage(lookup.retryAfterMs) };
  const klass = lookup.klass;
  if (!klass) return { ok: false, status: 404, message: unknownCodeMessage(code || parsed.data) };

  const status = await enrollmentStatus(db, klass.id, actor.id);
  if (status === "member") return { ok: true, classId: klass.id, className: klass.name, alreadyMember: true };
  if (status === "removed") {
    return {
      ok: false,
      status: 403,
      message: `Your teacher removed you from ${klass.name}. Ask them to add you back.`,
    };
  }
  try {
    await db.enrollment.create({ data: { classId: klass.id, studentId: actor.id } });
  } catch (error) {
    // Two tabs joining at once: the other one won.
    if (!isUniqueViolation(error)) throw error;
    return { ok: true, classId: klass.id, className: klass.name, alreadyMember: true };
  }
  return { ok: true, classId: klass.id, className: klass.name, alreadyMember: false };
}
