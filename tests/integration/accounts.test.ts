import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../../lib/accounts/create-account";
import { MAX_FAILURES_PER_EMAIL } from "../../lib/accounts/login-throttle";
import { verifyCredentials } from "../../lib/accounts/verify-credentials";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

describe.each(testProviders())("accounts on %s", (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => database?.drop());

  it("creates a teacher account with an argon2id hash and signs in with it", async () => {
    const created = await createAccount(database.db, {
      name: "Amal Teacher",
      email: "  Amal@School.example ",
      password: "long-enough-pass",
      role: "teacher",
    });
    expect(created).toMatchObject({ ok: true, user: { email: "amal@school.example", role: "teacher" } });
    const stored = await database.db.user.findUniqueOrThrow({ where: { email: "amal@school.example" } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain("long-enough-pass");

    const signedIn = await verifyCredentials(database.db, { email: "amal@school.example", password: "long-enough-pass" }, null);
    expect(signedIn).toMatchObject({ ok: true, user: { role: "teacher", name: "Amal Teacher" } });
  });

  it("explains each bad field and stores nothing", async () => {
    const before = await database.db.user.count();
    const result = await createAccount(database.db, { name: "", email: "not-an-email", password: "short", role: "teacher" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.email).toMatch(/valid email/);
    expect(result.errors.password).toMatch(/at least 10 characters/);
    expect(result.errors.name).toMatch(/Enter your name/);
    expect(await database.db.user.count()).toBe(before);
  });

  it("refuses an email that is already taken, whatever its case", async () => {
    await createAccount(database.db, { name: "First", email: "taken@example.com", password: "long-enough-pass", role: "student" });
    const again = await createAccount(database.db, {
      name: "Second",
      email: "TAKEN@example.com",
      password: "another-long-pass",
      role: "student",
    });
    expect(again).toEqual({ ok: false, errors: { email: "An account with this email already exists. Sign in instead." } });
    expect(await database.db.user.count({ where: { email: "taken@example.com" } })).toBe(1);
  });

  it("never lets sign-up choose a role other than student or teacher", async () => {
    const result = await createAccount(database.db, {
      name: "Sneaky",
      email: "sneaky@example.com",
      password: "long-enough-pass",
      role: "admin",
    });
    expect(result).toMatchObject({ ok: true, user: { role: "student" } });
  });

  it("blocks an email after repeated failures, even with the right password, then lets it in later", async () => {
    await createAccount(database.db, { name: "Target", email: "target@example.com", password: "right-password-1", role: "student" });
    const start = new Date("2026-01-01T10:00:00Z");
    for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL; attempt++) {
      const failed = await verifyCredentials(database.db, { email: "target@example.com", password: "wrong-guess" }, "10.0.0.9", start);
      expect(failed).toEqual({ ok: false, reason: "invalid" });
    }
    const blocked = await verifyCredentials(
      database.db,
      { email: "target@example.com", password: "right-password-1" },
      "10.0.0.9",
      new Date(start.getTime() + 60_000),
    );
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    const later = await verifyCredentials(
      database.db,
      { email: "target@example.com", password: "right-password-1" },
      "10.0.0.9",
      new Date(start.getTime() + 20 * 60_000),
    );
    expect(later.ok).toBe(true);
  });
});
