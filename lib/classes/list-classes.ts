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
