/**
 * Submitting an answer, on SQLite, against the production server.
 * 1. A class at work: 300 students, answers sent open-loop at 150 per second;
 *    budget p95 < 50 ms.
 * 2. Saturation: as many answers as the server takes with 64 connections,
 *    compared in the same run with a bare Node HTTP server that parses the
 *    same JSON and does one SQLite insert; budget at least a third of it.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadKnowledgeBase } from "../../lib/content/load-knowledge-base";
import { generateQuestionBank } from "../../lib/questions/bank";
import { ms, type SuiteResult } from "./report";
import { startAppServer, stopChild, waitForHttp } from "./support/app-server";
import { sampleResponse } from "../../lib/questions/sample-response";
import { createBenchStudents, type BenchStudent } from "./support/bench-students";
import { openLoop, saturate, type PlannedRequest } from "./support/load";

const STUDENTS = 300;
const CLASS_RATE = 150;
const CLASS_SECONDS = 20;
const SATURATION_SECONDS = Number(process.env.BENCH_SATURATION_SECONDS ?? 10);
const CONNECTIONS = 64;
const P95_BUDGET_MS = 50;
const SHARE_OF_BARE = 1 / 3;

/**
 * Every (attempt, question) slot, interleaved across students so load spreads like a class.
 * The app gets each slot once (a repeat would be a cheap idempotent replay); the bare server,
 * which checks nothing, cycles through them. Every request carries a new client response id.
 */
function answerStream(students: BenchStudent[], { cycle = false } = {}): () => PlannedRequest {
  const slots: { path: string; cookie: string; questionId: string; response: unknown }[] = [];
  const maxQuestions = Math.max(...students.flatMap((s) => s.attempts.map((a) => a.questions.length)));
  const maxAttempts = Math.max(...students.map((s) => s.attempts.length));
  for (let a = 0; a < maxAttempts; a++) {
    for (let q = 0; q < maxQuestions; q++) {
      for (const student of students) {
        const attempt = student.attempts[a];
        const question = attempt?.questions[q];
        if (!attempt || !question) continue;
        slots.push({ path: `/api/attempts/${attempt.id}/responses`, cookie: student.cookie, questionId: question.id, response: sampleResponse(question) });
      }
    }
  }
  let next = 0;
  return () => {
    if (!cycle && next >= slots.length) throw new Error("the benchmark ran out of unanswered questions; add attempts");
    const slot = slots[next++ % slots.length]!;
    const body = { clientResponseId: randomBytes(12).toString("hex"), questionId: slot.questionId, response: slot.response, timeSpentMs: 4000 };
    return { path: slot.path, cookie: slot.cookie, body: JSON.stringify(body) };
  };
}

export async function submitAnswersSuite(): Promise<SuiteResult> {
  const bank = generateQuestionBank(loadKnowledgeBase());
  const app = await startAppServer(3201);
  const bareDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-bare-"));
  const bare = spawn(process.execPath, [path.join(import.meta.dirname, "support", "bare-sqlite-server.mjs"), "3202", path.join(bareDir, "bare.db")], {
    stdio: "inherit",
  });
  try {
    await waitForHttp("http://127.0.0.1:3202/", 10_000, bare);
    const students = await createBenchStudents({
      databaseUrl: app.databaseUrl,
      secret: app.authSecret,
      bank,
      count: STUDENTS,
      attemptsEach: 4,
      questionsEach: 50,
    });
    const nextAnswer = answerStream(students);

    // Warm-up: JIT, connection pools, the question bank.
    await openLoop(app.baseUrl, Array.from({ length: 300 }, nextAnswer), 100, STUDENTS);
    const classRun = await openLoop(app.baseUrl, Array.from({ length: CLASS_RATE * CLASS_SECONDS }, nextAnswer), CLASS_RATE, STUDENTS);
    const appSaturation = await saturate(app.baseUrl, nextAnswer, CONNECTIONS, SATURATION_SECONDS);
    // Next.js's own floor: the same route, no session, so the gate answers 401 before any database work.
    const anonymousRequest = (() => {
      const sample = answerStream(students, { cycle: true });
      return () => ({ ...sample(), cookie: "" });
    })();
    const nextFloor = await saturate(app.baseUrl, anonymousRequest, CONNECTIONS, SATURATION_SECONDS);
    const bareSaturation = await saturate("http://127.0.0.1:3202", answerStream(students, { cycle: true }), CONNECTIONS, SATURATION_SECONDS);

    const share = appSaturation.requestsPerSecond / bareSaturation.requestsPerSecond;
    const allOk = classRun.ok === classRun.sent && appSaturation.non2xx === 0 && appSaturation.errors === 0;
    return {
      title: "Submitting an answer (SQLite, production server)",
      rows: [
        {
          measure: `class pace: ${STUDENTS} students, ${CLASS_RATE} answers/s open-loop for ${CLASS_SECONDS} s, p95`,
          value: ms(classRun.p95),
          budget: `< ${P95_BUDGET_MS} ms`,
          pass: classRun.p95 < P95_BUDGET_MS && allOk,
        },
        { measure: "class pace: p50 / p99 / max", value: `${ms(classRun.p50)} / ${ms(classRun.p99)} / ${ms(classRun.max)}` },
        { measure: "class pace: answers sent / recorded (200)", value: `${classRun.sent} / ${classRun.ok} at ${classRun.achievedRate.toFixed(0)}/s` },
        {
          measure: `saturation (${CONNECTIONS} connections, ${SATURATION_SECONDS} s): app`,
          value: `${appSaturation.requestsPerSecond.toFixed(0)} req/s (p50 ${appSaturation.p50} ms, p99 ${appSaturation.p99} ms, non-2xx ${appSaturation.non2xx})`,
        },
        {
          measure: "saturation: the same route without a session (401 before any database work: Next.js's floor)",
          value: `${nextFloor.requestsPerSecond.toFixed(0)} req/s (${((nextFloor.requestsPerSecond / bareSaturation.requestsPerSecond) * 100).toFixed(0)} % of the bare server)`,
        },
        {
          measure: "saturation: bare Node HTTP + one SQLite insert",
          value: `${bareSaturation.requestsPerSecond.toFixed(0)} req/s`,
        },
        {
          measure: "app throughput as a share of the bare server",
          value: `${(share * 100).toFixed(0)} %`,
          budget: `>= ${(SHARE_OF_BARE * 100).toFixed(0)} %`,
          pass: share >= SHARE_OF_BARE,
        },
      ],
      notes: [
        "Each request is a distinct answer (a new client response id for an unanswered question), sent with a real session cookie; the server authenticates, checks the attempt, grades and stores it in one transaction.",
        `Status codes in the class run: ${JSON.stringify(classRun.statusCounts)}.`,
      ],
    };
  } finally {
    await stopChild(bare);
    fs.rmSync(bareDir, { recursive: true, force: true });
    await app.stop();
  }
}
