/**
 * The rules of attempts and assignments, as pure functions of dates and counts,
 * so pages, the attempt service and teacher dashboards agree on them:
 * effective due dates (with a per-student extension), server-enforced deadlines
 * (time limit and due date, plus a grace period for answers already in flight),
 * whether a student may start another attempt, whether an answer is still
 * accepted, when feedback may be shown, and the status a student sees.
 */

/** Answers arriving this long after the deadline still count (network, slow clicks). */
export const GRACE_SECONDS = 30;

export const FEEDBACK_POLICIES = ["immediately", "after-attempt", "after-due"] as const;
export type FeedbackPolicy = (typeof FEEDBACK_POLICIES)[number];

export type AttemptKind = "practice" | "assignment";
export type AttemptStatus = "in-progress" | "finished" | "expired";

export interface AssignmentTiming {
  opensAt: Date;
  dueAt: Date;
  /** null = unlimited. */
  attemptLimit: number | null;
  /** null = untimed. */
  timeLimitSeconds: number | null;
}

export interface ExtensionTiming {
  dueAt: Date | null;
  extraSeconds: number | null;
}

/** The due date that applies to one student: the extension's when it sets one. */
export function effectiveDueAt(assignment: { dueAt: Date }, extension?: { dueAt: Date | null } | null): Date {
  return extension?.dueAt ?? assignment.dueAt;
}

/**
 * When an attempt must end: the earlier of start + time limit (+ extra seconds)
 * and the due date. null when neither applies (untimed practice).
 */
export function attemptDeadline(input: {
  startedAt: Date;
  timeLimitSeconds: number | null | undefined;
  extraSeconds?: number | null;
  dueAt?: Date | null;
}): Date | null {
  const candidates: number[] = [];
  if (input.timeLimitSeconds != null) {
    candidates.push(input.startedAt.getTime() + (input.timeLimitSeconds + (input.extraSeconds ?? 0)) * 1000);
  }
  if (input.dueAt) candidates.push(input.dueAt.getTime());
  return candidates.length === 0 ? null : new Date(Math.min(...candidates));
}

/** True once the deadline plus the grace period has passed. */
export function pastDeadline(deadlineAt: Date | null | undefined, now: Date): boolean {
  return deadlineAt != null && now.getTime() > deadlineAt.getTime() + GRACE_SECONDS * 1000;
}

export type StartCheck =
  | { ok: true }
  | { ok: false; reason: "not-open" | "past-due" | "limit-reached"; message: string };

export function canStartAssignmentAttempt(input: {
  assignment: AssignmentTiming;
  extension?: ExtensionTiming | null;
  attemptsUsed: number;
  now: Date;
}): StartCheck {
  const { assignment, extension, attemptsUsed, now } = input;
  if (now.getTime() < assignment.opensAt.getTime()) {
    return { ok: false, reason: "not-open", message: "This assignment is not open yet." };
  }
  if (now.getTime() >= effectiveDueAt(assignment, extension).getTime()) {
    return { ok: false, reason: "past-due", message: "This assignment is past its due date." };
  }
  if (assignment.attemptLimit !== null && attemptsUsed >= assignment.attemptLimit) {
    const n = assignment.attemptLimit;
    return {
      ok: false,
      reason: "limit-reached",
      message: `You have used all ${n} attempt${n === 1 ? "" : "s"} for this assignment.`,
    };
  }
  return { ok: true };
}

export type AnswerCheck = { ok: true } | { ok: false; status: 409 | 403; message: string; expire: boolean };

/** Whether an answer arriving `now` may be recorded. `expire`: the caller should mark the attempt expired. */
export function canAcceptAnswer(input: {
  attempt: { status: string; deadlineAt: Date | null };
  now: Date;
}): AnswerCheck {
  const { attempt, now } = input;
  if (attempt.status !== "in-progress") {
    return { ok: false, status: 409, message: "This attempt is finished.", expire: false };
  }
  if (pastDeadline(attempt.deadlineAt, now)) {
    return { ok: false, status: 403, message: "Time is up: the answer arrived after the deadline.", expire: true };
  }
  return { ok: true };
}

/** Whether grades, keys and explanations may be shown for this attempt now. */
export function feedbackVisible(input: {
  kind: AttemptKind | string;
  feedbackPolicy: FeedbackPolicy | string | null | undefined;
  attemptFinished: boolean;
  dueAt: Date | null | undefined;
  now: Date;
}): boolean {
  if (input.kind === "practice") return true;
  switch (input.feedbackPolicy) {
    case "after-attempt":
      return input.attemptFinished;
    case "after-due":
      return input.dueAt != null && input.now.getTime() >= input.dueAt.getTime();
    default:
      return true;
  }
}

export type AssignmentStatus = "not-open" | "open" | "in-progress" | "done" | "overdue" | "closed";

/**
 * The status one student sees for an assignment:
 * - "not-open": before opensAt;
 * - "in-progress": an attempt is running (deadline not passed);
 * - "done": an attempt was finished (by the student, or ended by its time limit);
 * - "overdue": past the (extended) due date without a finished attempt;
 * - "closed": the attempt limit allows no attempt at all (e.g. a limit of 0);
 * - "open": may start.
 */
export function assignmentStatusFor(input: {
  assignment: AssignmentTiming;
  extension?: ExtensionTiming | null;
  attempts: { status: string; deadlineAt?: Date | null }[];
  now: Date;
}): AssignmentStatus {
  const { assignment, extension, attempts, now } = input;
  if (now.getTime() < assignment.opensAt.getTime()) return "not-open";
  const live = (a: { status: string; deadlineAt?: Date | null }) =>
    a.status === "in-progress" && !pastDeadline(a.deadlineAt ?? null, now);
  if (attempts.some(live)) return "in-progress";
  if (attempts.some((a) => !live(a))) return "done";
  if (now.getTime() >= effectiveDueAt(assignment, extension).getTime()) return "overdue";
  if (assignment.attemptLimit !== null && attempts.length >= assignment.attemptLimit) return "closed";
  return "open";
}
