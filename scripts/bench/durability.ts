/**
 * npm run bench -- durability [--postgres]
 *
 * Acknowledged answers survive `kill -9`. 100 students sign up, start quizzes and answer them through
 * the real app (the production build, `npm start`, SQLite; with --postgres a fresh PostgreSQL
 * database) while the server is killed with SIGKILL twice, a quarter and three fifths of the way in,
 * and started again each time. Students send answers as the quiz page does: a failed send goes again
 * with the same clientResponseId. Then the acknowledged answers (a 2xx came back) are compared with
 * the rows in the database. Budget: every answer acknowledged in the end, none lost, none stored twice.
 * The load generator is the one `npm run cluster:check` runs through nginx across two instances.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadKnowledgeBase } from "../../lib/content/load-knowledge-base";
import { generateQuestionBank } from "../../lib/questions/bank";
import type { SuiteResult } from "./report";
import { answerAll, compareWithStored, prepareStudents } from "./support/answer-load";
import { startInstance } from "./support/app-instance";
import { createScratchPostgresDatabase, type ScratchDatabase } from "./support/scratch-postgres";

const PORT = 3303;
const STUDENTS = 100;
const ANSWERS_EACH = 30;
const ANSWERS_PER_SECOND = 100;
/** Fractions of the run at which the server is killed. */
const KILL_AT = [0.25, 0.6];

const root = path.resolve(import.meta.dirname, "..", "..");

export async function durabilitySuite(options: { postgres?: boolean } = {}): Promise<SuiteResult> {
  const provider = options.postgres ? "PostgreSQL" : "SQLite";
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-durability-"));
  let database: ScratchDatabase | null = null;
  try {
    database = options.postgres ? await createScratchPostgresDatabase("bench_durability") : null;
    const databaseUrl = database?.url ?? `file:${path.join(dataDir, "app.db")}`;
    const baseUrl = `http://127.0.0.1:${PORT}`;
    const server = await startInstance({
      name: "app",
      cwd: root,
      port: PORT,
      // `npm start`: builds first when the sources changed since the last build.
      buildIfStale: true,
      env: {
        ...process.env,
        APP_MODE: "embedded",
        SEED_DEMO_DATA: "never",
        DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl,
        NEXTAUTH_URL: baseUrl,
        NODE_ENV: "production",
      },
    });
    try {
      const bank = generateQuestionBank(loadKnowledgeBase());
      console.log(`durability: ${STUDENTS} students sign up and start quizzes (${provider})…`);
      const students = await prepareStudents({ baseUrl, databaseUrl, bank, count: STUDENTS, answersEach: ANSWERS_EACH });
      const total = STUDENTS * ANSWERS_EACH;
      const killAt = KILL_AT.map((fraction) => Math.round(total * fraction));
      const outages: number[] = [];
      let outage: Promise<void> = Promise.resolve();
      let nextKill = 0;
      const run = await answerAll(students, {
        answersPerSecond: ANSWERS_PER_SECOND,
        onAcknowledged: (count) => {
          if (nextKill < killAt.length && count >= killAt[nextKill]!) {
            nextKill++;
            // One outage at a time: the second kill waits until the server is back from the first.
            outage = outage.then(async () => {
              const killedAt = Date.now();
              await server.kill9();
              console.log(`durability: killed the server with SIGKILL at ${count} acknowledged answers`);
              await server.restart();
              outages.push((Date.now() - killedAt) / 1000);
            });
          }
        },
      });
      await outage;
      const stored = await compareWithStored(databaseUrl, students, run);
      const allAcknowledged = stored.acknowledged === total;
      return {
        title: `Durability: kill -9 during answering (${provider}, production server)`,
        rows: [
          {
            measure: `answers acknowledged (2xx) of ${total} sent by ${STUDENTS} students`,
            value: `${stored.acknowledged} of ${total}`,
            budget: "all",
            pass: allAcknowledged,
          },
          { measure: "acknowledged answers lost (not in the database)", value: String(stored.lost), budget: "0", pass: stored.lost === 0 },
          { measure: "answers stored twice", value: String(stored.duplicated), budget: "0", pass: stored.duplicated === 0 },
          { measure: "answers stored", value: String(stored.stored) },
          {
            measure: `server killed with SIGKILL at ${killAt.join(" and ")} acknowledged; down for`,
            value: outages.length === KILL_AT.length ? outages.map((s) => `${s.toFixed(1)} s`).join(", ") : `${outages.length} of ${KILL_AT.length} kills happened`,
            budget: `${KILL_AT.length} kills`,
            pass: outages.length === KILL_AT.length,
          },
          {
            measure: "sends that failed and went again with the same id",
            value: `${run.resent} (${Object.entries(run.failures).map(([reason, n]) => `${reason}: ${n}`).join(", ") || "none"})`,
          },
          { measure: 'resends whose first send had been stored (answered "duplicate")', value: String(run.duplicateReplies) },
          {
            measure: `run time (students pace themselves to about ${ANSWERS_PER_SECOND} answers/s in all)`,
            value: `${run.seconds.toFixed(1)} s, ${(total / run.seconds).toFixed(0)} answers/s with the outages`,
          },
        ],
        notes: [
          "An answer is acknowledged when the server answered 2xx; it is lost if it is then missing from the Response table. The client gives up on an answer only after a 4xx or two minutes of failed sends.",
          "Students are made over HTTP (sign-up form, sign-in, the set page's start form), as in `npm run cluster:check`, which runs the same load through nginx across two separately built instances on PostgreSQL.",
        ],
      };
    } finally {
      await server.stop();
    }
  } finally {
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
