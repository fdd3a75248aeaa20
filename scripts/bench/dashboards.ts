/**
 * Teacher dashboards on a big class (scripts/bench/seed-class.ts: 300
 * students, 40 assignments, ~580,000 responses), on SQLite and PostgreSQL:
 * the server-side data loading of the class overview and of one assignment's
 * item analysis, the same lib functions the pages call. One warm-up run, then
 * RUNS timed runs each; budget p95 < 500 ms. Also informational: most-missed
 * facts and the full responses CSV export.
 *
 * Seeds the databases when they are missing or differ in shape (about 30 s on
 * SQLite, 45 s on PostgreSQL); otherwise reuses them.
 */
import { register } from "node:module";
import type { Actor } from "../../lib/auth/policy";
import { createPrismaClient, type Database } from "../../lib/db/create-client";
import { migrateDatabase } from "../../lib/db/migrate";
import { postgresReachable } from "../../tests/support/test-databases";
import { ms, summarize, type BenchRow, type SuiteResult } from "./report";
import { startAppServer } from "./support/app-server";
import { sessionCookie } from "./support/bench-students";
import { BENCH_TEACHER_EMAIL, benchPostgresUrl, defaultSqliteBenchUrl, findBenchClass, seedBenchClass, type BenchClass } from "./seed-class";

const RUNS = 10;
const BUDGET_MS = 500;

// The dashboard modules are marked server-only (the marker throws outside React
// Server Components); this script is the server here, so resolve it to nothing.
register(
  "data:text/javascript," +
    encodeURIComponent(
      'export async function resolve(specifier, context, next) { if (specifier === "server-only") return { url: "data:text/javascript,export%20%7B%7D", shortCircuit: true }; return next(specifier, context); }',
    ),
);

async function time(fn: () => Promise<unknown>, runs = RUNS): Promise<number[]> {
  await fn(); // warm-up: connections, the question bank, SQLite page cache
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

async function ensureSeeded(databaseUrl: string, label: string): Promise<BenchClass> {
  const existing = await findBenchClass(databaseUrl);
  if (existing) {
    await migrateDatabase(databaseUrl); // indexes added since the data was seeded
    return existing;
  }
  console.log(`dashboards: seeding the benchmark class on ${label}…`);
  const seeded = await seedBenchClass({ databaseUrl });
  console.log(`dashboards: seeded ${seeded.responses} responses in ${seeded.seconds.toFixed(1)} s`);
  return seeded;
}

async function measureProvider(label: string, databaseUrl: string, rows: BenchRow[]): Promise<void> {
  const { loadClassOverview } = await import("../../lib/teaching/dashboards/class-overview");
  const { loadItemAnalysis } = await import("../../lib/teaching/dashboards/item-analysis");
  const { loadMostMissed } = await import("../../lib/teaching/dashboards/most-missed");
  const { responsesCsv } = await import("../../lib/teaching/exports");

  const bench = await ensureSeeded(databaseUrl, label);
  const db: Database = createPrismaClient(databaseUrl);
  const teacher: Actor = { id: bench.teacherId, role: "teacher" };
  // A past-due assignment: every student's attempt is in.
  const assignmentId = bench.assignmentIds[bench.assignmentIds.length - 3]!;
  try {
    const overview = summarize(await time(() => loadClassOverview(db, teacher, bench.classId)));
    rows.push({
      measure: `${label}: class overview (300 students × 40 assignments), median / p95`,
      value: `${ms(overview.median)} / ${ms(overview.p95)}`,
      budget: `p95 < ${BUDGET_MS} ms`,
      pass: overview.p95 < BUDGET_MS,
    });
    const items = summarize(await time(() => loadItemAnalysis(db, teacher, bench.classId, assignmentId)));
    rows.push({
      measure: `${label}: item analysis (one assignment, 50 questions), median / p95`,
      value: `${ms(items.median)} / ${ms(items.p95)}`,
      budget: `p95 < ${BUDGET_MS} ms`,
      pass: items.p95 < BUDGET_MS,
    });
    const missed = summarize(await time(() => loadMostMissed(db, teacher, bench.classId), 5));
    rows.push({
      measure: `${label}: most-missed facts (all ${Math.round(bench.responses / 1000)}k responses), median`,
      value: ms(missed.median),
    });
    const start = performance.now();
    const csv = await responsesCsv(db, teacher, bench.classId);
    let bytes = 0;
    const reader = csv.stream.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
    }
    rows.push({
      measure: `${label}: responses CSV export, streamed`,
      value: `${((performance.now() - start) / 1000).toFixed(1)} s, ${(bytes / 1e6).toFixed(0)} MB`,
    });
  } finally {
    await db.$disconnect();
  }
  await measurePages(label, databaseUrl, bench, assignmentId, rows);
}

/**
 * The pages themselves, as the teacher's browser gets them: the production server on the same database,
 * a signed-in teacher, time to the last byte of the HTML (so the whole server render is included).
 */
async function measurePages(label: string, databaseUrl: string, bench: BenchClass, assignmentId: string, rows: BenchRow[]) {
  const app = await startAppServer(3208, { databaseUrl });
  try {
    const sessionDb = createPrismaClient(databaseUrl);
    const cookie = await sessionCookie(sessionDb, app.authSecret, { id: bench.teacherId, name: "Bench teacher", email: BENCH_TEACHER_EMAIL, role: "teacher" }).finally(
      () => sessionDb.$disconnect(),
    );
    const pages = [
      { name: "class overview page", path: `/teacher/classes/${bench.classId}` },
      { name: "item analysis page", path: `/teacher/classes/${bench.classId}/assignments/${assignmentId}` },
    ];
    for (const page of pages) {
      const load = async () => {
        const response = await fetch(`${app.baseUrl}${page.path}`, { headers: { cookie } });
        const html = await response.text();
        if (response.status !== 200 || !html.includes("<h1")) throw new Error(`${page.path} answered ${response.status}`);
      };
      const samples = summarize(await time(load));
      rows.push({
        measure: `${label}: ${page.name}, whole server response (production server, HTTP), median / p95`,
        value: `${ms(samples.median)} / ${ms(samples.p95)}`,
        budget: `p95 < ${BUDGET_MS} ms`,
        pass: samples.p95 < BUDGET_MS,
      });
    }
  } finally {
    await app.stop();
  }
}

export async function dashboardsSuite(): Promise<SuiteResult> {
  const rows: BenchRow[] = [];
  const notes = [
    `Data: \`npm run bench:seed\` shape — 300 students, 40 assignments of 50 questions, one attempt each (3% never started, 3% of the open ones still in progress): about 580,000 responses.`,
    `"median / p95" rows without "page" are the lib functions the pages call (lib/teaching/dashboards/*), in-process; "page" rows are the production server's whole response to a signed-in teacher over HTTP. One warm-up run, then ${RUNS} runs each (5 for most-missed).`,
  ];
  await measureProvider("SQLite", defaultSqliteBenchUrl(), rows);
  if (await postgresReachable()) {
    await measureProvider("PostgreSQL", benchPostgresUrl(), rows);
  } else {
    notes.push("PostgreSQL was not reachable on the local server: its rows are missing.");
  }
  return { title: "Teacher dashboards (big class)", rows, notes };
}

if (process.argv[1]?.endsWith("dashboards.ts")) {
  const { formatResult } = await import("./report");
  const result = await dashboardsSuite();
  console.log(formatResult(result, "this machine"));
}
