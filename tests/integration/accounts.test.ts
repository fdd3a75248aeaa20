import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../../lib/accounts/create-account";
import { SIGN_IN_ACCOUNT } from "../../lib/accounts/login-throttle";
import { throttledSignInMessage, verifyCredentials } from "../../lib/accounts/verify-credentials";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

describe.each(testProviders())("accounts on %s", (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => database?.drop());

  it("creates a teacher account with an argon2id hash and signs in with it", async () => {
    // Teachers need an invitation or the operator's code (tests/integration/sessions.test.ts).
    const created = await createAccount(
      database.db,
      { name: "Amal Teacher", email: "  Amal@School.example ", password: "long-enough-pass", role: "teacher", teacherCode: "operator-code-1" },
      { teacherSignupCode: "operator-code-1" },
    );
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

  it("after five failures from a new browser, makes even the right password wait 30 seconds, and says so", async () => {
    await createAccount(database.db, { name: "Target", email: "target@example.com", password: "right-password-1", role: "student" });
    const start = new Date("2026-01-01T10:00:00Z");
    const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
    const fromNewBrowser = { address: "10.0.0.9", knownDeviceCookie: null, secret: "integration-test-secret-of-32-chars!" };
    const attempt = (password: string, seconds: number) =>
      verifyCredentials(database.db, { email: "target@example.com", password }, fromNewBrowser, at(seconds));

    for (let failure = 0; failure < SIGN_IN_ACCOUNT.failuresBeforeWait; failure++) {
      expect(await attempt("wrong-guess", failure)).toEqual({ ok: false, reason: "invalid" });
    }
    const waiting = await attempt("right-password-1", 10);
    expect(waiting).toEqual({ ok: false, reason: "throttled", retryAfterMs: 24_000 });
    if (waiting.ok || waiting.reason !== "throttled") return;
    expect(throttledSignInMessage(waiting.retryAfterMs)).toBe("Too many failed sign-in attempts. Wait 24 seconds, then try again.");

    // Another failure after the wait doubles it: the right password must now wait a minute.
    expect(await attempt("wrong-again", 35)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("right-password-1", 90)).toMatchObject({ ok: false, reason: "throttled", retryAfterMs: 5_000 });
    const later = await attempt("right-password-1", 95);
    expect(later.ok).toBe(true);
    // Signing in clears the account's record: the next mistake costs nothing again.
    expect(await attempt("one-typo", 96)).toEqual({ ok: false, reason: "invalid" });
    expect((await attempt("right-password-1", 97)).ok).toBe(true);
  });
});
