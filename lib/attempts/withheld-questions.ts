/**
 * Which questions' feedback is withheld from one student right now, so that no other way of
 * studying (a practice quiz, a retry of missed questions, another attempt's results, flashcards,
 * the progress page) reveals the keys an assignment is holding back.
 *
 * An assignment holds its questions back from a student who is enrolled in its class (not
 * removed) while:
 * - the student has an attempt at it running (in progress, deadline plus grace not passed), with
 *   any feedback policy: even "immediately" shows a key only after its question is answered;
 * - policy "after-due": the student's due date (an extension's, when it sets one) has not passed;
 * - policy "after-attempt": the student has not ended an attempt yet and could still start one
 *   (before their due date, attempt limit not used up). Once no attempt is possible any more
 *   there is nothing left to protect, and holding back for ever would lock the student out of
 *   those questions for good.
 *
 * "Its questions" are the questions the assignment asks: every attempt at an assignment draws
 * the same questions, with the assignment's own seed (selectAssignmentQuestions), from the
 * questions its set definition matches. Not the whole pool the definition matches: an assignment
 * of 10 core questions from a set of 40 holds back those 10, not the set. To the questions it
 * would draw now are added the ids stored in the student's own attempts at it, in case the
 * question bank changed since they started.
 *
 * One indexed query (Enrollment(studentId) → Assignment(classId, …) → the student's extension
 * and attempts through their unique and covering indexes), without the attempts' id lists, which
 * would triple its cost; a second one, by primary key, reads those lists only for attempts at
 * assignments that hold questions back. Each assignment's draw is computed once per process and
 * bank version.
 */
import "server-only";
import { z } from "zod";
import { isTeacherQuestionId } from "../curation/question-ids";
import type { Database } from "../db/create-client";
import { loadQuestionBank } from "../questions/load-bank";
import { attemptDeadline, effectiveDueAt, pastDeadline } from "./attempt-rules";
import { QuizRequestSchema } from "./quiz-request";
import { NoQuestionsError, selectAssignmentQuestions } from "./select-questions";

export type WithheldReason = "attempt-running" | "after-attempt" | "after-due";

export interface HoldingAssignment {
  id: string;
  title: string;
  reason: WithheldReason;
  /** When the hold ends by itself ("after-due": the student's due date); null when it ends with an attempt. */
  releasesAt: Date | null;
}

export interface WithheldQuestions {
  /** Question ids whose key, explanation or score must not be shown to the student now. */
  ids: ReadonlySet<string>;
  /** The assignments holding them back, for a notice (never with the questions themselves). */
  assignments: HoldingAssignment[];
}

export const NOTHING_WITHHELD: WithheldQuestions = Object.freeze({ ids: new Set<string>(), assignments: [] });

export interface WithheldOptions {
  /**
   * An attempt whose own feedback policy already decides what it shows (the one being viewed or
   * answered): its running does not hold its own assignment back. Ending it still counts.
   */
  exceptAttemptId?: string;
}

interface Row {
  assignmentId: string;
  title: string;
  setDefinition: string;
  dueAt: Date | string | number;
  attemptLimit: number | bigint | null;
  timeLimitSeconds: number | bigint | null;
  feedbackPolicy: string;
  extensionDueAt: Date | string | number | null;
  extraSeconds: number | bigint | null;
  attemptId: string | null;
  attemptStatus: string | null;
  attemptStartedAt: Date | string | number | null;
}

/** Raw queries return DateTime columns as Date through both adapters; accept text or epoch milliseconds too. */
function toDate(value: Date | string | number | null): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(value);
}

function toNumberOrNull(value: number | bigint | null): number | null {
  return value === null ? null : Number(value);
}

const QuestionIdsSchema = z.array(z.string());

function parseIds(json: string | null): string[] {
  if (!json) return [];
  try {
    const parsed = QuestionIdsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

const drawCache = new Map<string, readonly string[]>();

/** The ids the assignment draws from the current bank (what a new attempt would ask), memoised. */
function assignmentDraw(assignmentId: string, setDefinition: string): readonly string[] {
  const bank = loadQuestionBank();
  const key = `${bank.version}\n${assignmentId}\n${setDefinition}`;
  const cached = drawCache.get(key);
  if (cached) return cached;
  let ids: readonly string[] = [];
  try {
    const request = QuizRequestSchema.safeParse(JSON.parse(setDefinition));
    if (request.success) {
      ids = selectAssignmentQuestions(bank, assignmentId, request.data).map((q) => q.id);
      // A custom set's snapshot also names teachers' questions ("tq:<id>@<v>"), which the bank does not hold:
      // they are held back as listed (docs/decisions/017-custom-sets-and-reports.md).
      const teacherIds = (request.data.questionIds ?? []).filter(isTeacherQuestionId);
      if (teacherIds.length > 0) ids = [...ids, ...teacherIds];
    }
  } catch (error) {
    // A broken definition or one that matches nothing draws nothing; its attempts' ids still count.
    if (!(error instanceof SyntaxError) && !(error instanceof NoQuestionsError)) throw error;
  }
  if (drawCache.size >= 5_000) drawCache.clear();
  drawCache.set(key, ids);
  return ids;
}

/** Why (if at all) one assignment holds its questions back from the student now. */
function holdOf(rows: readonly Row[], now: Date, options: WithheldOptions): HoldingAssignment | null {
  const first = rows[0]!;
  const due = effectiveDueAt({ dueAt: toDate(first.dueAt)! }, { dueAt: toDate(first.extensionDueAt) });
  const attempts = rows
    .filter((r) => r.attemptId !== null)
    .map((r) => {
      const deadline = attemptDeadline({
        startedAt: toDate(r.attemptStartedAt)!,
        timeLimitSeconds: toNumberOrNull(first.timeLimitSeconds),
        extraSeconds: toNumberOrNull(first.extraSeconds),
        dueAt: due,
      });
      // The attempt rules' test: a running attempt past its deadline and grace has ended, marked or not.
      return { id: r.attemptId!, running: r.attemptStatus === "in-progress" && !pastDeadline(deadline, now) };
    });
  const base = { id: first.assignmentId, title: first.title };
  if (attempts.some((a) => a.running && a.id !== options.exceptAttemptId)) {
    return { ...base, reason: "attempt-running", releasesAt: null };
  }
  if (first.feedbackPolicy === "after-due" && now.getTime() < due.getTime()) {
    return { ...base, reason: "after-due", releasesAt: due };
  }
  if (first.feedbackPolicy === "after-attempt" && !attempts.some((a) => !a.running)) {
    const limit = toNumberOrNull(first.attemptLimit);
    const canStillAttempt = now.getTime() < due.getTime() && (limit === null || attempts.length < limit);
    // Any attempt left here is running (the excepted one): its end is still to come.
    if (canStillAttempt || attempts.length > 0) return { ...base, reason: "after-attempt", releasesAt: null };
  }
  return null;
}

/**
 * The questions whose feedback is withheld from `studentId` at `now`, and the assignments
 * holding them back. See the module comment for the rules.
 */
export async function loadWithheldQuestions(
  db: Database,
  studentId: string,
  now: Date,
  options: WithheldOptions = {},
): Promise<WithheldQuestions> {
  // "immediately" assignments matter only while an attempt runs, so only those rows are read for them.
  // Dates are compared below, by the same rules the quiz applies (attempt-rules.ts), not in SQL.
  const rows = await db.$queryRaw<Row[]>`
    SELECT s."id" AS "assignmentId", s."title" AS "title", s."setDefinition" AS "setDefinition",
      s."dueAt" AS "dueAt", s."attemptLimit" AS "attemptLimit", s."timeLimitSeconds" AS "timeLimitSeconds",
      s."feedbackPolicy" AS "feedbackPolicy",
      x."dueAt" AS "extensionDueAt", x."extraSeconds" AS "extraSeconds",
      a."id" AS "attemptId", a."status" AS "attemptStatus", a."startedAt" AS "attemptStartedAt"
    FROM "Enrollment" e
    JOIN "Assignment" s ON s."classId" = e."classId"
    LEFT JOIN "AssignmentExtension" x ON x."assignmentId" = s."id" AND x."studentId" = e."studentId"
    LEFT JOIN "Attempt" a ON a."assignmentId" = s."id" AND a."userId" = e."studentId"
    WHERE e."studentId" = ${studentId} AND e."removedAt" IS NULL
      AND (s."feedbackPolicy" <> 'immediately' OR a."status" = 'in-progress')`;
  if (rows.length === 0) return NOTHING_WITHHELD;

  const byAssignment = new Map<string, Row[]>();
  for (const row of rows) {
    const list = byAssignment.get(row.assignmentId);
    if (list) list.push(row);
    else byAssignment.set(row.assignmentId, [row]);
  }

  const ids = new Set<string>();
  const assignments: HoldingAssignment[] = [];
  const heldAttemptIds: string[] = [];
  for (const group of byAssignment.values()) {
    const hold = holdOf(group, now, options);
    if (!hold) continue;
    assignments.push(hold);
    for (const id of assignmentDraw(hold.id, group[0]!.setDefinition)) ids.add(id);
    for (const row of group) if (row.attemptId !== null) heldAttemptIds.push(row.attemptId);
  }
  if (assignments.length === 0) return NOTHING_WITHHELD;
  if (heldAttemptIds.length > 0) {
    const attempts = await db.attempt.findMany({ where: { id: { in: heldAttemptIds } }, select: { questionIds: true } });
    for (const attempt of attempts) for (const id of parseIds(attempt.questionIds)) ids.add(id);
  }
  return { ids, assignments };
}
