import { afterEach, describe, expect, it, vi } from "vitest";

async function loadHealthRoute(databaseUrl: string) {
  vi.resetModules();
  (globalThis as { appDatabase?: unknown }).appDatabase = undefined;
  vi.stubEnv("DATABASE_URL", databaseUrl);
  vi.stubEnv("DATA_DIR", "tests/.tmp/health-data");
  return import("../../app/api/health/route");
}

describe("GET /api/health", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("returns 503 when the database cannot be reached", async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const { GET } = await loadHealthRoute("postgresql://postgres@127.0.0.1:1/none");
    const response = await GET(new Request("http://localhost/api/health"), {});
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", db: "unreachable" });
  });

  it("returns 200 with db ok when the database answers", async () => {
    const { GET } = await loadHealthRoute("file:tests/.tmp/health.db");
    const response = await GET(new Request("http://localhost/api/health"), {});
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });
});
