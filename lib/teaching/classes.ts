/**
 * Classes: create, join codes (regenerate, turn joining off and on), the
 * roster (soft removal and restore), and a student joining with a code.
 *
 * Pages and actions authorize first (requireAccess + requireResource); these
 * functions check again with the same policy helpers, so a caller that forgets
 * cannot act on another teacher's class. Expected problems (bad input, unknown
 * code) come back as values; refusals throw HttpError.
 */
import "server-only";
import { HttpError, isUniqueViolation } from "../errors";
import { canManageClass, isAllowed, type Actor } from "../auth/policy";
import { claimAttempt, describeWait, joinAddressKey, joinStudentKey, settleSuccess } from "../accounts/login-throttle";
import { generateJoinCode, hasJoinCodeLength, normalizeJoinCode } from "../classes/join-code";
import type { Database } from "../db/create-client";
import { UNKNOWN_CLIENT_ADDRESS } from "../http/client-address";
import { CreateClassSchema, JoinCodeInputSchema, type FieldErrors } from "./assignment-schemas";

const JOIN_CODE_ATTEMPTS = 8;


/** Runs `write` with fresh codes until one is unused (codes are unique across classes). */
async function withFreshJoinCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write(generateJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= JOIN_CODE_ATTEMPTS) throw error;
    }
  }
}

/** The class, if `actor` may manage it; 404 when there is none, 403 when it is someone else's. */
export async function requireManagedClass(db: Database, actor: Actor, classId: string) {
  const klass = await db.class.findUnique({
    where: { id: classId },
    select: { id: true, name: true, teacherId: true, joinCode: true, archivedAt: true, createdAt: true },
  });
  if (!klass) throw new HttpError(404, "There is no such class.");
  if (!canManageClass(actor, klass)) throw new HttpError(403, "You can only manage your own classes.");
  return klass;
}

export type CreateClassResult = { ok: true; classId: string; joinCode: string } | { ok: false; errors: FieldErrors };

export async function createClass(db: Database, actor: Actor, input: { name: unknown }): Promise<CreateClassResult> {
  if (!isAllowed(actor, "teaching:use")) throw new HttpError(403, "Only teachers can create classes.");
  const parsed = CreateClassSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: { name: parsed.error.issues[0]?.message ?? "Enter a class name." } };
  const created = await withFreshJoinCode((joinCode) =>
    db.class.create({ data: { name: parsed.data.name, teacherId: actor.id, joinCode }, select: { id: true, joinCode: true } }),
  );
  return { ok: true, classId: created.id, joinCode: created.joinCode! };
}

/** A new code; the old one stops working at once. Also turns joining back on. */
export async function regenerateJoinCode(db: Database, actor: Actor, classId: string): Promise<string> {
  await requireManagedClass(db, actor, classId);
  const updated = await withFreshJoinCode((joinCode) =>
    db.class.update({ where: { id: classId }, data: { joinCode }, select: { joinCode: true } }),
  );
  return updated.joinCode!;
}

/** Joining off: the code is dropped (nobody can join). On: a fresh code. Returns the code in force. */
export async function setJoiningEnabled(db: Database, actor: Actor, classId: string, enabled: boolean): Promise<string | null> {
  const klass = await requireManagedClass(db, actor, classId);
  if (!enabled) {
    await db.class.update({ where: { id: classId }, data: { joinCode: null } });
    return null;
  }
  if (klass.joinCode) return klass.joinCode;
  return regenerateJoinCode(db, actor, classId);
}

export interface RosterStudent {
  id: string;
  name: string;
  email: string;
  joinedAt: Date;
  lastActiveAt: Date | null;
  removedAt: Date | null;
}

/** Read model for the roster page: callers authorize the returned class (teacherId) with canManageClass. */
export async function loadRoster(db: Database, classId: string) {
  const klass = await db.class.findUnique({
    where: { id: classId },
    select: {
      id: true,
      name: true,
      teacherId: true,
      joinCode: true,
      enrollments: {
        orderBy: [{ student: { name: "asc" } }, { joinedAt: "asc" }],
        select: {
          joinedAt: true,
          removedAt: true,
          student: { select: { id: true, name: true, email: true, lastActiveAt: true } },
        },
      },
    },
  });
  if (!klass) return null;
  const students: RosterStudent[] = klass.enrollments.map((e) => ({ ...e.student, joinedAt: e.joinedAt, removedAt: e.removedAt }));
  return {
    id: klass.id,
    name: klass.name,
    teacherId: klass.teacherId,
    joinCode: klass.joinCode,
    active: students.filter((s) => s.removedAt === null),
    removed: students.filter((s) => s.removedAt !== null),
  };
}

/**
 * What a remove or restore did. "not-in-class": the student never joined this class (a stale
 * page or a hand-made request); an expected problem, so a value rather than an error.
 */
export type RosterChange = "changed" | "unchanged" | "not-in-class";

/** Soft removal: the student loses access to the class and its assignments; their attempts stay. */
export async function removeStudent(
  db: Database,
  actor: Actor,
  classId: string,
  studentId: string,
  now = new Date(),
): Promise<RosterChange> {
  await requireManagedClass(db, actor, classId);
  const enrollment = await db.enrollment.findUnique({ where: { classId_studentId: { classId, studentId } } });
  if (!enrollment) return "not-in-class";
  if (enrollment.removedAt) return "unchanged";
  await db.enrollment.update({ where: { id: enrollment.id }, data: { removedAt: now } });
  return "changed";
}

export async function restoreStudent(db: Database, actor: Actor, classId: string, studentId: string): Promise<RosterChange> {
  await requireManagedClass(db, actor, classId);
  const enrollment = await db.enrollment.findUnique({ where: { classId_studentId: { classId, studentId } } });
  if (!enrollment) return "not-in-class";
  if (!enrollment.removedAt) return "unchanged";
  await db.enrollment.update({ where: { id: enrollment.id }, data: { removedAt: null } });
  return "changed";
}

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
