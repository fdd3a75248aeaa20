import { NextResponse } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAccess } from "../../lib/auth/authorize";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

describe.each(testProviders())("withAccess on %s", (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => database?.drop());

  // A NUL in an id from a hand-made URL or body: PostgreSQL refuses to compare it (error 22021).
  it("answers text the database cannot hold with a 400 and a message, not a 500", async () => {
    const lookUp = withAccess("public", async () => {
      const found = await database.db.class.findUnique({ where: { id: "c1\u0000' OR 1=1" }, select: { id: true } });
      return NextResponse.json({ found: found !== null });
    });
    const response = await lookUp(new Request("http://localhost/api/example"), {});
    if (provider === "postgresql") {
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: "The request holds characters that cannot be stored." });
    } else {
      // SQLite compares it like any other text: there is no such class.
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ found: false });
    }
  });

  // Under a burst the pool can stay busy past Prisma's wait; a transaction that outlives its timeout
  // fails the same way (P2028). Nothing was written, so the client should resend, not report a fault.
  it("answers a transaction Prisma gave up on with a 503 and Retry-After, and writes nothing", async () => {
    const email = `busy.${provider}@school.example`;
    const createSlowly = withAccess("public", async () => {
      await database.db.$transaction(
        async (tx) => {
          await tx.user.create({ data: { email, name: "Busy", passwordHash: "x", role: "STUDENT" } });
          await new Promise((resolve) => setTimeout(resolve, 200));
        },
        { timeout: 20 },
      );
      return NextResponse.json({ saved: true });
    });
    const response = await createSlowly(new Request("http://localhost/api/example"), {});
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("2");
    expect((await response.json()).error).toMatch(/busy/i);
    expect(await database.db.user.count({ where: { email } })).toBe(0);
  });
});
