/**
 * Two load shapes for the submission benchmark.
 * - openLoop: requests leave on a fixed schedule whether or not earlier ones
 *   have returned (a class of students does not wait for each other), and
 *   latency counts from the scheduled moment, so a stalled server cannot hide
 *   its queue (no coordinated omission).
 * - saturate: autocannon with many connections, for the most the server can do.
 */
import http from "node:http";
import autocannon from "autocannon";
import { summarize } from "../report";

export interface PlannedRequest {
  path: string;
  body: string;
  cookie?: string;
}

export interface OpenLoopResult {
  sent: number;
  ok: number;
  statusCounts: Record<string, number>;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  achievedRate: number;
}

export async function openLoop(baseUrl: string, requests: PlannedRequest[], ratePerSecond: number, maxSockets: number): Promise<OpenLoopResult> {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  const started = performance.now();
  const intervalMs = 1000 / ratePerSecond;
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < requests.length; i++) {
    const scheduled = started + i * intervalMs;
    const wait = scheduled - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const planned = requests[i]!;
    inFlight.push(
      new Promise<void>((resolve) => {
        const request = http.request(
          {
            host: url.hostname,
            port: url.port,
            path: planned.path,
            method: "POST",
            agent,
            headers: {
              "content-type": "application/json",
              "content-length": Buffer.byteLength(planned.body),
              ...(planned.cookie ? { cookie: planned.cookie } : {}),
            },
          },
          (response) => {
            response.resume();
            response.on("end", () => {
              latencies.push(performance.now() - scheduled);
              statusCounts[String(response.statusCode)] = (statusCounts[String(response.statusCode)] ?? 0) + 1;
              resolve();
            });
          },
        );
        request.on("error", () => {
          statusCounts.error = (statusCounts.error ?? 0) + 1;
          resolve();
        });
        request.end(planned.body);
      }),
    );
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const { median, p95, max } = summarize(latencies);
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    sent: requests.length,
    ok: statusCounts["200"] ?? 0,
    statusCounts,
    p50: median,
    p95,
    p99: sorted[Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)] ?? 0,
    max,
    achievedRate: requests.length / elapsed,
  };
}

export interface SaturationResult {
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
  p50: number;
  p99: number;
}

/** Closed-loop autocannon run; `next` hands out a fresh request each time (answers must not repeat). */
export async function saturate(baseUrl: string, next: () => PlannedRequest, connections: number, seconds: number): Promise<SaturationResult> {
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        setupRequest: (request) => {
          const planned = next();
          return {
            ...request,
            path: planned.path,
            body: planned.body,
            headers: { ...request.headers, "content-type": "application/json", ...(planned.cookie ? { cookie: planned.cookie } : {}) },
          };
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    non2xx: result.non2xx,
    errors: result.errors,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}
