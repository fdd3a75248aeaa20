/**
 * The attempts engine: starting practice quizzes, assignment attempts and
 * retries of missed questions; showing an attempt without its keys; recording
 * answers (graded on the server, idempotent on the client's response id);
 * finishing and summarising.
 *
 * Every function takes the database first and the acting user `{ id, role }`;
 * pages and route handlers have already checked the permission ("study:use"),
 * these functions check that the attempt or assignment is the user's own.
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
 *
 * The submit path is benchmarked (docs/benchmarks.md): one read of the attempt
 * (plus one of its assignment, for assignment attempts), one batch transaction
 * (insert the response; bump the attempt's score and answer count, finishing it
 * on the last question, in one UPDATE), the held-back questions' one indexed
 * query (withheld-questions.ts) when the answer's feedback would be shown, and
 * at most one User.lastActiveAt update a minute. Those statements are raw SQL
 * (portable between SQLite and PostgreSQL: quoted identifiers, bound
 * parameters): through Prisma's query builder the same work costs about twice
 * the CPU on a single Node thread.
 */
import "server-only";
import { randomBytes, randomInt } from "node:crypto";
import { z } from "zod";
import { loadKnowledgeBase } from "../content/load-knowledge-base";
import { HttpError } from "../errors";
import { canTakeAssignment, ownsStudyRecord, type Actor } from "../auth/policy";
import type { Citation } from "../content/schema";
import type { Database } from "../db/create-client";
import { grade, InvalidResponseError } from "../questions/grade";
import { hiddenForStudent, isTeacherQuestionId, questionLookupFor } from "../curation/question-source";
import { drawPoolFor } from "../curation/draw-pool";
import { findQuestion, loadQuestionBank } from "../questions/load-bank";
import { toPublicQuestion } from "../questions/public-view";
import { SeededRandom } from "../questions/random";
import type { GradeResult, PublicQuestion, Question, QuestionCategory } from "../questions/types";
import { QUESTION_CATEGORIES, ResponseSchemas } from "../questions/types";
import {
  attemptDeadline,
  canAcceptAnswer,
  canStartAssignmentAttempt,
  effectiveDueAt,
  feedbackVisible as isFeedbackVisible,
  pastDeadline,
  type AttemptKind,
  type AttemptStatus,
} from "./attempt-rules";
import { MAX_QUIZ_LENGTH, QuizRequestSchema, type QuizRequest } from "./quiz-request";
import { countMatchingQuestions, NoQuestionsError, selectAssignmentQuestions, selectQuestions } from "./select-questions";
import { loadWithheldQuestions, NOTHING_WITHHELD, type WithheldQuestions } from "./withheld-questions";

export type { AttemptKind, AttemptStatus } from "./attempt-rules";

// ---------------------------------------------------------------------------
// Contract types

export interface AnsweredItem {
  clientResponseId: string;
  response: unknown;
  /** null while the feedback policy hides it. */
  feedback: GradeResult | null;
}

export interface AttemptView {
  id: string;
  kind: AttemptKind;
  status: AttemptStatus;
  /** Study set title, "Retry: …", "Custom practice", or the assignment's title. */
  title: string;
  assignment: { id: string; title: string; dueAt: string; timeZone: string; feedbackPolicy: string } | null;
  /** ISO; server-enforced (answers are accepted up to GRACE_SECONDS after it). */
  deadlineAt: string | null;
  /** Key-free, options shuffled per attempt (unless the assignment disables it). */
  questions: PublicQuestion[];
  /** By question id. */
  answered: Record<string, AnsweredItem>;
  feedbackVisible: boolean;
  /** Set when some questions of this attempt are no longer in the question bank. */
  notice: string | null;
}

export const SubmitBodySchema = z.object({
  clientResponseId: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
  questionId: z.string().max(80),
  response: z.unknown(),
  timeSpentMs: z.number().int().min(0).max(86_400_000).optional(),
});
export type SubmitBody = z.infer<typeof SubmitBodySchema>;

export interface SubmitResult {
  recorded: "new" | "duplicate";
  questionId: string;
  feedback: GradeResult | null;
  progress: { answered: number; total: number };
  attemptStatus: AttemptStatus;
}

export interface MissedItem {
  questionId: string;
  prompt: string;
  correctAnswer: string | null;
  explanation: string | null;
  sources: Citation[];
  /** false: the attempt ended before this question was answered. */
  answered: boolean;
  /** The score the answer earned (0 when unanswered). */
  score: number;
}

export interface AttemptSummary {
  attemptId: string;
  title: string;
  kind: AttemptKind;
  status: AttemptStatus;
  /** When false, scores are reported as 0 and `missed` is empty (the policy hides them). */
  feedbackVisible: boolean;
  /** ISO: when hidden feedback becomes visible ("after-due" policy), else null. */
  feedbackAvailableAt: string | null;
  assignment: { id: string; title: string; dueAt: string; timeZone: string; feedbackPolicy: string } | null;
  score: number;
  maxScore: number;
  answered: number;
  total: number;
  byCategory: { category: QuestionCategory; answered: number; total: number; score: number }[];
  missed: MissedItem[];
  /**
   * Questions of this attempt held back by an assignment (withheld-questions.ts): left out of
   * score, byCategory and missed, whatever this attempt's own policy says.
   */
  heldBack: number;
  notice: string | null;
}

export interface UnfinishedAttempt {
  id: string;
  startedAt: Date;
  title: string;
  answered: number;
  total: number;
}

// ---------------------------------------------------------------------------
// Helpers

const NOT_FOUND = "Attempt not found.";

const StoredDefinitionSchema = z
  .object({
    title: z.string().max(200).optional(),
    setId: z.string().optional(),
    /** Practice: how many matching questions were left out because an assignment held them back. */
    heldBack: z.number().int().min(0).optional(),
  })
  .passthrough();
const QuestionIdsSchema = z.array(z.string());

function studySetTitle(setId: string): string | undefined {
  return loadKnowledgeBase().studySets.find((s) => s.id === setId)?.title;
}

function titleOf(setDefinition: string, assignmentTitle?: string | null): string {
  if (assignmentTitle) return assignmentTitle;
  try {
    const parsed = StoredDefinitionSchema.safeParse(JSON.parse(setDefinition));
    if (parsed.success) {
      if (parsed.data.title) return parsed.data.title;
      if (parsed.data.setId) return studySetTitle(parsed.data.setId) ?? "Practice quiz";
    }
  } catch {
    // fall through
  }
  return "Custom practice";
}

function parseQuestionIds(json: string): string[] {
  try {
    const parsed = QuestionIdsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/**
 * The attempt's questions that still exist, in order, and how many are gone. Teachers' questions
 * ("tq:<id>@<version>") cost one query; an attempt of generated questions only is answered from memory.
 */
async function resolveQuestions(db: Database, questionIdsJson: string): Promise<{ questions: Question[]; missing: number }> {
  const ids = parseQuestionIds(questionIdsJson);
  const lookup = ids.some(isTeacherQuestionId) ? await questionLookupFor(db, ids) : findQuestion;
  const questions: Question[] = [];
  for (const id of ids) {
    const q = lookup(id);
    if (q) questions.push(q);
  }
  return { questions, missing: ids.length - questions.length };
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

/** For a practice quiz that had to leave questions out when it started. */
function leftOutNotice(leftOut: number): string | null {
  if (leftOut === 0) return null;
  const which = leftOut === 1 ? "one question" : `${leftOut} questions`;
  return `This quiz leaves out ${which} you asked for: when it started, ${leftOut === 1 ? "it was" : "they were"} on one of your assignments whose feedback was not released yet.`;
}

function joinNotices(...notices: (string | null)[]): string | null {
  const present = notices.filter((n): n is string => n !== null);
  return present.length > 0 ? present.join(" ") : null;
}

/** Questions a practice quiz left out when it started (stored with its definition). */
function leftOutOf(setDefinition: string): number {
  try {
    const parsed = StoredDefinitionSchema.safeParse(JSON.parse(setDefinition));
    return parsed.success ? (parsed.data.heldBack ?? 0) : 0;
  } catch {
    return 0;
  }
}

function parseStoredAnswer(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

/** Grades a stored answer again for its feedback; null if it no longer fits the question. */
function regrade(question: Question, answer: unknown): GradeResult | null {
  try {
    return grade(question, answer);
  } catch (error) {
    if (error instanceof InvalidResponseError) return null;
    throw error;
  }
}

/** The key written out for people, for questions that were never answered. */
function keyText(q: Question): string {
  const text = (options: { id: string; text: string }[], id: string) => options.find((o) => o.id === id)?.text ?? id;
  switch (q.type) {
    case "multiple-choice":
      return q.answer.correct.map((id) => text(q.options, id)).join("; ");
    case "true-false":
      return q.answer.value ? "True" : "False";
    case "ordering":
      return q.answer.order.map((id) => text(q.options, id)).join(" → ");
    case "matching":
      return q.premises.map((p) => `${p.text} → ${text(q.options, q.answer.pairs[p.id]!)}`).join("; ");
    case "typed":
      return q.answer.text;
    case "numeric":
      return `${q.answer.display} ${q.unit}`.trim();
    case "map-pin":
      return q.answer.placeName;
  }
}

function toStatus(status: string): AttemptStatus {
  return status === "finished" || status === "expired" ? status : "in-progress";
}

function toKind(kind: string): AttemptKind {
  return kind === "assignment" ? "assignment" : "practice";
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null ? (error as { code?: string }).code : undefined;
}

/** A unique constraint failed: P2002 from the query builder, or the adapter's error kind from raw SQL. */
function isUniqueViolation(error: unknown): boolean {
  if (errorCode(error) === "P2002") return true;
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { kind?: string } } } } | null)?.meta;
  return meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation";
}

interface HotAttemptRow {
  id: string;
  userId: string;
  kind: string;
  status: string;
  questionIds: string;
  startedAt: Date | string;
  deadlineAt: Date | string | null;
  assignmentId: string | null;
}

/** Raw queries return DateTime columns as Date through both adapters; accept ISO text too. */
function toDate(value: Date | string | null): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(value);
}

/** Primary keys for rows inserted with raw SQL: unique, roughly time-ordered, cuid-length. */
function newRowId(): string {
  return `r${Date.now().toString(36)}${randomBytes(8).toString("hex")}`;
}

interface AssignmentTimingRow {
  id: string;
  title: string;
  dueAt: Date;
  timeZone: string;
  timeLimitSeconds: number | null;
  feedbackPolicy: string;
  shuffleOptions: boolean;
  extensions: { dueAt: Date | null; extraSeconds: number | null }[];
}

const assignmentTimingSelect = (userId: string) =>
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
const enrollmentSelect = (userId: string) =>
  ({
    class: { select: { enrollments: { where: { studentId: userId }, select: { studentId: true, removedAt: true } } } },
  }) as const;

/**
 * The deadline in force: for an assignment attempt, recomputed from the current
 * due date, time limit and extension (so an extension granted mid-attempt counts);
 * for practice, the stored one.
 */
function deadlineFor(
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

function dueFor(assignment: AssignmentTimingRow | null): Date | null {
  return assignment ? effectiveDueAt(assignment, assignment.extensions[0] ?? null) : null;
}

function assignmentInfo(assignment: AssignmentTimingRow | null) {
  if (!assignment) return null;
  return {
    id: assignment.id,
    title: assignment.title,
    dueAt: dueFor(assignment)!.toISOString(),
    timeZone: assignment.timeZone,
    feedbackPolicy: assignment.feedbackPolicy,
  };
}

/** Marks an in-progress attempt whose deadline (+ grace) has passed as expired; returns the status in force. */
async function expireIfOverdue(
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

const lastActiveWrites = new Map<string, number>();

/** User.lastActiveAt, written at most once a minute per user (checked in-process and in the WHERE). */
async function touchLastActive(db: Database, userId: string, now: Date): Promise<void> {
  const last = lastActiveWrites.get(userId);
  if (last !== undefined && now.getTime() - last < 60_000 && now.getTime() >= last) return;
  if (lastActiveWrites.size > 10_000) lastActiveWrites.clear();
  lastActiveWrites.set(userId, now.getTime());
  const cutoff = new Date(now.getTime() - 60_000);
  await db.user.updateMany({
    where: { id: userId, OR: [{ lastActiveAt: null }, { lastActiveAt: { lt: cutoff } }] },
    data: { lastActiveAt: now },
  });
}

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

/** `select` with a NoQuestionsError turned into a 400 with its message. */
function pickQuestions(select: () => Question[]): Question[] {
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

// ---------------------------------------------------------------------------
// Starting

/** A new practice quiz. 400 for an unknown study set or when no question matches. */
export async function startPracticeAttempt(
  db: Database,
  user: Actor,
  request: QuizRequest,
  now = new Date(),
): Promise<{ attemptId: string }> {
  requireStudent(user);
  const parsed = QuizRequestSchema.safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HttpError(400, `This quiz choice is not valid${issue ? ` (${issue.path.join(".") || "request"}: ${issue.message})` : ""}.`);
  }
  const quiz = parsed.data;
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

  const extension = assignment.extensions[0] ?? null;
  const check = canStartAssignmentAttempt({
    assignment,
    extension,
    attemptsUsed: assignment.attempts.length,
    now,
  });
  if (!check.ok) throw new HttpError(check.reason === "limit-reached" ? 409 : 403, check.message);

  const definition = QuizRequestSchema.safeParse(parseStoredAnswer(assignment.setDefinition));
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
      deadlineAt: attemptDeadline({
        startedAt: now,
        timeLimitSeconds: assignment.timeLimitSeconds,
        extraSeconds: extension?.extraSeconds,
        dueAt: effectiveDueAt(assignment, extension),
      }),
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

// ---------------------------------------------------------------------------
// Reading

async function loadOwnAttempt(db: Database, user: Actor, attemptId: string) {
  const attempt = await db.attempt.findUnique({
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
      assignmentId: true,
      assignment: { select: assignmentTimingSelect(user.id) },
      responses: {
        select: { questionId: true, clientResponseId: true, answer: true, score: true },
        orderBy: { answeredAt: "asc" },
      },
    },
  });
  if (!attempt || !ownsStudyRecord(user, attempt)) throw new HttpError(404, NOT_FOUND);
  return attempt;
}

type OwnAttempt = Awaited<ReturnType<typeof loadOwnAttempt>>;

function visibility(attempt: OwnAttempt, status: AttemptStatus, now: Date): boolean {
  return isFeedbackVisible({
    kind: attempt.kind,
    feedbackPolicy: attempt.assignment?.feedbackPolicy,
    attemptFinished: status !== "in-progress",
    dueAt: dueFor(attempt.assignment),
    now,
  });
}

/** The attempt as the quiz page needs it, without keys. 404 if it is not the user's. */
export async function loadAttemptForStudent(
  db: Database,
  user: Actor,
  attemptId: string,
  now = new Date(),
): Promise<AttemptView> {
  const attempt = await loadOwnAttempt(db, user, attemptId);
  const deadline = deadlineFor(attempt, attempt.assignment);
  const status = await expireIfOverdue(db, attempt, deadline, now);
  const visible = visibility(attempt, status, now);
  const withheld = visible ? await loadWithheldQuestions(db, user.id, now, { exceptAttemptId: attempt.id }) : NOTHING_WITHHELD;
  const { questions, missing } = await resolveQuestions(db, attempt.questionIds);
  const shuffleSeed =
    attempt.assignment && !attempt.assignment.shuffleOptions ? `assignment:${attempt.assignment.id}` : `${attempt.id}:${attempt.seed}`;
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answered: Record<string, AnsweredItem> = {};
  for (const r of attempt.responses) {
    const question = byId.get(r.questionId);
    if (!question) continue;
    const response = parseStoredAnswer(r.answer);
    answered[r.questionId] = {
      clientResponseId: r.clientResponseId,
      response,
      feedback: visible && !withheld.ids.has(r.questionId) ? regrade(question, response) : null,
    };
  }
  const heldBack = visible ? questions.filter((q) => withheld.ids.has(q.id)).length : 0;
  return {
    id: attempt.id,
    kind: toKind(attempt.kind),
    status,
    title: titleOf(attempt.setDefinition, attempt.assignment?.title),
    assignment: assignmentInfo(attempt.assignment),
    deadlineAt: deadline?.toISOString() ?? null,
    questions: questions.map((q) => toPublicQuestion(q, shuffleSeed)),
    answered,
    feedbackVisible: visible,
    notice: joinNotices(missingNotice(missing), leftOutNotice(leftOutOf(attempt.setDefinition)), heldBackNotice(heldBack)),
  };
}

function summarize(
  attempt: OwnAttempt,
  resolved: { questions: Question[]; missing: number },
  status: AttemptStatus,
  now: Date,
  withheld: WithheldQuestions,
): AttemptSummary {
  const visible = visibility(attempt, status, now);
  const { questions, missing } = resolved;
  const responses = new Map(attempt.responses.map((r) => [r.questionId, r]));
  const categories = new Map(
    QUESTION_CATEGORIES.map((c) => [c, { category: c as QuestionCategory, answered: 0, total: 0, score: 0 }]),
  );
  const missed: MissedItem[] = [];
  let score = 0;
  let answeredCount = 0;
  let scoredCount = 0;
  let heldBack = 0;
  for (const q of questions) {
    const r = responses.get(q.id);
    if (r) answeredCount++;
    // Held back by an assignment: counted as answered, but no score, key or explanation.
    if (visible && withheld.ids.has(q.id)) {
      heldBack++;
      continue;
    }
    const row = categories.get(q.category)!;
    row.total++;
    if (r) {
      row.answered++;
      row.score += r.score;
      score += r.score;
      scoredCount++;
    }
    const isMissed = r ? r.score < 1 : status !== "in-progress";
    if (isMissed && visible) {
      const feedback = r ? regrade(q, parseStoredAnswer(r.answer)) : null;
      missed.push({
        questionId: q.id,
        prompt: q.prompt,
        correctAnswer: feedback?.correctAnswer ?? keyText(q),
        explanation: q.explanation,
        sources: q.sources,
        answered: Boolean(r),
        score: r?.score ?? 0,
      });
    }
  }
  const policy = attempt.assignment?.feedbackPolicy;
  const due = dueFor(attempt.assignment);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    attemptId: attempt.id,
    title: titleOf(attempt.setDefinition, attempt.assignment?.title),
    kind: toKind(attempt.kind),
    status,
    feedbackVisible: visible,
    feedbackAvailableAt: !visible && policy === "after-due" && due ? due.toISOString() : null,
    assignment: assignmentInfo(attempt.assignment),
    score: visible ? round(score) : 0,
    maxScore: visible ? scoredCount : 0,
    answered: answeredCount,
    total: questions.length,
    byCategory: [...categories.values()]
      .filter((c) => c.total > 0)
      .map((c) => ({ ...c, score: visible ? round(c.score) : 0 })),
    missed,
    heldBack,
    notice: joinNotices(missingNotice(missing), leftOutNotice(leftOutOf(attempt.setDefinition)), heldBackNotice(heldBack)),
  };
}

/** What an attempt's results may show besides its own policy: nothing an assignment holds back. */
async function withheldFor(db: Database, user: Actor, attempt: OwnAttempt, status: AttemptStatus, now: Date) {
  if (!visibility(attempt, status, now)) return NOTHING_WITHHELD;
  return loadWithheldQuestions(db, user.id, now, { exceptAttemptId: attempt.id });
}

/** Score, per-category results and the missed questions (keys only while feedback is visible). */
export async function loadAttemptSummary(
  db: Database,
  user: Actor,
  attemptId: string,
  now = new Date(),
): Promise<AttemptSummary> {
  const attempt = await loadOwnAttempt(db, user, attemptId);
  const status = await expireIfOverdue(db, attempt, deadlineFor(attempt, attempt.assignment), now);
  const [resolved, withheld] = await Promise.all([
    resolveQuestions(db, attempt.questionIds),
    withheldFor(db, user, attempt, status, now),
  ]);
  return summarize(attempt, resolved, status, now, withheld);
}

/** Ends an attempt now (idempotent: a finished or expired attempt just returns its summary). */
export async function finishAttempt(
  db: Database,
  user: Actor,
  attemptId: string,
  now = new Date(),
): Promise<AttemptSummary> {
  const attempt = await loadOwnAttempt(db, user, attemptId);
  let status = await expireIfOverdue(db, attempt, deadlineFor(attempt, attempt.assignment), now);
  if (status === "in-progress") {
    await db.attempt.updateMany({
      where: { id: attempt.id, status: "in-progress" },
      data: { status: "finished", finishedAt: now },
    });
    const fresh = await db.attempt.findUnique({ where: { id: attempt.id }, select: { status: true } });
    status = toStatus(fresh?.status ?? "finished");
  }
  const [resolved, withheld] = await Promise.all([
    resolveQuestions(db, attempt.questionIds),
    withheldFor(db, user, attempt, status, now),
  ]);
  return summarize(attempt, resolved, status, now, withheld);
}

/** The newest attempt still running, for "continue where you left off". */
export async function latestUnfinishedAttempt(
  db: Database,
  userId: string,
  now = new Date(),
): Promise<UnfinishedAttempt | null> {
  const candidates = await db.attempt.findMany({
    where: { userId, status: "in-progress" },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: 5,
    select: {
      id: true,
      startedAt: true,
      deadlineAt: true,
      setDefinition: true,
      questionIds: true,
      assignment: { select: assignmentTimingSelect(userId) },
      _count: { select: { responses: true } },
    },
  });
  for (const a of candidates) {
    if (pastDeadline(deadlineFor(a, a.assignment), now)) continue;
    return {
      id: a.id,
      startedAt: a.startedAt,
      title: titleOf(a.setDefinition, a.assignment?.title),
      answered: a._count.responses,
      total: (await resolveQuestions(db, a.questionIds)).questions.length,
    };
  }
  return null;
}

// ---------------------------------------------------------------------------
// Submitting

/**
 * The feedback the student may see for one answer: none while the attempt's policy hides it, and
 * none for a question an assignment holds back (only then is the held-back query run).
 */
async function feedbackFor(
  db: Database,
  user: Actor,
  attempt: { id: string; kind: string; assignment: AssignmentTimingRow | null },
  questionId: string,
  status: AttemptStatus,
  now: Date,
  result: GradeResult | null,
): Promise<GradeResult | null> {
  const visible = isFeedbackVisible({
    kind: attempt.kind,
    feedbackPolicy: attempt.assignment?.feedbackPolicy,
    attemptFinished: status !== "in-progress",
    dueAt: dueFor(attempt.assignment),
    now,
  });
  if (!visible || !result) return null;
  const withheld = await loadWithheldQuestions(db, user.id, now, { exceptAttemptId: attempt.id });
  return withheld.ids.has(questionId) ? null : result;
}

/**
 * Records one answer. Idempotent: the same clientResponseId again returns the
 * stored result as "duplicate". See the module comment for the rules.
 */
export async function submitResponse(
  db: Database,
  user: Actor,
  attemptId: string,
  body: unknown,
  now = new Date(),
): Promise<SubmitResult> {
  const parsed = SubmitBodySchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "body";
    throw new HttpError(400, `Invalid answer (${field}: ${issue?.message ?? "invalid"}).`);
  }
  const input = parsed.data;

  // Raw SQL on the hot path: the same statements through Prisma's query builder cost about twice the CPU.
  const rows = await db.$queryRaw<HotAttemptRow[]>`
    SELECT "id", "userId", "kind", "status", "questionIds", "startedAt", "deadlineAt", "assignmentId"
    FROM "Attempt" WHERE "id" = ${attemptId}`;
  const attempt = rows[0] ? { ...rows[0], startedAt: toDate(rows[0].startedAt)!, deadlineAt: toDate(rows[0].deadlineAt) } : null;
  if (!attempt || !ownsStudyRecord(user, attempt)) throw new HttpError(404, NOT_FOUND);
  // Practice attempts (most answers) skip this read.
  const assignment = attempt.assignmentId
    ? await db.assignment.findUnique({
        where: { id: attempt.assignmentId },
        select: { ...assignmentTimingSelect(user.id), ...enrollmentSelect(user.id) },
      })
    : null;
  // Removed from the class mid-attempt: the attempt stays readable, but takes no more answers.
  if (assignment && !canTakeAssignment(user, assignment)) {
    throw new HttpError(403, "You are no longer in this assignment's class, so this answer was not recorded.");
  }
  const context = { id: attempt.id, kind: attempt.kind, assignment };

  const ids = parseQuestionIds(attempt.questionIds);
  // No query unless the attempt holds a teacher's question: bank-only answers cost what they did.
  const lookup = await questionLookupFor(db, ids);
  const total = ids.reduce((n, id) => (lookup(id) ? n + 1 : n), 0);

  /** The stored answer for this id, as a "duplicate" result; 409 when the id or question clash. */
  const replay = async (): Promise<SubmitResult | null> => {
    const existing = await db.response.findFirst({
      where: { attemptId, OR: [{ clientResponseId: input.clientResponseId }, { questionId: input.questionId }] },
      select: { clientResponseId: true, questionId: true, answer: true },
      orderBy: { answeredAt: "asc" },
    });
    if (!existing) return null;
    if (existing.clientResponseId !== input.clientResponseId) {
      throw new HttpError(409, "You already answered this question.");
    }
    if (existing.questionId !== input.questionId) {
      throw new HttpError(409, "This response id was already used for another question.");
    }
    const state = await db.attempt.findUnique({
      where: { id: attemptId },
      select: { status: true, _count: { select: { responses: true } } },
    });
    const status = toStatus(state?.status ?? attempt.status);
    const question = lookup(existing.questionId);
    const graded = question ? regrade(question, parseStoredAnswer(existing.answer)) : null;
    return {
      recorded: "duplicate",
      questionId: existing.questionId,
      feedback: await feedbackFor(db, user, context, existing.questionId, status, now, graded),
      progress: { answered: state?._count.responses ?? 0, total },
      attemptStatus: status,
    };
  };

  const deadline = deadlineFor(attempt, assignment);
  const check = canAcceptAnswer({ attempt: { status: attempt.status, deadlineAt: deadline }, now });
  if (!check.ok) {
    const duplicate = await replay();
    if (duplicate) return duplicate;
    if (check.expire) await expireIfOverdue(db, attempt, deadline, now);
    throw new HttpError(check.status, check.message);
  }

  if (!ids.includes(input.questionId)) throw new HttpError(400, "This question is not part of this attempt.");
  const question = lookup(input.questionId);
  if (!question) throw new HttpError(400, "This question is no longer in the question bank.");

  // A typed answer is normalised (NFC, trimmed) before grading, so what is stored is what was
  // graded, and one holding a control or text-direction character is refused with the field's
  // own message (lib/text/clean-text.ts) before anything is stored.
  let response = input.response;
  if (question.type === "typed") {
    const typed = ResponseSchemas.typed.safeParse(input.response);
    if (typed.success) response = typed.data;
    else if (typed.error.issues[0]?.code === "custom") throw new HttpError(400, typed.error.issues[0].message);
  }

  let result: GradeResult;
  try {
    result = grade(question, response);
  } catch (error) {
    if (error instanceof InvalidResponseError) throw new HttpError(400, error.message);
    throw error;
  }

  // One transaction: insert the response (a repeated id or question fails on the unique
  // constraints and rolls everything back), then bump the attempt's score and answer count
  // (maxScore: each question is worth 1) and finish it when this was the last question.
  let answered: number;
  let status: AttemptStatus;
  try {
    const [, updated] = await db.$transaction([
      db.$executeRaw`
        INSERT INTO "Response" ("id", "attemptId", "clientResponseId", "questionId", "answer", "score", "correct", "bankVersion", "answeredAt", "timeSpentMs")
        VALUES (${newRowId()}, ${attemptId}, ${input.clientResponseId}, ${input.questionId}, ${JSON.stringify(response)},
          ${result.score}, ${result.correct}, ${loadQuestionBank().version}, ${now}, ${input.timeSpentMs ?? null})`,
      db.$queryRaw<{ maxScore: number; status: string }[]>`
        UPDATE "Attempt" SET
          "score" = "score" + ${result.score},
          "maxScore" = "maxScore" + 1,
          "status" = CASE WHEN "maxScore" + 1 >= ${total} THEN 'finished' ELSE "status" END,
          "finishedAt" = CASE WHEN "maxScore" + 1 >= ${total} THEN ${now} ELSE "finishedAt" END
        WHERE "id" = ${attemptId} AND "status" = 'in-progress'
        RETURNING "maxScore", "status"`,
    ]);
    const row = updated[0];
    if (!row) {
      // Finished or expired by another request since the read above: take the answer back.
      await db.response.deleteMany({ where: { attemptId, clientResponseId: input.clientResponseId } });
      throw new HttpError(409, "This attempt is finished.");
    }
    answered = Math.round(Number(row.maxScore));
    status = toStatus(row.status);
  } catch (error) {
    if (isUniqueViolation(error)) {
      const duplicate = await replay();
      if (duplicate) return duplicate;
    }
    throw error;
  }

  await touchLastActive(db, user.id, now);
  return {
    recorded: "new",
    questionId: input.questionId,
    feedback: await feedbackFor(db, user, context, input.questionId, status, now, result),
    progress: { answered, total },
    attemptStatus: status,
  };
}
