/** A class's roster: who is in it, and the teacher removing (softly) and restoring students. */
import "server-only";
import type { Actor } from "../auth/policy";
import type { Database } from "../db/create-client";
import { requireOwnClass } from "./class-access";

export interface RosterStudent {
  id: string;
  name: string;
  email: string;
  joinedAt: Date;
  lastActiveAt: Date | null;
  removedAt: Date | null;
}

/** Read model for the roster page; null when there is no such class. Callers check ownership first (requireOwnClass). */
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
export function removeStudent(db: Database, actor: Actor, classId: string, studentId: string, now = new Date()): Promise<RosterChange> {
  return setRemovedAt(db, actor, classId, studentId, now);
}

export function restoreStudent(db: Database, actor: Actor, classId: string, studentId: string): Promise<RosterChange> {
  return setRemovedAt(db, actor, classId, studentId, null);
}

/** Marks the student's enrollment removed (a date) or back in the class (null). */
async function setRemovedAt(
  db: Database,
  actor: Actor,
  classId: string,
  studentId: string,
  removedAt: Date | null,
): Promise<RosterChange> {
  await requireOwnClass(db, actor, classId);
  const enrollment = await db.enrollment.findUnique({ where: { classId_studentId: { classId, studentId } } });
  if (!enrollment) return "not-in-class";
  if ((enrollment.removedAt === null) === (removedAt === null)) return "unchanged";
  await db.enrollment.update({ where: { id: enrollment.id }, data: { removedAt } });
  return "changed";
}
