/**
 * Students answering quizzes through the real app, for the durability runs (`npm run cluster:check`
 * and `npm run bench -- durability`). Each student signs up and signs in over HTTP and starts practice
 * quizzes with the set page's form; then all of them answer at once, each one question after another
 * with a pause to think, the way the quiz page sends answers (decision 007): every answer gets its own
 * clientResponseId, and after a network error or a 5xx the same answer goes again with the same id,
 * after a short wait. An answer is acknowledged when a 2xx came back. Afterwards the database says
 * what it stored, and the two lists are compared: an acknowledged answer missing from the database is
 * lost; two rows for one answer are a duplicate.
 */
import { randomBytes } from "node:crypto";
import { createPrismaClient } from "../../../lib/db/create-client";
import { sampleResponse } from "../../../lib/questions/sample-response";
import type { Question, QuestionBank } from "../../../lib/questions/types";
import { parseForms, WebClient, type Page } from "./web-client";

export const LOAD_PASSWORD = "load-test-password-2012";

export interface PlannedAnswer {
  attemptId: string;
  questionId: string;
  clientResponseId: string;
  body: string;
}

export interface LoadStudent {
  email: string;
  client: WebClient;
  answers: PlannedAnswer[];
}

/** A form of `page` that has every one of `fieldNames`; throws with the page's start when there is none. */
export function formWith(page: Page, fieldNames: string[]) {
  const form = parseForms(page.html).find((f) => fieldNames.every((name) => f.names.has(name)));
  if (!form) throw new Error(`${page.path} (${page.status}) has no form with ${fieldNames.join(", ")}: ${page.html.slice(0, 300)}`);
  return form;
}

/** The sign-up form, filled in and sent. Throws unless the account exists afterwards (the sign-in proves it). */
export async function signUp(
  client: WebClient,
  account: { name: string; email: string; password: string; role?: "student" | "teacher"; teacherCode?: string },
): Promise<{ form: Page; result: Page }> {
  const form = await client.get("/sign-up");
  const result = await client.submit(form, formWith(form, ["name", "email", "password"]), {
    name: account.name,
    email: account.email,
    password: account.password,
    role: account.role ?? "student",
    ...(account.teacherCode ? { teacherCode: account.teacherCode } : {}),
  });
  if (result.status !== 200) throw new Error(`signing up ${account.email}: POST /sign-up answered ${result.status}: ${result.html.slice(0, 200)}`);
  await client.signIn(account.email, account.password);
  return { form, result };
}

/** The first study set linked from the student's home page. */
export async function firstStudySetPath(client: WebClient): Promise<string> {
  const home = await client.get("/student");
  const link = /href="(\/student\/sets\/[^"?#]+)"/.exec(home.html);
  if (home.status !== 200 || !link) throw new Error(`GET /student (${home.status}) links to no study set`);
  return link[1]!;
}

/** Starts a practice quiz with the set page's form; returns the attempt id from the redirect to the quiz. */
export async function startPracticeQuiz(
  client: WebClient,
  setPath: string,
  choices: Record<string, string> = {},
): Promise<{ attemptId: string; form: Page; result: Page }> {
  const form = await client.get(setPath);
  const result = await client.submit(form, formWith(form, ["length", "scope"]), choices);
  const attemptId = /^\/student\/quiz\/([^/?]+)/.exec(result.location ?? "")?.[1];
  if (result.status !== 303 || !attemptId) {
    throw new Error(`starting a quiz on ${setPath}: ${result.status} to ${result.location ?? "nowhere"}: ${result.html.slice(0, 200)}`);
  }
  return { attemptId: decodeURIComponent(attemptId), form, result };
}

/** Questions of an attempt, in order, as the server chose them. */
async function attemptQuestions(databaseUrl: string, bank: QuestionBank, attemptIds: string[]): Promise<Map<string, Question[]>> {
  const db = createPrismaClient(databaseUrl);
  try {
    const byId = new Map(bank.questions.map((q) => [q.id, q]));
    const rows = await db.attempt.findMany({ where: { id: { in: attemptIds } }, select: { id: true, questionIds: true } });
    return new Map(rows.map((row) => [row.id, (JSON.parse(row.questionIds) as string[]).map((id) => byId.get(id)!).filter(Boolean)]));
  } finally {
    await db.$disconnect();
  }
}

async function inBatches<T>(items: T[], concurrency: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, index);
    }
  });
  await Promise.all(workers);
}

/**
 * `count` students, each signed up and signed in over HTTP, with practice quizzes (20 questions from
 * the whole first set) started until they hold `answersEach` questions to answer.
 */
export async function prepareStudents(options: {
  baseUrl: string;
  databaseUrl: string;
  bank: QuestionBank;
  count: number;
  answersEach: number;
  /** Students prepared at once (sign-up hashes a password: CPU-bound on the server). */
  concurrency?: number;
}): Promise<LoadStudent[]> {
  const run = randomBytes(3).toString("hex");
  const students: { email: string; client: WebClient; attemptIds: string[] }[] = [];
  let setPath = "";
  await inBatches(
    Array.from({ length: options.count }, (_, n) => n),
    options.concurrency ?? 4,
    async (n) => {
      const client = new WebClient(options.baseUrl);
      const email = `load-${run}-${n + 1}@example.com`;
      await signUp(client, { name: `Load student ${n + 1}`, email, password: LOAD_PASSWORD });
      setPath ||= await firstStudySetPath(client);
      const attemptIds: string[] = [];
      // Quizzes of 20; the number needed is known only once the server has picked their questions.
      for (let planned = 0; planned < options.answersEach; planned += 20) {
        attemptIds.push((await startPracticeQuiz(client, setPath, { length: "20", scope: "all" })).attemptId);
      }
      students[n] = { email, client, attemptIds };
    },
  );
  const questions = await attemptQuestions(options.databaseUrl, options.bank, students.flatMap((s) => s.attemptIds));
  return students.map(({ email, client, attemptIds }) => {
    const answers = attemptIds
      .flatMap((attemptId) => (questions.get(attemptId) ?? []).map((question) => ({ attemptId, question })))
      .slice(0, options.answersEach)
      .map(({ attemptId, question }) => {
        const clientResponseId = randomBytes(16).toString("hex");
        const body = JSON.stringify({ clientResponseId, questionId: question.id, response: sampleResponse(question), timeSpentMs: 4000 });
        return { attemptId, questionId: question.id, clientResponseId, body };
      });
    if (answers.length < options.answersEach) throw new Error(`${email} got only ${answers.length} questions to answer`);
    return { email, client, answers };
  });
}

export interface AnswerRun {
  planned: number;
  acknowledged: number;
  /** Answers the client stopped sending without an acknowledgement (a 4xx, or no 2xx within the give-up time). */
  abandoned: number;
  /** Sends that failed (connection error, 502, 5xx) and were sent again. */
  resent: number;
  /** 2xx replies that said the answer was already stored: a resend of one that had arrived. */
  duplicateReplies: number;
  /** Failed sends by what came back ("502", "connection error", …). */
  failures: Record<string, number>;
  /** The first few failed replies (status, instance, body), to tell a 502 from the balancer from an app error. */
  failureSamples: string[];
  seconds: number;
  acknowledgedIds: Set<string>;
}

/**
 * All students answer at once, each at about one answer every `students / answersPerSecond` seconds
 * (give or take half), so the run lasts long enough for an instance to be killed and started again
 * in the middle of it. `onAcknowledged` hears the running count.
 */
export async function answerAll(
  students: LoadStudent[],
  options: { answersPerSecond: number; giveUpAfterMs?: number; onAcknowledged?: (count: number) => void },
): Promise<AnswerRun> {
  const run: AnswerRun = {
    planned: students.reduce((sum, s) => sum + s.answers.length, 0),
    acknowledged: 0,
    abandoned: 0,
    resent: 0,
    duplicateReplies: 0,
    failures: {},
    failureSamples: [],
    seconds: 0,
    acknowledgedIds: new Set(),
  };
  const thinkMs = (students.length / options.answersPerSecond) * 1000;
  const giveUpAfterMs = options.giveUpAfterMs ?? 120_000;
  const started = performance.now();
  const fail = (reason: string) => {
    run.failures[reason] = (run.failures[reason] ?? 0) + 1;
  };

  await Promise.all(
    students.map(async (student) => {
      // Spread the students' first answers over one think time.
      await sleep(Math.random() * thinkMs);
      for (const answer of student.answers) {
        const firstTry = Date.now();
        for (let attempt = 0; ; attempt++) {
          let status: number | null = null;
          let recorded: unknown = null;
          try {
            const reply = await student.client.send("POST", `/api/attempts/${answer.attemptId}/responses`, {
              body: answer.body,
              headers: { "content-type": "application/json" },
            });
            status = reply.status;
            if (status >= 200 && status < 300) recorded = (JSON.parse(reply.html) as { recorded?: unknown }).recorded;
            else if (run.failureSamples.length < 5) {
              const text = reply.html.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
              run.failureSamples.push(`${status} from ${reply.upstream ?? "the server"}: ${text.slice(0, 160)}`);
            }
          } catch (error) {
            fail(`connection error (${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message})`);
          }
          if (status !== null && status >= 200 && status < 300) {
            run.acknowledged++;
            run.acknowledgedIds.add(answer.clientResponseId);
            if (recorded === "duplicate") run.duplicateReplies++;
            options.onAcknowledged?.(run.acknowledged);
            break;
          }
          if (status !== null) fail(String(status));
          const retryable = status === null || status >= 500;
          if (!retryable || Date.now() - firstTry > giveUpAfterMs) {
            run.abandoned++;
            break;
          }
          run.resent++;
          // The quiz page waits 1 s, 2 s, 4 s …; a load test waits less, but still backs off.
          await sleep(Math.min(2000, 100 * 2 ** attempt));
        }
        await sleep(thinkMs * (0.5 + Math.random()));
      }
    }),
  );
  run.seconds = (performance.now() - started) / 1000;
  return run;
}

export interface StoredComparison {
  acknowledged: number;
  stored: number;
  /** Acknowledged, and not in the database. */
  lost: number;
  /** Rows beyond the first for one answer (one clientResponseId, or one question of one attempt). */
  duplicated: number;
  /** In the database though the client never got a 2xx for it (its last send died with the server). */
  storedUnacknowledged: number;
}

/** What the database holds for the run's answers, against what the client was told. */
export async function compareWithStored(databaseUrl: string, students: LoadStudent[], run: AnswerRun): Promise<StoredComparison> {
  const planned = students.flatMap((s) => s.answers);
  const plannedIds = new Set(planned.map((a) => a.clientResponseId));
  const db = createPrismaClient(databaseUrl);
  try {
    const rows = await db.response.findMany({
      where: { attemptId: { in: [...new Set(planned.map((a) => a.attemptId))] } },
      select: { attemptId: true, questionId: true, clientResponseId: true },
    });
    const mine = rows.filter((row) => plannedIds.has(row.clientResponseId));
    const storedIds = new Set(mine.map((row) => row.clientResponseId));
    const slots = new Set(rows.map((row) => `${row.attemptId} ${row.questionId}`));
    const duplicated = Math.max(mine.length - storedIds.size, rows.length - slots.size);
    return {
      acknowledged: run.acknowledged,
      stored: storedIds.size,
      lost: [...run.acknowledgedIds].filter((id) => !storedIds.has(id)).length,
      duplicated,
      storedUnacknowledged: [...storedIds].filter((id) => !run.acknowledgedIds.has(id)).length,
    };
  } finally {
    await db.$disconnect();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
