/**
 * npm run bench:seed [-- --database-url URL] [-- --postgresql]
 *
 * A big class for the dashboard benchmarks: one teacher, 300 students, 40
 * assignments of 50 questions, one attempt per student and assignment (a few
 * never started, a few still in progress on the open ones): about 600,000
 * responses. Scores are realistic: a student of some ability answers a
 * question of some difficulty right with a logistic probability, and wrong
 * answers look like real ones (lib/demo/simulate-answers.ts).
 *
 * Default: a SQLite file at data/bench/dashboards.db (never the app's
 * database). --postgresql: a scratch database "bench_dashboards" on the local
 * PostgreSQL server (TEST_POSTGRES_URL's server). The database is recreated
 * and migrated, then filled with raw bulk inserts: better-sqlite3 prepared
 * statements in one transaction, or PostgreSQL INSERT … SELECT FROM unnest()
 * batches of 5,000 rows.
 */
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import BetterSqlite from "better-sqlite3";
import pg from "pg";
import { loadKnowledgeBase } from "../../lib/content/load-knowledge-base";
import { selectQuestions } from "../../lib/attempts/select-questions";
import { migrateDatabase } from "../../lib/db/migrate";
import { databaseProvider, sqliteFilePath } from "../../lib/db/url";
import {
  hashSeed,
  itemDifficulty,
  probabilityCorrect,
  seededFloats,
  simulateAnswer,
  typedAnswerPool,
} from "../../lib/demo/simulate-answers";
import { generateQuestionBank } from "../../lib/questions/bank";
import { QUESTION_CATEGORIES } from "../../lib/questions/types";

export const BENCH_TEACHER_EMAIL = "bench-teacher@example.com";
export const BENCH_CLASS_NAME = "Benchmark class (300 students)";
export const BENCH_PG_DATABASE = "bench_dashboards";
const DAY = 86_400_000;

export interface BenchClassShape {
  students: number;
  assignments: number;
  questions: number;
}
export const DEFAULT_SHAPE: BenchClassShape = { students: 300, assignments: 40, questions: 50 };

export interface BenchClass {
  databaseUrl: string;
  teacherId: string;
  classId: string;
  /** Oldest due first. */
  assignmentIds: string[];
  responses: number;
  seconds: number;
}

export function defaultSqliteBenchUrl(): string {
  return `file:${path.resolve("data", "bench", "dashboards.db")}`;
}

function localPostgresServer(): string {
  const url = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to write benchmark data to a non-local PostgreSQL server (${host}).`);
  }
  return url;
}

export function benchPostgresUrl(): string {
  return Object.assign(new URL(localPostgresServer()), { pathname: `/${BENCH_PG_DATABASE}` }).toString();
}

// ---------------------------------------------------------------------------
// Writers: one per provider, same calls.

type Cell = string | number | boolean | null;
type PgType = "text" | "int" | "float8" | "bool" | "ts";

interface Table {
  name: string;
  columns: [string, PgType][];
}

const T = {
  user: { name: "User", columns: [["id", "text"], ["email", "text"], ["name", "text"], ["passwordHash", "text"], ["role", "text"], ["createdAt", "ts"], ["lastActiveAt", "ts"]] },
  class: { name: "Class", columns: [["id", "text"], ["name", "text"], ["teacherId", "text"], ["joinCode", "text"], ["createdAt", "ts"]] },
  enrollment: { name: "Enrollment", columns: [["id", "text"], ["classId", "text"], ["studentId", "text"], ["joinedAt", "ts"]] },
  assignment: {
    name: "Assignment",
    columns: [["id", "text"], ["classId", "text"], ["title", "text"], ["setDefinition", "text"], ["opensAt", "ts"], ["dueAt", "ts"], ["timeZone", "text"], ["attemptLimit", "int"], ["feedbackPolicy", "text"], ["shuffleQuestions", "bool"], ["shuffleOptions", "bool"], ["bankVersion", "text"], ["createdAt", "ts"]],
  },
  attempt: {
    name: "Attempt",
    columns: [["id", "text"], ["userId", "text"], ["assignmentId", "text"], ["kind", "text"], ["setDefinition", "text"], ["questionIds", "text"], ["seed", "int"], ["bankVersion", "text"], ["startedAt", "ts"], ["deadlineAt", "ts"], ["finishedAt", "ts"], ["status", "text"], ["score", "float8"], ["maxScore", "float8"]],
  },
  response: {
    name: "Response",
    columns: [["id", "text"], ["attemptId", "text"], ["clientResponseId", "text"], ["questionId", "text"], ["answer", "text"], ["score", "float8"], ["correct", "bool"], ["bankVersion", "text"], ["answeredAt", "ts"], ["timeSpentMs", "int"]],
  },
} satisfies Record<string, Table>;

interface Writer {
  add(table: Table, row: Cell[]): Promise<void>;
  finish(): Promise<void>;
}

/** Dates as Prisma writes them: ISO text with +00:00 in SQLite. */
function sqliteWriter(file: string): Writer {
  const db = new BetterSqlite(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const statements = new Map<string, BetterSqlite.Statement>();
  db.exec("BEGIN");
  return {
    async add(table, row) {
      let statement = statements.get(table.name);
      if (!statement) {
        const cols = table.columns.map(([c]) => `"${c}"`).join(", ");
        statement = db.prepare(`INSERT INTO "${table.name}" (${cols}) VALUES (${table.columns.map(() => "?").join(", ")})`);
        statements.set(table.name, statement);
      }
      statement.run(
        row.map((v, i) => {
          const type = table.columns[i]![1];
          if (v === null) return null;
          if (type === "bool") return v ? 1 : 0;
          if (type === "ts") return (v as string).replace("Z", "+00:00");
          return v;
        }),
      );
    },
    async finish() {
      db.exec("COMMIT");
      db.exec("ANALYZE");
      db.pragma("wal_checkpoint(TRUNCATE)");
      db.close();
    },
  };
}

const PG_ARRAY: Record<PgType, string> = { text: "text[]", int: "int[]", float8: "float8[]", bool: "bool[]", ts: "timestamp(3)[]" };
const PG_BATCH = 5000;

function postgresWriter(client: pg.Client): Writer {
  const buffers = new Map<string, { table: Table; rows: Cell[][] }>();
  const order: string[] = [];
  async function flush(name: string) {
    const buffer = buffers.get(name);
    if (!buffer || buffer.rows.length === 0) return;
    const { table, rows } = buffer;
    const cols = table.columns.map(([c]) => `"${c}"`).join(", ");
    const params = table.columns.map((_, i) => rows.map((r) => r[i]));
    const unnest = table.columns.map(([, type], i) => `$${i + 1}::${PG_ARRAY[type]}`).join(", ");
    await client.query(`INSERT INTO "${table.name}" (${cols}) SELECT * FROM unnest(${unnest})`, params);
    buffer.rows = [];
  }
  return {
    async add(table, row) {
      let buffer = buffers.get(table.name);
      if (!buffer) {
        buffer = { table, rows: [] };
        buffers.set(table.name, buffer);
        order.push(table.name);
      }
      // Parents before children: flush every earlier table before a child batch goes in.
      buffer.rows.push(row);
      if (buffer.rows.length >= PG_BATCH) {
        for (const name of order) await flush(name);
      }
    },
    async finish() {
      for (const name of order) await flush(name);
      // VACUUM sets the visibility map, so covering indexes give index-only scans.
      await client.query("VACUUM ANALYZE");
    },
  };
}

// ---------------------------------------------------------------------------

async function recreate(databaseUrl: string): Promise<{ writer: Writer; close: () => Promise<void> }> {
  if (databaseProvider(databaseUrl) === "sqlite") {
    const file = sqliteFilePath(databaseUrl);
    // The file is deleted first, so only a file named bench* may be the target (never data/app.db).
    if (!path.basename(file).startsWith("bench") && path.basename(path.dirname(file)) !== "bench") {
      throw new Error(`Refusing to recreate SQLite database "${file}": benchmark databases live in a bench/ folder or are named bench*.`);
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const extra of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + extra, { force: true });
    await migrateDatabase(databaseUrl);
    return { writer: sqliteWriter(file), close: async () => undefined };
  }
  const url = new URL(databaseUrl);
  const name = url.pathname.replace(/^\//, "");
  if (!/^[a-z0-9_]+$/.test(name) || !name.startsWith("bench")) {
    throw new Error(`Refusing to recreate PostgreSQL database "${name}": benchmark databases are named bench_*.`);
  }
  const admin = new pg.Client({ connectionString: Object.assign(new URL(databaseUrl), { pathname: "/postgres" }).toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  await migrateDatabase(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query("SET synchronous_commit = off");
  return { writer: postgresWriter(client), close: () => client.end() };
}

const iso = (ms: number) => new Date(ms).toISOString();
const id = () => `b${randomUUID().replace(/-/g, "").slice(0, 24)}`;

export async function seedBenchClass(options: {
  databaseUrl: string;
  shape?: BenchClassShape;
  now?: Date;
  log?: (line: string) => void;
}): Promise<BenchClass> {
  const started = performance.now();
  const shape = options.shape ?? DEFAULT_SHAPE;
  const now = (options.now ?? new Date()).getTime();
  const log = options.log ?? (() => undefined);
  const bank = generateQuestionBank(loadKnowledgeBase());
  const pool = typedAnswerPool(bank.questions);
  const { writer, close } = await recreate(options.databaseUrl);

  const teacherId = id();
  const classId = id();
  const passwordHash = "not-a-real-hash-bench-accounts-cannot-sign-in";
  await writer.add(T.user, [teacherId, BENCH_TEACHER_EMAIL, "Bench Teacher", passwordHash, "teacher", iso(now - 400 * DAY), iso(now)]);
  await writer.add(T.class, [classId, BENCH_CLASS_NAME, teacherId, randomBytes(4).toString("hex").toUpperCase(), iso(now - 400 * DAY)]);

  const students = Array.from({ length: shape.students }, (_, n) => {
    const random = seededFloats(hashSeed(`bench-student-${n}`));
    return { id: id(), n, ability: (random() + random() + random() + random() - 2) * 1.7 + 0.6, lastActive: 0 };
  });

  // Assignments a week apart, the last two still open.
  const assignments = Array.from({ length: shape.assignments }, (_, k) => {
    const dueAt = now - (shape.assignments - 2 - k) * 7 * DAY + 2 * DAY;
    const request = { categories: [QUESTION_CATEGORIES[k % QUESTION_CATEGORIES.length]!], length: shape.questions };
    const assignmentId = id();
    const questions = selectQuestions(bank, k % 5 === 4 ? { length: shape.questions } : request, `assignment:${assignmentId}`);
    return { id: assignmentId, k, opensAt: dueAt - 10 * DAY, dueAt, request, questions };
  });
  for (const a of assignments) {
    await writer.add(T.assignment, [
      a.id, classId, `Week ${a.k + 1}: ${a.request.categories[0]}`, JSON.stringify(a.request), iso(a.opensAt), iso(a.dueAt),
      "UTC", 2, "after-attempt", true, true, bank.version, iso(a.opensAt - DAY),
    ]);
  }

  let responses = 0;
  for (const s of students) {
    await writer.add(T.user, [s.id, `bench-student-${s.n + 1}@example.com`, `Bench student ${String(s.n + 1).padStart(3, "0")}`, passwordHash, "student", iso(now - 300 * DAY), null]);
    await writer.add(T.enrollment, [id(), classId, s.id, iso(now - 300 * DAY)]);
  }
  for (const a of assignments) {
    const open = a.dueAt > now;
    for (const s of students) {
      const random = seededFloats(hashSeed(`bench-${a.k}-${s.n}`));
      const roll = random();
      if (roll < 0.03) continue; // never started
      const partial = open && roll < 0.06;
      const attemptId = id();
      const order = [...a.questions].sort((x, y) => hashSeed(`${s.n}:${x.id}`) - hashSeed(`${s.n}:${y.id}`));
      const count = partial ? Math.floor(order.length / 3) : order.length;
      let at = a.opensAt + Math.floor(random() * Math.min(8 * DAY, Math.max(DAY, now - a.opensAt - DAY)));
      const startedAt = at;
      let score = 0;
      const rows: Cell[][] = [];
      for (const question of order.slice(0, count)) {
        const answer = simulateAnswer(question, probabilityCorrect(s.ability, itemDifficulty(question)), random, pool);
        const spent = Math.round(15_000 + random() * 60_000);
        at += spent + 2000;
        score += answer.score;
        rows.push([
          id(), attemptId, id(), question.id, JSON.stringify(answer.response), answer.score, answer.correct,
          bank.version, iso(at), spent,
        ]);
      }
      const finished = !partial;
      // The attempt before its responses (foreign key).
      await writer.add(T.attempt, [
        attemptId, s.id, a.id, "assignment", JSON.stringify(a.request), JSON.stringify(order.map((q) => q.id)),
        Math.floor(random() * 1_000_000), bank.version, iso(startedAt), iso(a.dueAt), finished ? iso(at + 3000) : null,
        finished ? "finished" : "in-progress", score, count,
      ]);
      for (const row of rows) await writer.add(T.response, row);
      responses += rows.length;
      s.lastActive = Math.max(s.lastActive, at);
    }
    log(`  assignment ${a.k + 1}/${assignments.length}: ${responses.toLocaleString("en-GB")} responses so far`);
  }
  await writer.finish();
  await close();
  // Last activity, now that it is known (one UPDATE per student is cheap).
  const lastActive = students.map((s) => [s.id, s.lastActive ? iso(s.lastActive) : null] as const);
  if (databaseProvider(options.databaseUrl) === "sqlite") {
    const db = new BetterSqlite(sqliteFilePath(options.databaseUrl));
    const update = db.prepare(`UPDATE "User" SET "lastActiveAt" = ? WHERE "id" = ?`);
    db.transaction(() => {
      for (const [userId, at] of lastActive) update.run(at?.replace("Z", "+00:00") ?? null, userId);
    })();
    db.close();
  } else {
    const client = new pg.Client({ connectionString: options.databaseUrl });
    await client.connect();
    await client.query(
      `UPDATE "User" u SET "lastActiveAt" = v.at FROM unnest($1::text[], $2::timestamp(3)[]) AS v(id, at) WHERE u."id" = v.id`,
      [lastActive.map(([userId]) => userId), lastActive.map(([, at]) => at)],
    );
    await client.end();
  }

  return {
    databaseUrl: options.databaseUrl,
    teacherId,
    classId,
    assignmentIds: assignments.map((a) => a.id),
    responses,
    seconds: (performance.now() - started) / 1000,
  };
}

/** The bench class already in a database, if it was seeded with this shape. */
export async function findBenchClass(databaseUrl: string, shape = DEFAULT_SHAPE): Promise<BenchClass | null> {
  const query = async (sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> => {
    if (databaseProvider(databaseUrl) === "sqlite") {
      const file = sqliteFilePath(databaseUrl);
      if (!fs.existsSync(file)) return [];
      const db = new BetterSqlite(file, { readonly: true });
      try {
        return db.prepare(sql.replace(/\$\d+/g, "?")).all(...params) as Record<string, unknown>[];
      } catch {
        return [];
      } finally {
        db.close();
      }
    }
    const client = new pg.Client({ connectionString: databaseUrl });
    try {
      await client.connect();
      return (await client.query(sql, params)).rows as Record<string, unknown>[];
    } catch {
      return [];
    } finally {
      await client.end().catch(() => undefined);
    }
  };
  const [klass] = await query(
    `SELECT c."id" AS "classId", c."teacherId" AS "teacherId" FROM "Class" c JOIN "User" u ON u."id" = c."teacherId" WHERE u."email" = $1`,
    [BENCH_TEACHER_EMAIL],
  );
  if (!klass) return null;
  const assignments = await query(`SELECT "id" FROM "Assignment" WHERE "classId" = $1 ORDER BY "dueAt"`, [klass.classId]);
  const [count] = await query(`SELECT COUNT(*) AS "n" FROM "Response"`);
  const responses = Number(count?.n ?? 0);
  if (assignments.length !== shape.assignments || responses < shape.students * shape.assignments * shape.questions * 0.9) return null;
  return {
    databaseUrl,
    teacherId: String(klass.teacherId),
    classId: String(klass.classId),
    assignmentIds: assignments.map((a) => String(a.id)),
    responses,
    seconds: 0,
  };
}

async function main() {
  const { values } = parseArgs({
    options: { "database-url": { type: "string" }, postgresql: { type: "boolean", default: false } },
  });
  const databaseUrl = values["database-url"] ?? (values.postgresql ? benchPostgresUrl() : defaultSqliteBenchUrl());
  if (databaseProvider(databaseUrl) === "postgresql") localPostgresServer();
  console.log(`Seeding the benchmark class into ${databaseProvider(databaseUrl)} (${databaseUrl.replace(/\/\/[^@]*@/, "//…@")})`);
  const result = await seedBenchClass({ databaseUrl, log: console.log });
  console.log(
    `Done: ${DEFAULT_SHAPE.students} students, ${result.assignmentIds.length} assignments, ` +
      `${result.responses.toLocaleString("en-GB")} responses in ${result.seconds.toFixed(1)} s.`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await main();
}
