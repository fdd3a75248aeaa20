/**
 * What the attempt operations share: an attempt as stored, read back. Loading the user's own
 * attempt, its title, its questions as they still exist, its stored answers graded again, lazy
 * expiry and the notices its quiz and summary show. The operations themselves: start-attempt.ts,
 * quiz-view.ts, submit-answer.ts, finish-attempt.ts, attempt-summary.ts, unfinished-attempt.ts.
 *
 * Every operation takes the database first and the acting user `{ id, role }`;
 * pages and route handlers have already checked the permission ("study:use"),
 * the operations check that the attempt or assignment is the user's own.
 * Errors a person can cause are `HttpError`s with a clear message (400 bad
 * input, 403 deadline passed / not enrolled, 404 not yours, 409 wrong state).
 *
 * Invariants:
 * - Attempt.questionIds is fixed at start, in the order this student sees them.
 * - Attempt.maxScore is the number of graded responses (each question is worth 1)
 *   and Attempt.score their sum; both move in the transaction that inserts the
 *   response, which also finishes the attempt when every question is answered.
 * - Expired attempts (deadline + grace passed) are marked lazily, on read or write.
 * - Keys leave the server only inside a GradeResult, and only when the
 *   assignment's feedback policy allows it.
 * - No practice quiz, retry or other attempt shows a question whose feedback an
 *   assignment is holding back from this student (withheld-questions.ts): such
 *   questions are left out of new quizzes, and elsewhere shown without key, score
 *   or explanation.
 */
import "server-only";
import { z } from "zod";
import { loadKnowledgeBase } from "../content/load-knowledge-base";
import { HttpError } from "../errors";
import { ownsStudyRecord, type Actor } from "../auth/policy";
import type { Database } from "../db/create-client";
import { grade, InvalidResponseError } from "../questions/grade";
import { isTeacherQuestionId, questionLookupFor } from "../curation/question-source";
import { findQuestion } from "../questions/load-bank";
import type { GradeResult, Question } from "../questions/types";
import { pastDeadline, type AttemptKind, type AttemptStatus } from "./attempt-rules";
import { assignmentInfo, assignmentTimingSelect, deadlineFor } from "./attempt-timing";
import { loadWithheldQuestions, NOTHING_WITHHELD, type WithheldQuestions } from "./withheld-questions";

export const ATTEMPT_NOT_FOUND = "Attempt not found.";

const StoredDefinitionSchema = z
  .object({
    title: z.string().max(200).optional(),
    setId: z.string().optional(),
    /** Practice: how many matching questions were left out because an assignment held them back. */
    heldBack: z.number().int().min(0).optional(),
  })
  .passthrough();
const QuestionIdsSchema = z.array(z.string());

/** Stored JSON (an answer, a set definition), or null when it does not parse. */
export function parseStoredJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

function storedDefinition(setDefinition: string) {
  const parsed = StoredDefinitionSchema.safeParse(parseStoredJson(setDefinition));
  return parsed.success ? parsed.data : null;
}

export function parseQuestionIds(json: string): string[] {
  const parsed = QuestionIdsSchema.safeParse(parseStoredJson(json));
  return parsed.success ? parsed.data : [];
}

export function studySetTitle(setId: string): string | undefined {
  return loadKnowledgeBase().studySets.find((s) => s.id === setId)?.title;
}

export function titleOf(setDefinition: string, assignmentTitle?: string | null): string {
  if (assignmentTitle) return assignmentTitle;
  const definition = storedDefinition(setDefinition);
  if (definition?.title) return definition.title;
  if (definition?.setId) return studySetTitle(definition.setId) ?? "Practice quiz";
  return "Custom practice";
}

export function toStatus(status: string): AttemptStatus {
  return status === "finished" || status === "expired" ? status : "in-progress";
}

export function toKind(kind: string): AttemptKind {
  return kind === "assignment" ? "assignment" : "practice";
}

/**
 * The attempt's questions that still exist, in order, and how many are gone. Teachers' questions
 * ("tq:<id>@<version>") cost one query; an attempt of generated questions only is answered from memory.
 */
export async function resolveQuestions(db: Database, questionIdsJson: string): Promise<{ questions: Question[]; missing: number }> {
  const ids = parseQuestionIds(questionIdsJson);
  const lookup = ids.some(isTeacherQuestionId) ? await questionLookupFor(db, ids) : findQuestion;
  const questions: Question[] = [];
  for (const id of ids) {
    const q = lookup(id);
    if (q) questions.push(q);
  }
  return { questions, missing: ids.length - questions.length };
}

/** `regrade` of an answer as stored (JSON text). */
export function regradeStored(question: Question, storedAnswer: string): GradeResult | null {
  return regrade(question, parseStoredJson(storedAnswer));
}

/** Grades a stored answer again for its feedback; null if it no longer fits the question. */
export function regrade(question: Question, answer: unknown): GradeResult | null {
  try {
    return grade(question, answer);
  } catch (error) {
    if (error instanceof InvalidResponseError) return null;
    throw error;
  }
}

/** Marks an in-progress attempt whose deadline (+ grace) has passed as expired; returns the status in force. */
export async function expireIfOverdue(
  db: Database,
  attempt: { id: string; status: string },
  deadline: Date | null,
  now: Date,
): Promise<AttemptStatus> {
  const status = toStatus(attempt.status);
  if (status !== "in-progress" || !pastDeadline(deadline, now)) return status;
  await db.attempt.updateMany({
    where: { id: attempt.id, status: "in-progress" },
    data: { status: "expired", finishedAt: deadline ?? now },
  });
  return "expired";
}

function findAttempt(db: Database, user: Actor, attemptId: string) {
  return db.attempt.findUnique({
    where: { id: attemptId },
    select: {
      id: true,
      userId: true,
      kind: true,
      status: true,
      setDefinition: true,
      questionIds: true,
      seed: true,
      startedAt: true,
      deadlineAt: true,
      finishedAt: true,
      assignmentId: true,
      assignment: { select: assignmentTimingSelect(user.id) },
      responses: {
        select: { questionId: true, clientResponseId: true, answer: true, score: true },
        orderBy: { answeredAt: "asc" },
      },
    },
  });
}

/** An attempt with its assignment's timing and its answers. */
export type OwnAttempt = NonNullable<Awaited<ReturnType<typeof findAttempt>>>;

/**
 * The user's own attempt with its deadline in force and its status, marked expired first when
 * overdue. 404 if it is not the user's.
 */
export async function loadOwnAttempt(
  db: Database,
  user: Actor,
  attemptId: string,
  now: Date,
): Promise<{ attempt: OwnAttempt; deadline: Date | null; status: AttemptStatus }> {
  const attempt = await findAttempt(db, user, attemptId);
  if (!attempt || !ownsStudyRecord(user, attempt)) throw new HttpError(404, ATTEMPT_NOT_FOUND);
  const deadline = deadlineFor(attempt, attempt.assignment);
  return { attempt, deadline, status: await expireIfOverdue(db, attempt, deadline, now) };
}

/** What an attempt's feedback may show besides its own policy: nothing an assignment holds back. */
export async function withheldFor(
  db: Database,
  user: Actor,
  attempt: { id: string },
  feedbackVisible: boolean,
  now: Date,
): Promise<WithheldQuestions> {
  if (!feedbackVisible) return NOTHING_WITHHELD;
  return loadWithheldQuestions(db, user.id, now, { exceptAttemptId: attempt.id });
}

function missingNotice(missing: number): string | null {
  if (missing === 0) return null;
  return missing === 1
    ? "One question of this quiz was removed from the question bank after it started; it is left out."
    : `${missing} questions of this quiz were removed from the question bank after it started; they are left out.`;
}

/** For a quiz that holds questions an assignment is holding back: their answers are kept, their feedback waits. */
function heldBackNotice(heldBack: number): string | null {
  if (heldBack === 0) return null;
  const which = heldBack === 1 ? "One question of this quiz is" : `${heldBack} questions of this quiz are`;
  return `${which} also on one of your assignments whose feedback is not released yet, so ${heldBack === 1 ? "its" : "their"} result, answer and explanation are held back until it is.`;
}

/** For a practice quiz that had to leave questions out when it started (stored with its definition). */
function leftOutNotice(setDefinition: string): string | null {
  const leftOut = storedDefinition(setDefinition)?.heldBack ?? 0;
  if (leftOut === 0) return null;
  const which = leftOut === 1 ? "one question" : `${leftOut} questions`;
  return `This quiz leaves out ${which} you asked for: when it started, ${leftOut === 1 ? "it was" : "they were"} on one of your assignments whose feedback was not released yet.`;
}

/**
 * What the quiz page and the summary say about questions the attempt does not show in full:
 * `missing` gone from the bank, left out at the start, `heldBack` by an assignment. Null when none.
 */
export function attemptNotice(attempt: { setDefinition: string }, missing: number, heldBack: number): string | null {
  const notices = [missingNotice(missing), leftOutNotice(attempt.setDefinition), heldBackNotice(heldBack)];
  const present = notices.filter((n): n is string => n !== null);
  return present.length > 0 ? present.join(" ") : null;
}

/** What the quiz page and the summary both show at the top: title, kind, assignment and notice. */
export function attemptHeading(attempt: OwnAttempt, missing: number, heldBack: number) {
  return {
    title: titleOf(attempt.setDefinition, attempt.assignment?.title),
    kind: toKind(attempt.kind),
    assignment: assignmentInfo(attempt.assignment),
    notice: attemptNotice(attempt, missing, heldBack),
  };
}
