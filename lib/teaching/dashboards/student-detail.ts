/**
 * One student as their teacher sees them (/teacher/classes/[classId]/students/[studentId]):
 * every finished assignment attempt in this class (scores over time), mastery
 * per category and study set (the student's own progress model, with answers
 * whose feedback is still held back included), flashcard memory state, and
 * last activity. Only for a student enrolled in the class now.
 */
import "server-only";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/create-client";
import { memoryState, type MemoryState } from "../../flashcards/flashcard-service";
import { loadStudentProgress, type StudentProgress } from "../../progress/progress-service";
import { requireOwnClass } from "../../classes/class-access";
import { questionCount } from "./shared";

export interface AttemptScore {
  attemptId: string;
  assignmentId: string;
  assignmentTitle: string;
  /** When the attempt ended (finish, or its deadline for a time-expired one). */
  endedAt: Date;
  /** 0..1 over the questions asked. */
  score: number;
  answered: number;
  total: number;
  status: "finished" | "expired";
}

export interface StudentDetail {
  class: { id: string; name: string };
  student: { id: string; name: string; email: string; lastActiveAt: Date | null; joinedAt: Date };
  attempts: AttemptScore[];
  assignmentsTotal: number;
  progress: StudentProgress;
  memory: MemoryState;
}

/** null when the student is not enrolled in this class (or was removed from it). */
export async function loadStudentDetail(
  db: Database,
  actor: Actor,
  classId: string,
  studentId: string,
  now: Date = new Date(),
): Promise<StudentDetail | null> {
  const klass = await requireOwnClass(db, actor, classId);
  const enrollment = await db.enrollment.findUnique({
    where: { classId_studentId: { classId, studentId } },
    select: {
      joinedAt: true,
      removedAt: true,
      student: { select: { id: true, name: true, email: true, lastActiveAt: true, role: true } },
    },
  });
  if (!enrollment || enrollment.removedAt !== null || enrollment.student.role !== "student") return null;

  const [attempts, assignmentsTotal, progress, memory] = await Promise.all([
    db.attempt.findMany({
      where: { userId: studentId, status: { in: ["finished", "expired"] }, assignment: { classId } },
      orderBy: [{ finishedAt: "asc" }, { startedAt: "asc" }],
      select: {
        id: true,
        status: true,
        score: true,
        maxScore: true,
        questionIds: true,
        finishedAt: true,
        startedAt: true,
        assignment: { select: { id: true, title: true } },
      },
    }),
    db.assignment.count({ where: { classId } }),
    loadStudentProgress(db, studentId, now, { includeHiddenFeedback: true }),
    memoryState(db, studentId, now),
  ]);

  const { student } = enrollment;
  return {
    class: { id: klass.id, name: klass.name },
    student: { id: student.id, name: student.name, email: student.email, lastActiveAt: student.lastActiveAt, joinedAt: enrollment.joinedAt },
    attempts: attempts.map((a) => {
      const total = questionCount(a.questionIds);
      return {
        attemptId: a.id,
        assignmentId: a.assignment!.id,
        assignmentTitle: a.assignment!.title,
        endedAt: a.finishedAt ?? a.startedAt,
        score: total > 0 ? a.score / total : 0,
        answered: Math.round(a.maxScore),
        total,
        status: a.status === "expired" ? "expired" : "finished",
      };
    }),
    assignmentsTotal,
    progress,
    memory,
  };
}
