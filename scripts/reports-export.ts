/**
 * npm run reports:export -- --out FILE
 *
 * Writes students' reports on generated questions as CSV for the content authors: question id,
 * prompt, reason, comments, how many students, first and last date (lib/curation/report-export.ts).
 * Uses DATABASE_URL (or the embedded SQLite file) and applies pending migrations first.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadGeneratedQuestionReports, reportsToCsv } from "../lib/curation/report-export";
import { createPrismaClient } from "../lib/db/create-client";
import { migrateDatabase } from "../lib/db/migrate";
import { EnvError } from "../lib/env";
import { resolveServerEnv } from "../lib/server-env";

const USAGE = "Usage: npm run reports:export -- --out FILE";

async function main(): Promise<number> {
  let out: string | undefined;
  try {
    out = parseArgs({ options: { out: { type: "string" } } }).values.out;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!out) {
    console.error(USAGE);
    return 2;
  }
  let databaseUrl: string;
  try {
    databaseUrl = resolveServerEnv().databaseUrl;
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  await migrateDatabase(databaseUrl);
  const db = createPrismaClient(databaseUrl);
  try {
    const rows = await loadGeneratedQuestionReports(db);
    const file = resolve(out);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, reportsToCsv(rows));
    const reports = rows.reduce((sum, row) => sum + row.count, 0);
    console.log(`Wrote ${rows.length} row(s) covering ${reports} report(s) to ${out}.`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

process.exitCode = await main();
