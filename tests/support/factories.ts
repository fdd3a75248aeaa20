/**
 * Records for tests, with defaults: each call makes a new, valid record (unique emails and
 * names from a counter), and a test names only what it is about.
 *
 * These live with the tests, not in lib/demo/factories.ts: the demo seed must make the same
 * accounts and classes every time, so its builders take every value and invent none. These
 * build on them (createUser, createClass, enrollStudents), so both make records the same way.
 * Answers are real: a bank question, answered as the quiz client would send it, scored by the
 * app's grader.
 */
import type { Role } from "../../lib/auth/roles";
import type { Database } from "../../lib/db/create-client";
import { createClass, createUser, enrollStudents } from "../../lib/demo/factories";
import { simulateAnswer } from "../../lib/demo/simulate-answers";
import { grade } from "../../lib/questions/grade";
import { findQuestion, loadQuestionBank } from "../../lib/questions/load-bank";
import type { Question } from "../../lib/questions/types";

const DAY = 24 * 60 * 60 * 1000;
let counter = 0;
const nextNumber = () => ++counter;

/** A study set with core questions of every category. */
export const FACTORY_SET_ID = "taftanaz-airbase";

export interface TestActor<R extends Role = Role> {
  id: string;
  role: R;
  email: string;
  name: string;
}

/**
 * A user with a unique email. The password hash is a placeholder (argon2 is slow on purpose):
 * pass `password` for someone who signs in.
 */
export async function createTestUser<R extends Role>(
  db: Database,
  role: R,
  overrides: { name?: string; email?: string; password?: string; newCardsPerDay?: number } = {},
): Promise<TestActor<R>> {
  const n = nextNumber();
  const name = overrides.name ?? `${role === "teacher" ? "Teacher" : "Student"} ${n}`;
  const user = await createUser(db, {
    email: overrides.email ?? `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${n}@school.example`,
    name,
    role,
    ...(overrides.password ? { password: overrides.password } : { passwordHash: "not-a-real-hash" }),
    newCardsPerDay: overrides.newCardsPerDay,
  });
  return { id: user.id, role, email: user.email, name: user.name };
}

export const createTestStudent = (db: Database, overrides?: Parameters<typeof createTestUser>[2]) =>
  createTestUser(db, "student", overrides);
export const createTestTeacher = (db: Database, overrides?: Parameters<typeof createTestUser>[2]) =>
  createTestUser(db, "teacher", overrides);

/** A class (of a new teacher unless `teacherId` is given) with `students` enrolled. */
export async function createTestClass(
  db: Database,
  overrides: { teacherId?: string; name?: string; joinCode?: string; students?: readonly { id: string }[] } = {},
) {
  const teacherId = overrides.teacherId ?? (await createTestTeacher(db)).id;
  const klass = await createClass(db, {
    teacherId,
    name: overrides.name ?? `Class ${nextNumber()}`,
    joinCode: overrides.joinCode,
  });
  if (overrides.students?.length) await enrollStudents(db, klass.id, overrides.students.map((student) => student.id));
  return klass;
}

/** An assignment that opened a day before `now` and is due a week after, drawn from the current bank. */
export async function createTestAssignment(
  db: Database,
  classId: string,
  overrides: {
    title?: string;
    setDefinition?: Record<string, unknown>;
    now?: Date;
    opensAt?: Date;
    dueAt?: Date;
    attemptLimit?: number | null;
    /** "immediately", "after-attempt" or "after-due". */
    feedbackPolicy?: string;
  } = {},
) {
  const now = overrides.now ?? new Date();
  return db.assignment.create({
    data: {
      classId,
      title: overrides.title ?? `Assignment ${nextNumber()}`,
      setDefinition: JSON.stringify(overrides.setDefinition ?? { setId: FACTORY_SET_ID, length: 10 }),
      opensAt: overrides.opensAt ?? new Date(now.getTime() - DAY),
      dueAt: overrides.dueAt ?? new Date(now.getTime() + 7 * DAY),
      attemptLimit: overrides.attemptLimit ?? null,
      feedbackPolicy: overrides.feedbackPolicy ?? "immediately",
      bankVersion: loadQuestionBank().version,
    },
  });
}

/**
 * A practice attempt (or, with `assignmentId`, an assignment attempt) of real bank questions,
 * written directly: for a past or finished attempt that the app would no longer start.
 */
export async function createTestAttempt(
  db: Database,
  userId: string,
  overrides: {
    questionIds?: readonly string[];
    assignmentId?: string;
    title?: string;
    startedAt?: Date;
    finishedAt?: Date | null;
  } = {},
) {
  const questionIds = overrides.questionIds ?? [loadQuestionBank().questions[0]!.id];
  const finishedAt = overrides.finishedAt ?? null;
  return db.attempt.create({
    data: {
      userId,
      kind: overrides.assignmentId ? "assignment" : "practice",
      assignmentId: overrides.assignmentId ?? null,
      setDefinition: JSON.stringify({ questionIds, length: questionIds.length, title: overrides.title ?? "Practice" }),
      questionIds: JSON.stringify(questionIds),
      seed: nextNumber(),
      bankVersion: loadQuestionBank().version,
      startedAt: overrides.startedAt ?? new Date(),
      status: finishedAt ? "finished" : "in-progress",
      finishedAt,
    },
  });
}

/** The response a student would send to answer `question` right (or wrong), as the quiz client sends it. */
export function answerTo(question: Question, { right }: { right: boolean }): unknown {
  // simulateAnswer with certainty (1 or 0) and a fixed draw: the key itself, or the commonest mistake.
  return simulateAnswer(question, right ? 1 : 0, () => 0).response;
}

/**
 * One answer in an attempt, scored by the app's grader. `response` is the raw answer; without it
 * the answer is right (or wrong, with `right: false`). The attempt's score is left as it was:
 * tests that read scores from attempts record answers through the app (submitResponse).
 */
export async function createTestResponse(
  db: Database,
  attemptId: string,
  questionId: string,
  overrides: { right?: boolean; response?: unknown; answeredAt?: Date; timeSpentMs?: number; clientResponseId?: string } = {},
) {
  const question = findQuestion(questionId);
  if (!question) throw new Error(`No question ${questionId} in the bank.`);
  const response = overrides.response ?? answerTo(question, { right: overrides.right ?? true });
  const graded = grade(question, response);
  return db.response.create({
    data: {
      attemptId,
      clientResponseId: overrides.clientResponseId ?? `response-${nextNumber()}`,
      questionId,
      answer: JSON.stringify(response),
      score: graded.score,
      correct: graded.correct,
      bankVersion: loadQuestionBank().version,
      answeredAt: overrides.answeredAt ?? new Date(),
      timeSpentMs: overrides.timeSpentMs ?? null,
    },
  });
}
