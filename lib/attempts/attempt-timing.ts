/**
 * An attempt's clock and feedback policy as the attempt operations read them from the database:
 * the assignment's timing with the student's extension, the deadline and due date in force, and
 * whether feedback may be shown. The rules themselves are in attempt-rules.ts.
 */
import "server-only";
import { attemptDeadline, effectiveDueAt, feedbackVisible, type AttemptStatus } from "./attempt-rules";

export interface AssignmentTimingRow {
  id: string;
  title: string;
  dueAt: Date;
  timeZone: string;
  timeLimitSeconds: number | null;
  feedbackPolicy: string;
  shuffleOptions: boolean;
  extensions: { dueAt: Date | null; extraSeconds: number | null }[];
}

export const assignmentTimingSelect = (userId: string) =>
  ({
    id: true,
    title: true,
    dueAt: true,
    timeZone: true,
    timeLimitSeconds: true,
    feedbackPolicy: true,
    shuffleOptions: true,
    extensions: { where: { studentId: userId }, select: { dueAt: true, extraSeconds: true } },
  }) as const;

/** The asking student's enrollment in the assignment's class, for canTakeAssignment. */
export const enrollmentSelect = (userId: string) =>
  ({
    class: { select: { enrollments: { where: { studentId: userId }, select: { studentId: true, removedAt: true } } } },
  }) as const;

/**
 * The deadline in force: for an assignment attempt, recomputed from the current
 * due date, time limit and extension (so an extension granted mid-attempt counts);
 * for practice, the stored one.
 */
export function deadlineFor(
  attempt: { startedAt: Date; deadlineAt: Date | null },
  assignment: AssignmentTimingRow | null,
): Date | null {
  if (!assignment) return attempt.deadlineAt;
  const extension = assignment.extensions[0] ?? null;
  return attemptDeadline({
    startedAt: attempt.startedAt,
    timeLimitSeconds: assignment.timeLimitSeconds,
    extraSeconds: extension?.extraSeconds,
    dueAt: effectiveDueAt(assignment, extension),
  });
}

export function dueFor(assignment: AssignmentTimingRow | null): Date | null {
  return assignment ? effectiveDueAt(assignment, assignment.extensions[0] ?? null) : null;
}

/** The assignment as the quiz page and the summary show it, with the student's own due date. */
export interface AssignmentInfo {
  id: string;
  title: string;
  dueAt: string;
  timeZone: string;
  feedbackPolicy: string;
}

export function assignmentInfo(assignment: AssignmentTimingRow | null): AssignmentInfo | null {
  if (!assignment) return null;
  return {
    id: assignment.id,
    title: assignment.title,
    dueAt: dueFor(assignment)!.toISOString(),
    timeZone: assignment.timeZone,
    feedbackPolicy: assignment.feedbackPolicy,
  };
}

/** Whether the attempt's own policy lets its feedback show now (an assignment may still hold questions back). */
export function feedbackVisibleFor(
  attempt: { kind: string; assignment: AssignmentTimingRow | null },
  status: AttemptStatus,
  now: Date,
): boolean {
  return feedbackVisible({
    kind: attempt.kind,
    feedbackPolicy: attempt.assignment?.feedbackPolicy,
    attemptFinished: status !== "in-progress",
    dueAt: dueFor(attempt.assignment),
    now,
  });
}
