/**
 * Counts what the fuzz test sent and what came back, per route or action, and
 * prints it as a table for the CI log, ending with the one line that matters:
 * "0 5xx over N requests, R routes, A actions".
 */
export interface ServerError {
  target: string;
  request: string;
  status: number;
  detail: string;
}

export class FuzzReport {
  private readonly counts = new Map<string, Map<number, number>>();
  readonly serverErrors: ServerError[] = [];

  record(target: string, status: number): void {
    const byStatus = this.counts.get(target) ?? new Map<number, number>();
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    this.counts.set(target, byStatus);
  }

  /** A 5xx, or a server error hidden in a 2xx Server Components reply. */
  recordServerError(error: ServerError): void {
    this.serverErrors.push(error);
  }

  get requestCount(): number {
    let total = 0;
    for (const byStatus of this.counts.values()) for (const n of byStatus.values()) total += n;
    return total;
  }

  table({ seed, runs, routes, actions }: { seed: number; runs: number; routes: number; actions: number }): string {
    const rows = [...this.counts].sort(([a], [b]) => a.localeCompare(b));
    const width = Math.max(20, ...rows.map(([target]) => target.length));
    const lines = [
      `HTTP fuzz: seed ${seed} (FUZZ_SEED=${seed} repeats this run), ${runs} runs per route and action (FUZZ_RUNS)`,
      `${"route or action".padEnd(width)}  ${"requests".padStart(8)}  ${"5xx".padStart(4)}  statuses`,
    ];
    for (const [target, byStatus] of rows) {
      const requests = [...byStatus.values()].reduce((sum, n) => sum + n, 0);
      const fivexx = [...byStatus].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);
      const statuses = [...byStatus]
        .sort(([a], [b]) => a - b)
        .map(([status, n]) => `${status}×${n}`)
        .join(" ");
      lines.push(`${target.padEnd(width)}  ${String(requests).padStart(8)}  ${String(fivexx).padStart(4)}  ${statuses}`);
    }
    const errors = this.serverErrors.length;
    lines.push(`${errors} 5xx over ${this.requestCount} requests, ${routes} routes, ${actions} actions`);
    for (const error of this.serverErrors.slice(0, 20)) {
      lines.push(`  ✗ ${error.status} ${error.target}: ${error.request} → ${error.detail}`);
    }
    return lines.join("\n");
  }
}

/** A short, printable description of a request body for failure messages. */
export function describeBody(body: unknown): string {
  if (body === undefined) return "no body";
  if (body instanceof FormData) {
    const fields = [...body.entries()].map(([name, value]) => `${name}=${typeof value === "string" ? value : `<file ${value.size} B>`}`);
    return `multipart {${clip(fields.join(", "))}}`;
  }
  if (body instanceof Uint8Array) return `${body.byteLength} bytes`;
  return clip(String(body));
}

export function clip(text: string, max = 200): string {
  const printable = JSON.stringify(text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text);
  return printable;
}
