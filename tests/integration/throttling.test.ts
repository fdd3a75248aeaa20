/**
 * Sign-in throttling as people meet it (docs/decisions/009-sign-in-and-join-throttling.md):
 * an attack on an account never keeps its owner out of a browser they signed in on before,
 * a school behind one address does not throttle itself, and a forged X-Forwarded-For does
 * not buy an attacker a fresh address.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../lib/accounts/passwords";
import { delayAfter, SIGN_IN_ADDRESS, signInAddressKey } from "../../lib/accounts/login-throttle";
import { throttledSignInMessage, verifyCredentials, type SignInContext } from "../../lib/accounts/verify-credentials";
import { createUser } from "../../lib/demo/factories";
import { clientAddress, installPeerAddressHeader, PEER_ADDRESS_HEADER } from "../../lib/http/client-address";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

const SECRET = "integration-test-secret-of-32-chars!";
const PASSWORD = "right-password-2012";
const START = new Date("2026-02-02T08:00:00Z");
const at = (seconds: number) => new Date(START.getTime() + seconds * 1000);

/** A browser that has never signed in here, at `address`. */
const newBrowser = (address: string): SignInContext => ({ address, knownDeviceCookie: null, secret: SECRET });

describe.each(testProviders())("sign-in throttling on %s", (provider) => {
  let database: TestDatabase;
  let passwordHash: string;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    passwordHash = await hashPassword(PASSWORD);
  });
  afterAll(async () => database?.drop());

  const makeStudent = (email: string) => createUser(database.db, { email, name: email.split("@")[0]!, role: "student", passwordHash });
  const signIn = (email: string, password: string, context: SignInContext, seconds: number) =>
    verifyCredentials(database.db, { email, password }, context, at(seconds));
  /** `failures` earlier failures from `address` (at other accounts), the last at `seconds`, as the throttle records them. */
  const earlierAddressFailures = async (address: string, failures: number, seconds: number) => {
    const { key } = signInAddressKey(address);
    const state = { failures, windowStart: at(seconds), blockedUntil: new Date(at(seconds).getTime() + delayAfter(failures, SIGN_IN_ADDRESS)) };
    await database.db.loginThrottle.upsert({ where: { key }, create: { key, ...state }, update: state });
  };

  it("lets the owner in on their known device after 100 failed attempts from elsewhere, and makes a new browser wait", async () => {
    await makeStudent("owner@school.example");
    const home = await signIn("owner@school.example", PASSWORD, newBrowser("198.51.100.10"), 0);
    if (!home.ok) throw new Error("the first sign-in failed");
    expect(home.knownDeviceCookie).toMatch(/\S/);
    const knownDevice: SignInContext = { address: "198.51.100.10", knownDeviceCookie: home.knownDeviceCookie, secret: SECRET };

    // An attacker tries all day from many addresses, without the cookie.
    const outcomes = { invalid: 0, throttled: 0 };
    for (let attempt = 0; attempt < 100; attempt++) {
      const result = await signIn("owner@school.example", `guess-${attempt}`, newBrowser(`203.0.113.${attempt % 50}`), 60 + attempt * 10);
      expect(result.ok).toBe(false);
      if (!result.ok) outcomes[result.reason]++;
    }
    expect(outcomes.invalid).toBeLessThan(12); // the rest were refused unchecked
    expect(outcomes.throttled).toBeGreaterThan(88);

    const owner = await signIn("owner@school.example", PASSWORD, knownDevice, 1061);
    expect(owner).toMatchObject({ ok: true, user: { email: "owner@school.example" } });

    const elsewhere = await signIn("owner@school.example", PASSWORD, newBrowser("198.51.100.77"), 1061);
    expect(elsewhere).toMatchObject({ ok: false, reason: "throttled" });
    if (elsewhere.ok || elsewhere.reason !== "throttled") return;
    expect(elsewhere.retryAfterMs).toBeGreaterThan(0);
    expect(elsewhere.retryAfterMs).toBeLessThanOrEqual(15 * 60_000);
    expect(throttledSignInMessage(elsewhere.retryAfterMs)).toMatch(/^Too many failed sign-in attempts\. Wait \d+ (seconds?|minutes?), then try again\.$/);
  });

  it("gives a known device its own small budget, so a stolen cookie cannot be used to guess", async () => {
    await makeStudent("device@school.example");
    const first = await signIn("device@school.example", PASSWORD, newBrowser("198.51.100.11"), 0);
    if (!first.ok) throw new Error("the first sign-in failed");
    const device: SignInContext = { address: "198.51.100.11", knownDeviceCookie: first.knownDeviceCookie, secret: SECRET };

    for (let failure = 0; failure < 5; failure++) {
      expect(await signIn("device@school.example", `guess-${failure}`, device, 10 + failure)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await signIn("device@school.example", PASSWORD, device, 20)).toMatchObject({ ok: false, reason: "throttled", retryAfterMs: 54_000 });
    // Its failures are its own: a new browser is not held up by them.
    expect((await signIn("device@school.example", PASSWORD, newBrowser("198.51.100.12"), 20)).ok).toBe(true);
    expect((await signIn("device@school.example", PASSWORD, device, 75)).ok).toBe(true);
  });

  it("does not treat a cookie issued for another account as a known device", async () => {
    await makeStudent("mine@school.example");
    await makeStudent("theirs@school.example");
    const mine = await signIn("mine@school.example", PASSWORD, newBrowser("198.51.100.13"), 0);
    if (!mine.ok) throw new Error("the first sign-in failed");
    const withMyCookie: SignInContext = { address: "198.51.100.13", knownDeviceCookie: mine.knownDeviceCookie, secret: SECRET };
    for (let failure = 0; failure < 5; failure++) await signIn("theirs@school.example", `guess-${failure}`, newBrowser("203.0.113.99"), failure);
    expect(await signIn("theirs@school.example", PASSWORD, withMyCookie, 10)).toMatchObject({ ok: false, reason: "throttled" });
    const forged = { ...withMyCookie, secret: "a-different-secret-also-32-chars-long" };
    expect(await signIn("mine@school.example", PASSWORD, forged, 10)).toMatchObject({ ok: true });
  });

  it("checks no more than five of a burst of parallel guesses at one account", async () => {
    await makeStudent("burst@school.example");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, attempt) => signIn("burst@school.example", `guess-${attempt}`, newBrowser(`203.0.113.${attempt}`), 0)),
    );
    const checked = results.filter((result) => !result.ok && result.reason === "invalid").length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(results.every((result) => !result.ok)).toBe(true);
  });

  // Requests read the clock when they arrive and finish in any order; the cluster check's parallel
  // sign-ups were refused this way ("Wait 1 second") before a failure without a wait stored no date.
  it("lets a student in whose request read the clock a moment before a classmate's mistyped one was counted", async () => {
    await makeStudent("early@school.example");
    await makeStudent("typist@school.example");
    const school = "192.0.2.77";
    expect(await signIn("typist@school.example", "typo", newBrowser(school), 0.005)).toEqual({ ok: false, reason: "invalid" });
    expect((await signIn("early@school.example", PASSWORD, newBrowser(school), 0)).ok).toBe(true);
  });

  // 90 failures: three times what once blocked a whole school. The full-size numbers are in the unit test.
  it("lets 30 students behind one school address fail three times each within two minutes, then all sign in", { timeout: 180_000 }, async () => {
    const school = "192.0.2.50";
    const students = Array.from({ length: 30 }, (_, index) => `pupil${index}@school.example`);
    await database.db.user.createMany({
      data: students.map((email) => ({ email, name: email.split("@")[0]!, role: "student", passwordHash })),
    });
    let failures = 0;
    for (let round = 0; round < 3; round++) {
      for (const [index, email] of students.entries()) {
        const result = await signIn(email, `typo-${round}`, newBrowser(school), round * 30 + index);
        expect(result, `${email}, round ${round}`).toEqual({ ok: false, reason: "invalid" });
        failures++;
      }
    }
    expect(failures).toBe(90);
    for (const [index, email] of students.entries()) {
      expect((await signIn(email, PASSWORD, newBrowser(school), 90 + index)).ok, email).toBe(true);
    }
  });

  it("with TRUST_PROXY_HOPS=0, counts guesses with rotated X-Forwarded-For against the one real address", async () => {
    installPeerAddressHeader(); // as instrumentation.ts does; only then is the stamped header believed
    const forgedRequest = (forged: string) => ({ "x-forwarded-for": forged, [PEER_ADDRESS_HEADER]: "::ffff:192.0.2.66" });
    const addresses = new Set(Array.from({ length: 40 }, (_, index) => clientAddress(forgedRequest(`10.1.${index}.${index}`), 0)));
    expect([...addresses]).toEqual(["192.0.2.66"]);

    // Earlier guesses at other accounts have brought that address to the edge of its budget.
    await earlierAddressFailures("192.0.2.66", SIGN_IN_ADDRESS.failuresBeforeWait - 1, 0);
    await makeStudent("rotated@school.example");
    const rotate = (index: number) => newBrowser(clientAddress(forgedRequest(`172.16.0.${index}`), 0));
    expect(await signIn("nobody@school.example", "guess", rotate(1), 1)).toEqual({ ok: false, reason: "invalid" });
    // A new forged address buys nothing: the real one waits, even with the right password.
    expect(await signIn("rotated@school.example", PASSWORD, rotate(2), 1)).toMatchObject({
      ok: false,
      reason: "throttled",
      retryAfterMs: 1000,
    });
    // A browser that signed in before is not held up by its address.
    await database.db.loginThrottle.deleteMany({ where: { key: signInAddressKey("192.0.2.66").key } });
    const before = await signIn("rotated@school.example", PASSWORD, rotate(3), 2);
    if (!before.ok) throw new Error("sign-in failed");
    await earlierAddressFailures("192.0.2.66", SIGN_IN_ADDRESS.failuresBeforeWait, 3);
    expect(await signIn("rotated@school.example", PASSWORD, rotate(4), 3)).toMatchObject({ ok: false, reason: "throttled" });
    const known = { ...rotate(5), knownDeviceCookie: before.knownDeviceCookie };
    expect((await signIn("rotated@school.example", PASSWORD, known, 3)).ok).toBe(true);
  });

  it("with TRUST_PROXY_HOPS=1, counts the address the load balancer appended, whatever the client put before it", async () => {
    const viaBalancer = (clientSaid: string, balancerSaw: string) =>
      newBrowser(clientAddress({ "x-forwarded-for": `${clientSaid}, ${balancerSaw}`, [PEER_ADDRESS_HEADER]: "10.0.0.2" }, 1));
    expect(viaBalancer("6.6.6.6", "203.0.113.200").address).toBe("203.0.113.200");

    await earlierAddressFailures("203.0.113.200", SIGN_IN_ADDRESS.failuresBeforeWait, 0);
    await makeStudent("balanced@school.example");
    expect(await signIn("balanced@school.example", PASSWORD, viaBalancer("1.2.3.4", "203.0.113.200"), 0)).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    // Another client behind the same balancer is a different address, and is not held up.
    expect((await signIn("balanced@school.example", PASSWORD, viaBalancer("1.2.3.4", "203.0.113.201"), 0)).ok).toBe(true);
  });
});
