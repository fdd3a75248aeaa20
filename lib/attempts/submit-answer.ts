/**
 * Recording one answer: graded on the server, stored once (idempotent on the client's response
 * id), the attempt's score and answer count moved in the same transaction, which finishes the
 * attempt on its last question. The rules every attempt operation keeps: attempt-record.ts.
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
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { HttpError, isUniqueViolation } from "../errors";
import { parseBodyOr400 } from "../http/parse-body";
import { canTakeAssignment, ownsStudyRecord, type Actor } from "../auth/policy";
import type { Database } from "../db/create-client";
import { ClientAnswerIdSchema, gradeSubmission } from "../questions/grade-submission";
import { questionLookupFor } from "../curation/question-source";
import { loadQuestionBank } from "../questions/load-bank";
import type { GradeResult } from "../questions/types";
import {
  ATTEMPT_NOT_FOUND,
  expireIfOverdue,
  parseQuestionIds,
  regradeStored,
  toStatus,
} from "./attempt-record";
import { canAcceptAnswer, type AttemptStatus } from "./attempt-rules";
import {
  assignmentTimingSelect,
  deadlineFor,
  enrollmentSelect,
  feedbackVisibleFor,
  type AssignmentTimingRow,
} from "./attempt-timing";
import { loadWithheldQuestions } from "./withheld-questions";

export const SubmitBodySchema = z.object({
  clientResponseId: ClientAnswerIdSchema,
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
  if (!feedbackVisibleFor(attempt, status, now) || !result) return null;
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
  const input = parseBodyOr400(SubmitBodySchema, body, "Invalid answer");

  // Raw SQL on the hot path: the same statements through Prisma's query builder cost about twice the CPU.
  const rows = await db.$queryRaw<HotAttemptRow[]>`
    SELECT "id", "userId", "kind", "status", "questionIds", "startedAt", "deadlineAt", "assignmentId"
    FROM "Attempt" WHERE "id" = ${attemptId}`;
  const attempt = rows[0] ? { ...rows[0], startedAt: toDate(rows[0].startedAt)!, deadlineAt: toDate(rows[0].deadlineAt) } : null;
  if (!attempt || !ownsStudyRecord(user, attempt)) throw new HttpError(404, ATTEMPT_NOT_FOUND);
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
    const graded = question ? regradeStored(question, existing.answer) : null;
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

  const { response, result } = gradeSubmission(question, input.response);

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
