/** Class read models. Callers authorize first; these only read what a page shows. */
import type { Database } from "../db/create-client";

export function listTeacherClasses(db: Database, teacherId: string) {
  return db.class.findMany({
    where: { teacherId, archivedAt: null },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      joinCode: true,
      _count: { select: { enrollments: { where: { removedAt: null } } } },
    },
  });
}

export function listStudentClasses(db: Database, studentId: string) {
  return db.enrollment.findMany({
    where: { studentId, removedAt: null, class: { archivedAt: null } },
    orderBy: { joinedAt: "asc" },
    select: { class: { select: { id: true, name: true, teacher: { select: { name: true } } } } },
  });
}

/** The name of a class the student is in now (not removed), or null: for the notice after joining it. */
export async function currentClassName(db: Database, studentId: string, classId: string): Promise<string | null> {
  const enrollment = await db.enrollment.findFirst({
    where: { classId, studentId, removedAt: null },
    select: { class: { select: { name: true } } },
  });
  return enrollment?.class.name ?? null;
}
