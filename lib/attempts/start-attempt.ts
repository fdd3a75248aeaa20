/**
 * Starting an attempt: a practice quiz, an attempt at an assignment (or resuming the one running),
 * and a retry of the questions missed in a finished attempt. The questions and their order are
 * fixed here, for the life of the attempt. The rules every attempt operation keeps: attempt-record.ts.
 */
import "server-only";
import { randomInt } from "node:crypto";
import { loadKnowledgeBase } from "../content/load-knowledge-base";
import { HttpError, isUniqueViolation } from "../errors";
import { parseBodyOr400 } from "../http/parse-body";
import { canTakeAssignment, type Actor } from "../auth/policy";
import type { Database } from "../db/create-client";
import { hiddenForStudent } from "../curation/question-source";
import { drawPoolFor } from "../curation/draw-pool";
import { loadQuestionBank } from "../questions/load-bank";
import { SeededRandom } from "../questions/random";
import type { Question } from "../questions/types";
import { loadAttemptSummary } from "./attempt-summary";
import { expireIfOverdue, parseStoredJson, studySetTitle } from "./attempt-record";
import { canStartAssignmentAttempt } from "./attempt-rules";
import { assignmentTimingSelect, deadlineFor, enrollmentSelect } from "./attempt-timing";
import { MAX_QUIZ_LENGTH, QuizRequestSchema, type QuizRequest } from "./quiz-request";
import { countMatchingQuestions, NoQuestionsError, selectAssignmentQuestions, selectQuestions } from "./select-questions";
import { loadWithheldQuestions } from "./withheld-questions";

const recordedBankVersions = new WeakMap<Database, string>();

/** Records the bank version in BankVersion (once per process and database), so old responses stay explainable. */
async function recordBankVersion(db: Database): Promise<string> {
  const bank = loadQuestionBank();
  if (recordedBankVersions.get(db) === bank.version) return bank.version;
  await db.bankVersion.upsert({
    where: { version: bank.version },
    create: { version: bank.version, contentHash: bank.version, questionCount: bank.questions.length },
    update: {},
    select: { version: true },
  }).catch((error: unknown) => {
    // Two first starts at once: the other one recorded it.
    if (!isUniqueViolation(error)) throw error;
  });
  recordedBankVersions.set(db, bank.version);
  return bank.version;
}

function newSeed(): number {
  return randomInt(0, 2 ** 31 - 1);
}

/** `select` with a NoQuestionsError turned into a 400 with its message (quizzes and live sessions). */
export function pickQuestions(select: () => Question[]): Question[] {
  try {
    return select();
  } catch (error) {
    if (error instanceof NoQuestionsError) throw new HttpError(400, error.message);
    throw error;
  }
}

async function createPractice(
  db: Database,
  user: Actor,
  request: QuizRequest,
  title: string,
  now: Date,
): Promise<{ attemptId: string }> {
  const seed = newSeed();
  // Questions an assignment holds back from this student stay out of practice, or a few practice
  // quizzes on the same set would hand over the assignment's keys. Questions one of the student's
  // teachers hid stay out too (docs/decisions/014-teacher-questions-and-hiding.md).
  const [withheld, hidden] = await Promise.all([loadWithheldQuestions(db, user.id, now), hiddenForStudent(db, user.id)]);
  const bank = loadQuestionBank();
  const excluded = hidden.size > 0 ? new Set([...withheld.ids, ...hidden]) : withheld.ids;
  const questions = pickQuestions(() => selectQuestions(bank, request, `practice:${user.id}:${seed}`, excluded));
  // The notice counts only what an assignment holds back; a hidden question is simply not offered.
  const heldBack =
    withheld.ids.size > 0 ? countMatchingQuestions(bank, request, hidden) - countMatchingQuestions(bank, request, excluded) : 0;
  const attempt = await db.attempt.create({
    data: {
      userId: user.id,
      kind: "practice",
      setDefinition: JSON.stringify({ ...request, title, ...(heldBack > 0 ? { heldBack } : {}) }),
      questionIds: JSON.stringify(questions.map((q) => q.id)),
      seed,
      bankVersion: await recordBankVersion(db),
      startedAt: now,
    },
    select: { id: true },
  });
  return { attemptId: attempt.id };
}

function requireStudent(user: Actor): void {
  if (user.role !== "student") throw new HttpError(403, "Only students take quizzes.");
}

/** A new practice quiz. 400 for an unknown study set or when no question matches. */
export async function startPracticeAttempt(
  db: Database,
  user: Actor,
  request: QuizRequest,
  now = new Date(),
): Promise<{ attemptId: string }> {
  requireStudent(user);
  const quiz = parseBodyOr400(QuizRequestSchema, request, "This quiz choice is not valid");
  const sets = loadKnowledgeBase().studySets;
  for (const id of [quiz.setId, ...(quiz.topics ?? [])]) {
    if (id !== undefined && !sets.some((s) => s.id === id)) throw new HttpError(400, "Unknown study set.");
  }
  const title = quiz.setId
    ? studySetTitle(quiz.setId)!
    : quiz.topics?.length === 1
      ? studySetTitle(quiz.topics[0]!)!
      : "Custom practice";
  return createPractice(db, user, quiz, title, now);
}

/**
 * Starts (or resumes) an attempt at an assignment. 404 no such assignment; 403 not
 * enrolled, not open yet or past due; 409 attempt limit reached or a broken set definition.
 */
export async function startAssignmentAttempt(
  db: Database,
  user: Actor,
  assignmentId: string,
  now = new Date(),
): Promise<{ attemptId: string }> {
  requireStudent(user);
  const assignment = await db.assignment.findUnique({
    where: { id: assignmentId },
    select: {
      ...assignmentTimingSelect(user.id),
      opensAt: true,
      attemptLimit: true,
      shuffleQuestions: true,
      setDefinition: true,
      ...enrollmentSelect(user.id),
      attempts: {
        where: { userId: user.id },
        select: { id: true, status: true, startedAt: true, deadlineAt: true },
        orderBy: [{ startedAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!assignment) throw new HttpError(404, "Assignment not found.");
  if (!canTakeAssignment(user, assignment)) throw new HttpError(403, "You are not enrolled in this assignment's class.");

  // Resume a running attempt; expire the ones whose time is up.
  for (const attempt of assignment.attempts) {
    if (attempt.status !== "in-progress") continue;
    const status = await expireIfOverdue(db, attempt, deadlineFor(attempt, assignment), now);
    if (status === "in-progress") return { attemptId: attempt.id };
  }

  const check = canStartAssignmentAttempt({
    assignment,
    extension: assignment.extensions[0] ?? null,
    attemptsUsed: assignment.attempts.length,
    now,
  });
  if (!check.ok) throw new HttpError(check.reason === "limit-reached" ? 409 : 403, check.message);

  const definition = QuizRequestSchema.safeParse(parseStoredJson(assignment.setDefinition));
  if (!definition.success) {
    throw new HttpError(409, "This assignment's question set is not valid. Ask your teacher to check it.");
  }
  // Same questions for the whole class (item analysis compares like with like), leaving out the ones
  // the student's teachers hid...
  const hidden = await hiddenForStudent(db, user.id);
  // A custom set's snapshot may name teachers' questions: they join the bank for this draw.
  const pool = await drawPoolFor(db, definition.data, hidden);
  const selected = pickQuestions(() => selectAssignmentQuestions(pool.bank, assignment.id, definition.data, pool.exclude));
  const seed = newSeed();
  // ...in an order of the student's own unless the teacher fixed it.
  const ordered = assignment.shuffleQuestions ? new SeededRandom(`order:${user.id}:${seed}`).shuffle(selected) : selected;

  const created = await db.attempt.create({
    data: {
      userId: user.id,
      assignmentId: assignment.id,
      kind: "assignment",
      setDefinition: JSON.stringify({ ...definition.data, title: assignment.title }),
      questionIds: JSON.stringify(ordered.map((q) => q.id)),
      seed,
      bankVersion: await recordBankVersion(db),
      startedAt: now,
      deadlineAt: deadlineFor({ startedAt: now, deadlineAt: null }, assignment),
    },
    select: { id: true },
  });

  // Two starts at once (a double click): keep the first attempt, drop the later ones.
  const racing = await db.attempt.findMany({
    where: { assignmentId: assignment.id, userId: user.id },
    select: { id: true, status: true },
    orderBy: [{ startedAt: "asc" }, { id: "asc" }],
  });
  const running = racing.filter((a) => a.status === "in-progress");
  if (running.length > 1 && running[0]!.id !== created.id) {
    await db.attempt.deleteMany({ where: { id: created.id, responses: { none: {} } } });
    return { attemptId: running[0]!.id };
  }
  if (assignment.attemptLimit !== null && racing.length > assignment.attemptLimit && running[0]?.id !== created.id) {
    await db.attempt.deleteMany({ where: { id: created.id, responses: { none: {} } } });
    throw new HttpError(409, "You have used all attempts for this assignment.");
  }
  return { attemptId: created.id };
}

/**
 * A new practice attempt of exactly the questions missed in a finished attempt
 * (score below 1, or never answered). 409 while the attempt runs, while its
 * feedback is hidden, or when nothing was missed.
 */
export async function startRetryOfMissed(
  db: Database,
  user: Actor,
  attemptId: string,
  now = new Date(),
): Promise<{ attemptId: string }> {
  requireStudent(user);
  const summary = await loadAttemptSummary(db, user, attemptId, now);
  if (summary.status === "in-progress") throw new HttpError(409, "Finish this attempt before retrying the missed questions.");
  if (!summary.feedbackVisible) throw new HttpError(409, "The results of this attempt are not available yet.");
  // The summary already leaves out questions an assignment holds back; createPractice checks again at `now`.
  if (summary.missed.length === 0 && summary.heldBack > 0) {
    throw new HttpError(409, "The questions to retry are on one of your assignments whose feedback is not released yet. Retry them once it is.");
  }
  if (summary.missed.length === 0) throw new HttpError(409, "Nothing to retry: every answer was correct.");
  const ids = summary.missed.map((m) => m.questionId).slice(0, 100);
  const request: QuizRequest = { questionIds: ids, length: Math.min(ids.length, MAX_QUIZ_LENGTH) };
  const baseTitle = summary.title.replace(/^(Retry: )+/, "");
  return createPractice(db, user, request, `Retry: ${baseTitle}`, now);
}
