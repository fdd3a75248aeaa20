/**
 * The question browser's query (lib/curation/question-browser.ts: browseQuestions, the function the
 * page calls) with 5,000 teacher-written questions in the database, on SQLite and PostgreSQL: a set
 * of realistic searches and filters, one warm-up run, then RUNS timed runs each. Budget: p95 < 200 ms
 * for every query.
 *
 * Seeds a scratch database per provider (a temporary SQLite file; a throwaway PostgreSQL database on
 * the local test server) and drops it afterwards. The questions are copies of generated ones with their
 * own prompts, by 10 teachers; the measuring teacher wrote 500 of them, hid 40 questions and has 30
 * open reports from a student of their class.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { register } from "node:module";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type Database } from "../../lib/db/create-client";
import { migrateDatabase } from "../../lib/db/migrate";
import type { Question } from "../../lib/questions/types";
import { postgresReachable } from "../../tests/support/test-databases";
import { ms, summarize, type BenchRow, type SuiteResult } from "./report";
import { createScratchPostgresDatabase } from "./support/scratch-postgres";

const TEACHER_QUESTIONS = 5_000;
const TEACHERS = 10;
const RUNS = 20;
const BUDGET_MS = 200;

// The browser's modules are marked server-only (the marker throws outside React Server Components);
// this script is the server here, so resolve it to nothing.
register(
  "data:text/javascript," +
    encodeURIComponent(
      'export async function resolve(specifier, context, next) { if (specifier === "server-only") return { url: "data:text/javascript,export%20%7B%7D", shortCircuit: true }; return next(specifier, context); }',
    ),
);

const rowId = () => `c${randomBytes(12).toString("hex")}`;

const OPENERS = ["According to the sources,", "In the unit's documents,", "Class check:", "Revision:", "Quick question:"];

interface Seeded {
  teacherId: string;
  searches: { name: string; query: Record<string, string> }[];
}

async function seed(db: Database): Promise<Seeded> {
  const { loadQuestionBank } = await import("../../lib/questions/load-bank");
  const { searchTextOf } = await import("../../lib/curation/question-browser");
  const { loadKnowledgeBase } = await import("../../lib/content/load-knowledge-base");
  const bank = loadQuestionBank().questions;

  const teachers = Array.from({ length: TEACHERS }, (_, i) => ({
    id: rowId(),
    email: `bench-browser-${i}@example.com`,
    name: `Bench teacher ${i}`,
    role: "teacher",
    passwordHash: "not-a-real-hash",
  }));
  const student = { id: rowId(), email: "bench-browser-student@example.com", name: "Bench student", role: "student", passwordHash: "x" };
  await db.user.createMany({ data: [...teachers, student] });
  const klass = await db.class.create({ data: { teacherId: teachers[0]!.id, name: "Bench class" }, select: { id: true } });
  await db.enrollment.create({ data: { classId: klass.id, studentId: student.id } });

  const questions: { id: string; authorId: string; createdAt: Date }[] = [];
  const versions: {
    questionId: string;
    version: number;
    body: string;
    type: string;
    category: string;
    skill: string;
    difficulty: number;
    searchText: string;
  }[] = [];
  const start = Date.UTC(2026, 0, 1);
  for (let i = 0; i < TEACHER_QUESTIONS; i++) {
    const source = bank[i % bank.length]!;
    const id = rowId();
    const body: Question = {
      ...source,
      id: `tq:${id}@1`,
      template: "teacher",
      prompt: `${OPENERS[i % OPENERS.length]} ${source.prompt}`,
      coreIn: [],
    };
    questions.push({ id, authorId: teachers[i % TEACHERS]!.id, createdAt: new Date(start + i * 60_000) });
    versions.push({
      questionId: id,
      version: 1,
      body: JSON.stringify(body),
      type: body.type,
      category: body.category,
      skill: body.skill,
      difficulty: body.difficulty,
      searchText: searchTextOf(body),
    });
  }
  for (let i = 0; i < questions.length; i += 500) {
    await db.teacherQuestion.createMany({ data: questions.slice(i, i + 500) });
    await db.teacherQuestionVersion.createMany({ data: versions.slice(i, i + 500) });
  }
  // Hides of generated and teacher questions; open reports from the teacher's student.
  const hidden = [...bank.slice(0, 20).map((q) => q.id), ...questions.slice(0, 40).filter((_, i) => i % 2 === 1).map((q) => `tq:${q.id}`)];
  await db.questionHide.createMany({ data: hidden.map((questionId) => ({ teacherId: teachers[0]!.id, questionId })) });
  const reported = [...bank.slice(100, 115).map((q) => q.id), ...questions.slice(200, 215).map((q) => `tq:${q.id}@1`)];
  await db.questionReport.createMany({
    data: reported.map((questionId) => ({ questionId, studentId: student.id, reason: "unclear", comment: "Bench report" })),
  });

  const kb = loadKnowledgeBase();
  const set = kb.studySets.find((s) => s.id === "taftanaz-airbase") ?? kb.studySets[0]!;
  const doc = kb.sources[1] ?? kb.sources[0]!;
  return {
    teacherId: teachers[0]!.id,
    searches: [
      { name: "first page, no filter", query: {} },
      { name: "one word (aleppo)", query: { q: "aleppo" } },
      { name: "two words (battle of)", query: { q: "battle of" } },
      { name: "word + type (taftanaz, multiple choice)", query: { q: "taftanaz", type: "multiple-choice" } },
      { name: "category + difficulty", query: { category: "places", difficulty: "2" } },
      { name: "skill + type, page 3", query: { skill: "recall", type: "true-false", page: "3" } },
      { name: "study set, core only (reads bodies)", query: { set: set.id, scope: "core" } },
      { name: "study set, all (reads bodies)", query: { set: set.id } },
      { name: "source document (reads bodies)", query: { doc: doc.id } },
      { name: "written by me", query: { mine: "1" } },
      { name: "hidden by me", query: { hidden: "1" } },
      { name: "reported", query: { reported: "1" } },
      { name: "no match", query: { q: "zzqqxx" } },
      { name: "deep page (page 200)", query: { page: "200" } },
    ],
  };
}

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up: connections, the bank and its search texts, the database's caches
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

async function measure(label: string, url: string, rows: BenchRow[]): Promise<void> {
  const { browseQuestions, browserQueryFrom } = await import("../../lib/curation/question-browser");
  await migrateDatabase(url);
  const db = createPrismaClient(url);
  try {
    const seedStart = performance.now();
    const seeded = await seed(db);
    console.log(`question-browser: seeded ${TEACHER_QUESTIONS} teacher questions on ${label} in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
    const all: number[] = [];
    for (const search of seeded.searches) {
      let total = 0;
      const samples = await time(async () => {
        total = (await browseQuestions(db, seeded.teacherId, browserQueryFrom(search.query))).total;
      });
      all.push(...samples);
      const s = summarize(samples);
      rows.push({
        measure: `${label}: ${search.name} (${total.toLocaleString("en-GB")} matches), median / p95`,
        value: `${ms(s.median)} / ${ms(s.p95)}`,
        budget: `p95 < ${BUDGET_MS} ms`,
        pass: s.p95 < BUDGET_MS,
      });
    }
    const overall = summarize(all);
    rows.push({ measure: `${label}: every query together, median / p95`, value: `${ms(overall.median)} / ${ms(overall.p95)}` });
  } finally {
    await db.$disconnect();
  }
}

export async function questionBrowserSuite(): Promise<SuiteResult> {
  const rows: BenchRow[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-question-browser-"));
  try {
    await measure("SQLite", `file:${path.join(dir, "browser.db")}`, rows);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (await postgresReachable()) {
    const scratch = await createScratchPostgresDatabase("bench_question_browser");
    try {
      await measure("PostgreSQL", scratch.url, rows);
    } finally {
      await scratch.drop();
    }
  } else {
    rows.push({ measure: "PostgreSQL", value: "skipped: no local server", pass: false });
  }
  return {
    title: "Question browser",
    rows,
    notes: [
      `${TEACHER_QUESTIONS.toLocaleString("en-GB")} teacher questions (copies of generated ones with their own prompts) by ${TEACHERS} teachers, plus the generated bank; 40 hidden questions, 30 open reports.`,
      "Times are `browseQuestions` itself (what the page awaits): teacher questions filtered in SQL, generated ones in memory, the page's bodies read by primary key.",
      "Filters only a body answers (study set, core, source document) parse each matching body once per version and keep its sets and citations (the warm-up run fills that cache).",
    ],
  };
}
