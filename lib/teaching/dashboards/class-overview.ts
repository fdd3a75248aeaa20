/**
 * The class overview (/teacher/classes/[classId]): each assignment's
 * completion, average score, not-started and late counts; who has not started
 * or is late on the assignment that matters now; the distribution of the
 * students' average scores; one row per student.
 *
 * Definitions (shown on the page too):
 * - done: the student has a finished attempt (or one its time limit ended);
 * - completion: students done / students enrolled now;
 * - a student's score on an assignment: their best done attempt (score over
 *   the questions asked, unanswered ones scoring 0); the assignment's average
 *   is the mean of those over the students who are done;
 * - late: the first done attempt ended after the student's due date (with
 *   their extension), or the due date passed without one;
 * - a student's average: the mean of their scores over the assignments they did.
 */
import "server-only";
import type { Actor } from "../../auth/policy";
import { requireOwnClass } from "../../classes/class-access";
import type { Database } from "../../db/create-client";
import {
  activeStudents,
  average,
  loadClassResults,
  type AssignmentInfo,
  type StudentRef,
} from "./shared";

export interface AssignmentOverview extends AssignmentInfo {
  /** "upcoming": not open yet; "open": open and before its due date; "past-due". */
  state: "upcoming" | "open" | "past-due";
  done: number;
  /** done / enrolled students, 0..1; null with no students. */
  completion: number | null;
  /** Mean best score of students who are done, 0..1. */
  averageScore: number | null;
  notStarted: number;
  late: number;
}

export interface FocusAssignment {
  assignment: AssignmentInfo;
  /** "next-due": the open assignment due soonest; "last-due": the one whose due date passed most recently. */
  reason: "next-due" | "last-due";
  notStarted: StudentRef[];
  late: (StudentRef & { overdue: boolean })[];
}

export interface StudentOverview extends StudentRef {
  lastActiveAt: Date | null;
  assignmentsDone: number;
  /** Mean of the student's best scores over the assignments they did, 0..1. */
  averageScore: number | null;
}

export interface ClassOverview {
  class: { id: string; name: string; joinCode: string | null };
  assignments: AssignmentOverview[];
  focus: FocusAssignment | null;
  /** Students' average scores (0..1), for the histogram; students with nothing done are left out. */
  studentAverages: number[];
  students: StudentOverview[];
}

function chooseFocus(
  assignments: readonly AssignmentInfo[],
  now: Date,
): Pick<FocusAssignment, "assignment" | "reason"> | null {
  const t = now.getTime();
  const open = assignments.filter((a) => a.opensAt.getTime() <= t);
  const next = open.filter((a) => a.dueAt.getTime() > t).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
  if (next) return { assignment: next, reason: "next-due" };
  const last = open.filter((a) => a.dueAt.getTime() <= t).sort((a, b) => b.dueAt.getTime() - a.dueAt.getTime())[0];
  return last ? { assignment: last, reason: "last-due" } : null;
}

export async function loadClassOverview(
  db: Database,
  actor: Actor,
  classId: string,
  now: Date = new Date(),
): Promise<ClassOverview> {
  const klass = await requireOwnClass(db, actor, classId);
  const students = await activeStudents(db, classId);
  const studentIds = students.map((s) => s.id);
  const { assignments, cells } = await loadClassResults(db, classId, studentIds, now);

  const t = now.getTime();
  const assignmentRows: AssignmentOverview[] = assignments.map((assignment) => {
    const byUser = cells.get(assignment.id)!;
    let done = 0;
    let notStarted = 0;
    let late = 0;
    const scores: number[] = [];
    for (const id of studentIds) {
      const cell = byUser.get(id);
      if (!cell || cell.attempts === 0) notStarted += 1;
      if (cell?.done) {
        done += 1;
        if (cell.best !== null) scores.push(cell.best);
      }
      if (cell?.late) late += 1;
    }
    return {
      ...assignment,
      state: assignment.opensAt.getTime() > t ? "upcoming" : assignment.dueAt.getTime() > t ? "open" : "past-due",
      done,
      completion: studentIds.length === 0 ? null : done / studentIds.length,
      averageScore: average(scores),
      notStarted,
      late,
    };
  });

  const chosen = chooseFocus(assignments, now);
  let focus: FocusAssignment | null = null;
  if (chosen) {
    const byUser = cells.get(chosen.assignment.id)!;
    const ref = (s: (typeof students)[number]): StudentRef => ({ id: s.id, name: s.name, email: s.email });
    focus = {
      ...chosen,
      notStarted: students.filter((s) => (byUser.get(s.id)?.attempts ?? 0) === 0).map(ref),
      late: students
        .filter((s) => byUser.get(s.id)?.late)
        .map((s) => ({ ...ref(s), overdue: byUser.get(s.id)!.overdue })),
    };
  }

  const studentRows: StudentOverview[] = students.map((s) => {
    const scores: number[] = [];
    for (const assignment of assignments) {
      const cell = cells.get(assignment.id)!.get(s.id);
      if (cell?.done && cell.best !== null) scores.push(cell.best);
    }
    return {
      id: s.id,
      name: s.name,
      email: s.email,
      lastActiveAt: s.lastActiveAt,
      assignmentsDone: scores.length,
      averageScore: average(scores),
    };
  });

  return {
    class: { id: klass.id, name: klass.name, joinCode: klass.joinCode },
    assignments: assignmentRows,
    focus,
    studentAverages: studentRows.flatMap((s) => (s.averageScore === null ? [] : [s.averageScore])),
    students: studentRows,
  };
}
