/**
 * npm run content:check [-- --strict]
 *
 * Loads and validates the knowledge base. On any problem, prints them all and
 * exits 1. Otherwise prints totals and per-section coverage. With --strict it
 * also exits 1 when coverage thresholds are unmet or a section has no events.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkKnowledgeBase } from "../lib/content/load-knowledge-base";
import { computeCoverage, formatCoverage } from "../lib/content/coverage";
import { formatProblems, type KnowledgeBase } from "../lib/content/load";
import { genericActorWarnings } from "../lib/content/validate";

/**
 * The source documents sit beside the project (../shared/seeds), never inside
 * it. Without them the checks that read their text are skipped.
 */
const SEEDS_DIR = resolve(process.cwd(), "../shared/seeds");

function readSeeds(kb: KnowledgeBase): Map<string, string> | null {
  if (!existsSync(SEEDS_DIR)) return null;
  const texts = new Map<string, string>();
  for (const s of kb.sources) {
    const file = join(SEEDS_DIR, s.file);
    if (existsSync(file)) texts.set(s.file, readFileSync(file, "utf8"));
  }
  return texts;
}

function main(): number {
  const strict = process.argv.includes("--strict");
  const checked = checkKnowledgeBase();
  const { kb, problems } = checked;
  const seeds = readSeeds(kb);
  const warnings = [...checked.warnings, ...(seeds ? genericActorWarnings(kb, seeds) : [])];
  if (!seeds) console.warn("source documents not found beside the project: named-actor checks skipped\n");
  if (warnings.length > 0) {
    console.warn(`${warnings.length} warning(s):`);
    console.warn(formatProblems(warnings));
    console.warn("");
  }
  if (problems.length > 0) {
    console.error(`content check failed: ${problems.length} problem(s)\n`);
    const byEntity = new Map<string, typeof problems>();
    for (const p of problems) byEntity.set(p.entity, [...(byEntity.get(p.entity) ?? []), p]);
    for (const [entity, list] of byEntity) {
      console.error(`${entity} (${list.length}):`);
      console.error(formatProblems(list));
      console.error("");
    }
    return 1;
  }
  const report = computeCoverage(kb);
  console.log(formatCoverage(report));
  if (strict && !report.thresholdsMet) {
    console.error("\n--strict: coverage thresholds are not met");
    return 1;
  }
  return 0;
}

process.exitCode = main();
