/**
 * Demo assignments with realistic answers, so the teacher dashboards have
 * something to show on the quick start: one assignment past its due date
 * (most students done, a few never started, one with an extension, two with a
 * second attempt) and one open now (some done, one in progress).
 *
 * Only students 6-20 answer: the browser tests use students 1-5 as "has not
 * started" and 21-30 as fresh accounts. Written with createMany (a few hundred
 * rows), well under a second.
 */
import { randomBytes } from "node:crypto";
import { loadKnowledgeBase } from "../content/load-knowledge-base";
import { selectQuestions } from "../attempts/select-questions";
import type { QuizRequest } from "../attempts/quiz-request";
import type { Database } from "../db/create-client";
import type { Prisma } from "../generated/sqlite/client";
import { generateQuestionBank } from "../questions/bank";
import type { Question, QuestionBank } from "../questions/types";
import {
  hashSeed,
  itemDifficulty,
  probabilityCorrect,
  seededFloats,
  simulateAnswer,
  typedAnswerPool,
} from "./simulate-answers";

const DAY = 86_400_000;
const MINUTE = 60_000;

export const DEMO_ASSIGNMENTS = [
  { title: "Battle of Maarat al-Numan: the October 2012 offensive", setId: "battle-of-maarat-al-numan-2012" },
  { title: "The siege of Wadi Deif", setId: "siege-of-wadi-deif" },
] as const;

const newId = () => `d${randomBytes(12).toString("hex")}`;

interface Student {
  id: string;
  n: number;
}

type AttemptRow = Prisma.AttemptCreateManyInput;
type ResponseRow = Prisma.ResponseCreateManyInput;

function ability(n: number): number {
  const random = seededFloats(hashSeed(`demo-ability-${n}`));
  return (random() + random() + random() - 1.5) * 1.8 + 0.7;
}

function buildAttempt(input: {
  student: Student;
  assignmentId: string;
  request: QuizRequest;
  title: string;
  questions: Question[];
  bank: QuestionBank;
  pool: string[];
  startedAt: Date;
  deadlineAt: Date;
  /** How many questions get answered (all: finished). */
  answerCount: number;
  attemptNo: number;
  /** Extra ability on a later attempt (feedback seen). */
  boost: number;
}): { attempt: AttemptRow; responses: ResponseRow[]; endedAt: Date } {
  const { student, questions } = input;
  const random = seededFloats(hashSeed(`demo-${input.assignmentId}-${student.n}-${input.attemptNo}`));
  const order = [...questions].sort((a, b) => hashSeed(`${student.n}:${a.id}`) - hashSeed(`${student.n}:${b.id}`));
  const attemptId = newId();
  const responses: ResponseRow[] = [];
  let at = input.startedAt.getTime();
  let score = 0;
  for (const question of order.slice(0, input.answerCount)) {
    const p = probabilityCorrect(ability(student.n) + input.boost, itemDifficulty(question));
    const answer = simulateAnswer(question, p, random, input.pool);
    const spent = Math.round((25 + random() * 70) * 1000);
    at += spent + 3000;
    score += answer.score;
    responses.push({
      id: newId(),
      attemptId,
      clientResponseId: randomBytes(10).toString("hex"),
      questionId: question.id,
      answer: JSON.stringify(answer.response),
      score: answer.score,
      correct: answer.correct,
      bankVersion: input.bank.version,
      answeredAt: new Date(at),
      timeSpentMs: spent,
    });
  }
  const finished = input.answerCount >= order.length;
  const endedAt = new Date(at + 5000);
  return {
    attempt: {
      id: attemptId,
      userId: student.id,
      assignmentId: input.assignmentId,
      kind: "assignment",
      setDefinition: JSON.stringify({ ...input.request, title: input.title }),
      questionIds: JSON.stringify(order.map((q) => q.id)),
      seed: hashSeed(attemptId) % 1_000_000,
      bankVersion: input.bank.version,
      startedAt: input.startedAt,
      deadlineAt: input.deadlineAt,
      finishedAt: finished ? endedAt : null,
      status: finished ? "finished" : "in-progress",
      score,
      maxScore: responses.length,
    },
    responses,
    endedAt,
  };
}

export async function seedDemoAssignments(
  db: Database,
  input: { classId: string; students: Student[]; now?: Date },
): Promise<void> {
  const now = input.now ?? new Date();
  const bank = generateQuestionBank(loadKnowledgeBase());
  const pool = typedAnswerPool(bank.questions);
  const attempts: AttemptRow[] = [];
  const responses: ResponseRow[] = [];
  const lastActive = new Map<string, Date>();
  const byNumber = new Map(input.students.map((s) => [s.n, s]));
  const take = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => byNumber.get(from + i)).filter((s): s is Student => !!s);

  const push = (built: ReturnType<typeof buildAttempt>) => {
    attempts.push(built.attempt);
    responses.push(...built.responses);
    const seen = lastActive.get(built.attempt.userId);
    if (!seen || seen < built.endedAt) lastActive.set(built.attempt.userId, built.endedAt);
  };

  /** One demo assignment to the class, with the questions every student of it is given. */
  const createAssignment = async (
    demo: (typeof DEMO_ASSIGNMENTS)[number],
    length: number,
    rules: { opensAt: Date; dueAt: Date; timeZone: string; attemptLimit: number; feedbackPolicy: string },
  ) => {
    const request: QuizRequest = { setId: demo.setId, length };
    const assignment = await db.assignment.create({
      data: { classId: input.classId, title: demo.title, setDefinition: JSON.stringify(request), ...rules, bankVersion: bank.version },
    });
    return { assignmentId: assignment.id, request, questions: selectQuestions(bank, request, `assignment:${assignment.id}`) };
  };

  // 1. Past due: opened 20 days ago, due 6 days ago; two attempts allowed.
  {
    const { title } = DEMO_ASSIGNMENTS[0];
    const opensAt = new Date(now.getTime() - 20 * DAY);
    const dueAt = new Date(now.getTime() - 6 * DAY);
    const { assignmentId, request, questions } = await createAssignment(DEMO_ASSIGNMENTS[0], 10, {
      opensAt,
      dueAt,
      timeZone: "Asia/Damascus",
      attemptLimit: 2,
      feedbackPolicy: "after-attempt",
    });
    const extended = byNumber.get(19);
    const extendedDue = new Date(dueAt.getTime() + 3 * DAY);
    if (extended) {
      await db.assignmentExtension.create({
        data: { assignmentId, studentId: extended.id, dueAt: extendedDue },
      });
    }
    for (const student of take(6, 20)) {
      const isExtended = student.n === 19;
      const startedAt = isExtended
        ? new Date(dueAt.getTime() + 1 * DAY + 2 * 3_600_000)
        : new Date(opensAt.getTime() + ((student.n * 37) % 12) * DAY + ((student.n * 53) % 600) * MINUTE);
      const common = { student, assignmentId, request, title, questions, bank, pool };
      const first = buildAttempt({
        ...common,
        startedAt,
        deadlineAt: isExtended ? extendedDue : dueAt,
        answerCount: questions.length,
        attemptNo: 1,
        boost: 0,
      });
      push(first);
      if (student.n === 7 || student.n === 12) {
        push(
          buildAttempt({
            ...common,
            startedAt: new Date(first.endedAt.getTime() + 2 * DAY),
            deadlineAt: dueAt,
            answerCount: questions.length,
            attemptNo: 2,
            boost: 0.8,
          }),
        );
      }
    }
  }

  // 2. Open now: opened 3 days ago, due in 4 days.
  {
    const { title } = DEMO_ASSIGNMENTS[1];
    const opensAt = new Date(now.getTime() - 3 * DAY);
    const dueAt = new Date(now.getTime() + 4 * DAY);
    const { assignmentId, request, questions } = await createAssignment(DEMO_ASSIGNMENTS[1], 8, {
      opensAt,
      dueAt,
      timeZone: "Europe/London",
      attemptLimit: 1,
      feedbackPolicy: "immediately",
    });
    for (const student of take(8, 17)) {
      const startedAt = new Date(opensAt.getTime() + ((student.n * 29) % 60) * 60 * MINUTE);
      push(
        buildAttempt({
          student,
          assignmentId,
          request,
          title,
          questions,
          bank,
          pool,
          startedAt,
          deadlineAt: dueAt,
          answerCount: student.n === 17 ? 3 : questions.length,
          attemptNo: 1,
          boost: 0,
        }),
      );
    }
  }

  await db.attempt.createMany({ data: attempts });
  await db.response.createMany({ data: responses });
  await db.$transaction(
    [...lastActive].map(([id, at]) => db.user.update({ where: { id }, data: { lastActiveAt: at }, select: { id: true } })),
  );
}
