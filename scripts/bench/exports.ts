/**
 * How long a 2,000-question export takes in each format, and how much memory it holds while it
 * is written: the file is streamed (lib/exports), so the heap should grow far less than the file.
 * The 2,000 questions are the bank's own, repeated with fresh ids until there are enough.
 */
import { performance } from "node:perf_hooks";
import { loadKnowledgeBase } from "../../lib/content/load-knowledge-base";
import { exportQuestions } from "../../lib/exports/export-questions";
import { EXPORT_FORMATS } from "../../lib/exports/shared";
import { generateQuestionBank } from "../../lib/questions/bank";
import type { Question } from "../../lib/questions/types";
import { ms, summarize, type BenchRow, type SuiteResult } from "./report";

const QUESTIONS = 2000;
const RUNS = 3;
const BUDGET_MS = 5000;

export async function exportsSuite(): Promise<SuiteResult> {
  const kb = loadKnowledgeBase();
  const bank = generateQuestionBank(kb);
  const questions: Question[] = Array.from({ length: QUESTIONS }, (_, i) => {
    const q = bank.questions[i % bank.questions.length]!;
    return { ...q, id: `${q.id}#${i}` };
  });
  const context = { title: "Benchmark", sourceTitles: new Map(kb.sources.map((s) => [s.file, s.title])) };
  const rows: BenchRow[] = [];
  for (const format of EXPORT_FORMATS) {
    const times: number[] = [];
    let bytes = 0;
    let exported = 0;
    let peakHeapGrowth = 0;
    for (let run = 0; run < RUNS; run++) {
      globalThis.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const started = performance.now();
      const file = exportQuestions(questions, format, context);
      bytes = 0;
      for await (const chunk of file.body) {
        bytes += (chunk as Buffer).length;
        peakHeapGrowth = Math.max(peakHeapGrowth, process.memoryUsage().heapUsed - heapBefore);
      }
      times.push(performance.now() - started);
      exported = file.report.exported;
    }
    const { median } = summarize(times);
    rows.push({
      measure: `${format}: ${exported} of ${QUESTIONS} questions, ${(bytes / 1024).toFixed(0)} KiB, heap growth ≤ ${(peakHeapGrowth / 1024 / 1024).toFixed(1)} MiB (median of ${RUNS})`,
      value: ms(median),
      budget: `< ${BUDGET_MS} ms`,
      pass: median < BUDGET_MS,
    });
  }
  return {
    title: "Question exports (2,000 questions)",
    rows,
    notes: ["Heap growth is sampled as each chunk arrives, without forcing garbage collection between chunks; it is an upper bound."],
  };
}
