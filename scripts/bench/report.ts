/** Shared shapes and formatting for benchmark suites. */

export interface BenchRow {
  measure: string;
  value: string;
  budget?: string;
  /** Undefined when the row is informational (no budget). */
  pass?: boolean;
}

export interface SuiteResult {
  title: string;
  rows: BenchRow[];
  notes?: string[];
}

/** Median and 95th percentile of a list of durations (ms). */
export function summarize(samples: number[]): { median: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! };
}

export function ms(n: number): string {
  return `${n.toFixed(1)} ms`;
}

export function formatResult(result: SuiteResult, machine: string): string {
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}.`,
    "",
    "| measure | result | budget | |",
    "| --- | ---: | ---: | --- |",
    ...result.rows.map(
      (r) => `| ${r.measure} | ${r.value} | ${r.budget ?? "–"} | ${r.pass === undefined ? "" : r.pass ? "pass" : "**MISSED**"} |`,
    ),
  ];
  if (result.notes?.length) lines.push("", ...result.notes.map((n) => `- ${n}`));
  return lines.join("\n");
}
