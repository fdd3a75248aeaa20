/**
 * How long the question bank takes to build. The server builds it once per
 * process (lib/questions/load-bank.ts), so the first, cold run is what a
 * student waiting on a fresh server feels; the warm median shows the cost
 * of the generator itself.
 */
import { performance } from "node:perf_hooks";
import { checkKnowledgeBase } from "../../lib/content/load-knowledge-base";
import { generateQuestionBank } from "../../lib/questions/bank";
import { ms, summarize, type SuiteResult } from "./report";

const WARM_RUNS = 30;
const COLD_BUDGET_MS = 1000;
const WARM_BUDGET_MS = 250;

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

export async function questionBankSuite(): Promise<SuiteResult> {
  const [{ kb, problems }, loadMs] = time(() => checkKnowledgeBase());
  if (problems.length > 0) throw new Error("the knowledge base does not validate; run npm run content:check");
  const [bank, coldMs] = time(() => generateQuestionBank(kb));
  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push(time(() => generateQuestionBank(kb))[1]);
  const { median, p95 } = summarize(warm);
  return {
    title: "Question bank generation",
    rows: [
      { measure: "questions generated", value: String(bank.questions.length) },
      { measure: "knowledge base load and validation (first, cold)", value: ms(loadMs) },
      { measure: "bank generation, first run (cold)", value: ms(coldMs), budget: `< ${COLD_BUDGET_MS} ms`, pass: coldMs < COLD_BUDGET_MS },
      { measure: `bank generation, median of ${WARM_RUNS} warm runs`, value: ms(median), budget: `< ${WARM_BUDGET_MS} ms`, pass: median < WARM_BUDGET_MS },
      { measure: `bank generation, p95 of ${WARM_RUNS} warm runs`, value: ms(p95) },
    ],
  };
}
