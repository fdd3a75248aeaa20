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
import { HttpError } from "../auth/authorize.server";
import { canManageClass, isAllowed, type Actor } from "../auth/policy";
import { generateJoinCode, JOIN_CODE_LENGTH, normalizeJoinCode } from "../classes/join-code";
import type { Database } from "../db/create-client";
import { CreateClassSchema, JoinCodeInputSchema, type FieldErrors } from "./assignment-schemas";

const JOIN_CODE_ATTEMPTS = 8;

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

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

async function requireEnrollment(db: Database, classId: string, studentId: string) {
  const enrollment = await db.enrollment.findUnique({ where: { classId_studentId: { classId, studentId } } });
  if (!enrollment) throw new HttpError(404, "That student is not in this class.");
  return enrollment;
}

/** Soft removal: the student loses access to the class and its assignments; their attempts stay. */
export async function removeStudent(db: Database, actor: Actor, classId: string, studentId: string, now = new Date()) {
  await requireManagedClass(db, actor, classId);
  const enrollment = await requireEnrollment(db, classId, studentId);
  if (enrollment.removedAt) return;
  await db.enrollment.update({ where: { id: enrollment.id }, data: { removedAt: now } });
}

export async function restoreStudent(db: Database, actor: Actor, classId: string, studentId: string) {
  await requireManagedClass(db, actor, classId);
  const enrollment = await requireEnrollment(db, classId, studentId);
  if (!enrollment.removedAt) return;
  await db.enrollment.update({ where: { id: enrollment.id }, data: { removedAt: null } });
}

/** The class a code opens, for the join page; null when no class accepts the code. */
export async function findClassByJoinCode(db: Database, code: string) {
  const normalized = normalizeJoinCode(code);
  if (normalized.length !== JOIN_CODE_LENGTH) return null;
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
  | { ok: false; status: 400 | 403 | 404; message: string };

export function unknownCodeMessage(code: string): string {
  return `No class is open for joining with the code "${code}". Check it with your teacher: they may have changed the code or turned joining off.`;
}

export async function joinClassWithCode(db: Database, actor: Actor, rawCode: unknown): Promise<JoinResult> {
  if (!isAllowed(actor, "class:join")) throw new HttpError(403, "Only student accounts can join a class.");
  const parsed = JoinCodeInputSchema.safeParse(rawCode);
  if (!parsed.success) return { ok: false, status: 400, message: parsed.error.issues[0]!.message };
  const code = normalizeJoinCode(parsed.data);
  const klass = await findClassByJoinCode(db, code);
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
