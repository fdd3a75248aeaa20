/**
 * npm run bench [-- SUITE...] [--record] [--postgres] [--keep] [--reuse DIR]
 *
 * Runs the performance budgets. Each suite measures, prints a table, and
 * fails (exit 1) when a budget is missed. With --record, each suite's table
 * replaces its section of docs/benchmarks.md (between bench:SUITE markers).
 * Budgets live here and in docs/benchmarks.md, never in timed unit tests.
 * --postgres runs the durability suite on PostgreSQL instead of SQLite.
 * The live suite (two builds, nginx, PostgreSQL) runs only when named: `npm run bench -- live`;
 * --keep leaves its builds in a work folder, and --reuse DIR serves the builds a --keep run left there.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { dashboardsSuite } from "./dashboards";
import { durabilitySuite } from "./durability";
import { exportsSuite } from "./exports";
import { lighthouseSuite } from "./lighthouse";
import { liveSuite } from "./live";
import { questionBankSuite } from "./question-bank";
import { questionBrowserSuite } from "./question-browser";
import { quizPageWeightSuite } from "./quiz-page-weight";
import { submitAnswersSuite } from "./submit-answers";
import type { SuiteResult } from "./report";
import { formatResult } from "./report";

interface SuiteOptions {
  postgres: boolean;
  keep: boolean;
  reuse?: string;
}

const SUITES: Record<string, (options: SuiteOptions) => Promise<SuiteResult>> = {
  "question-bank": questionBankSuite,
  "quiz-js": quizPageWeightSuite,
  lighthouse: lighthouseSuite,
  "submit-answers": submitAnswersSuite,
  dashboards: dashboardsSuite,
  durability: durabilitySuite,
  "question-browser": questionBrowserSuite,
  exports: exportsSuite,
  live: liveSuite,
};

/** Suites left out when none is named: they need nginx and PostgreSQL, and build the app twice. */
const ONLY_WHEN_NAMED = new Set(["live"]);

/** Suites that --postgres switches to PostgreSQL; their PostgreSQL tables have their own section (bench:NAME-postgres). */
const POSTGRES_SUITES = new Set(["durability"]);

const BENCHMARKS_DOC = new URL("../../docs/benchmarks.md", import.meta.url);

function record(name: string, markdown: string): void {
  const doc = readFileSync(BENCHMARKS_DOC, "utf8");
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`docs/benchmarks.md has no ${start} … ${end} section`);
  writeFileSync(BENCHMARKS_DOC, `${doc.slice(0, from + start.length)}\n${markdown}\n${doc.slice(to)}`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      record: { type: "boolean", default: false },
      postgres: { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
      reuse: { type: "string" },
    },
  });
  const names = positionals.length > 0 ? positionals : Object.keys(SUITES).filter((n) => !ONLY_WHEN_NAMED.has(n));
  const unknown = names.filter((n) => !(n in SUITES));
  if (unknown.length > 0) {
    console.error(`unknown suite(s): ${unknown.join(", ")}; available: ${Object.keys(SUITES).join(", ")}`);
    return 2;
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}, Node ${process.version}`;
  let failed = 0;
  for (const name of names) {
    const result = await SUITES[name]!({ postgres: values.postgres, keep: values.keep, reuse: values.reuse });
    const markdown = formatResult(result, machine);
    console.log(`\n## ${result.title}\n\n${markdown}`);
    if (values.record) record(values.postgres && POSTGRES_SUITES.has(name) ? `${name}-postgres` : name, markdown);
    failed += result.rows.filter((r) => r.pass === false).length;
  }
  console.log(failed === 0 ? "\nbench: every budget met" : `\nbench: ${failed} budget(s) missed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
