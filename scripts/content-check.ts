/**
 * npm run content:check [-- --strict]
 *
 * Loads and validates the knowledge base. On any problem, prints them all and
 * exits 1. Otherwise prints totals and per-section coverage. With --strict it
 * also exits 1 when coverage thresholds are unmet or a section has no events.
 */
import { checkKnowledgeBase } from "../content/index";
import { computeCoverage, formatCoverage } from "../lib/content/coverage";
import { formatProblems } from "../lib/content/load";

function main(): number {
  const strict = process.argv.includes("--strict");
  const { kb, problems, warnings } = checkKnowledgeBase();
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
