import { describe, expect, it } from "vitest";
import { RETRY_MS, retryDelayMs } from "./live-stream";

describe("retryDelayMs", () => {
  it("spreads reconnects between half and one and a half times the average wait", () => {
    expect(retryDelayMs(() => 0)).toBe(RETRY_MS / 2);
    expect(retryDelayMs(() => 0.5)).toBe(RETRY_MS);
    expect(retryDelayMs(() => 0.9999)).toBeLessThanOrEqual((RETRY_MS * 3) / 2);
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs()));
    expect(delays.size).toBeGreaterThan(10);
  });
});
