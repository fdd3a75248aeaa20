/**
 * The security headers (docs/decisions/011-security-headers.md) on every kind of response the app
 * sends, the CSP nonce on every script Next.js renders, clickjacking refused, and Secure cookies
 * in production mode.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "./fixtures";
import { DEMO_PASSWORD, DEMO_STUDENT, DEMO_TEACHER, signInWithApi, signInWithForm } from "./helpers";

const FIXED_HEADERS = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "cross-origin-opener-policy": "same-origin",
};

/** The headers every response carries, and its one Content-Security-Policy. */
function expectFixedHeaders(response: APIResponse, what: string): string {
  const headers = response.headers();
  expect(headers, what).toMatchObject(FIXED_HEADERS);
  expect(headers["permissions-policy"], what).toMatch(/(^|, )camera=\(\)/);
  expect(headers["permissions-policy"], what).toMatch(/(^|, )geolocation=\(\)/);
  // The e2e server is http://localhost: no HSTS.
  expect(headers, what).not.toHaveProperty("strict-transport-security");
  // Two policies would both be enforced, and the stricter one would block the page.
  const policies = response.headersArray().filter(({ name }) => name.toLowerCase() === "content-security-policy");
  expect(policies, `${what}: one Content-Security-Policy`).toHaveLength(1);
  const policy = policies[0]!.value;
  expect(policy, what).toContain("frame-ancestors 'none'");
  return policy;
}

/** A route handler or a build file: the fixed headers, and a policy under which nothing loads or runs. */
function expectClosedHeaders(response: APIResponse, what: string) {
  expect(expectFixedHeaders(response, what), what).toBe("default-src 'none'; frame-ancestors 'none'");
}

/** A page: the fixed headers and the page policy; returns the nonce in it. */
function expectPageHeaders(response: APIResponse, what: string): string {
  const policy = expectFixedHeaders(response, what);
  expect(policy, what).not.toContain("upgrade-insecure-requests");
  const scriptSources = policy.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
  expect(scriptSources, what).toContain("'strict-dynamic'");
  expect(scriptSources, what).not.toContain("'unsafe-inline'");
  expect(scriptSources, what).not.toContain("'unsafe-eval'");
  const nonce = /'nonce-([^']+)'/.exec(scriptSources)?.[1];
  expect(nonce, `${what}: a nonce in script-src`).toBeTruthy();
  return nonce!;
}

/** The nonce attribute of every <script> in the HTML (undefined for a script without one). */
function scriptNonces(html: string): (string | undefined)[] {
  return [...html.matchAll(/<script\b[^>]*>/g)].map((tag) => /\snonce="([^"]*)"/.exec(tag[0])?.[1]);
}

/** A page's response: its headers, and its scripts all carrying that response's nonce. */
async function expectPageWithNonce(response: APIResponse, what: string): Promise<string> {
  const nonce = expectPageHeaders(response, what);
  const nonces = scriptNonces(await response.text());
  expect(nonces.length, `${what}: scripts on the page`).toBeGreaterThan(0);
  expect(new Set(nonces), `${what}: every script carries the response's nonce`).toEqual(new Set([nonce]));
  return nonce;
}

async function demoClassId(teacher: APIRequestContext): Promise<string> {
  const html = await (await teacher.get("/teacher")).text();
  const classId = /href="\/teacher\/classes\/([^"/?]+)"/.exec(html)?.[1];
  expect(classId, "the demo teacher's class link").toBeTruthy();
  return classId!;
}

test.describe("headers on every response", () => {
  test("a page: each response has its own nonce, and it is on every script Next.js renders", async ({ request }) => {
    const landing = await request.get("/");
    expect(landing.status()).toBe(200);
    await expectPageWithNonce(landing, "GET /");

    const first = await request.get("/sign-in");
    expect(first.status()).toBe(200);
    const second = await request.get("/sign-in");
    const firstNonce = await expectPageWithNonce(first, "GET /sign-in");
    const secondNonce = await expectPageWithNonce(second, "GET /sign-in again");
    expect(secondNonce).not.toBe(firstNonce);

    // A static chunk the page loads: no sniffing it into something else.
    const chunk = /<script\b[^>]*\ssrc="(\/_next\/static\/[^"]+\.js)"/.exec(await first.text())?.[1];
    expect(chunk, "a script chunk on the page").toBeTruthy();
    const chunkResponse = await request.get(chunk!);
    expect(chunkResponse.status()).toBe(200);
    expectClosedHeaders(chunkResponse, `GET ${chunk}`);
  });

  test("a nonce or policy sent by the client is replaced, not used", async ({ request }) => {
    const response = await request.get("/sign-in", {
      headers: { "content-security-policy": "script-src 'nonce-chosenByTheClient'", "x-nonce": "chosenByTheClient" },
    });
    const nonce = await expectPageWithNonce(response, "GET /sign-in with a forged nonce");
    expect(nonce).not.toBe("chosenByTheClient");
    expect(await response.text()).not.toContain("chosenByTheClient");
  });

  test("API routes: public, static, next-auth's, and one behind sign-in", async ({ request }) => {
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    expectClosedHeaders(health, "GET /api/health");

    const map = await request.get("/api/map/governorates");
    expect(map.status()).toBe(200);
    expectClosedHeaders(map, "GET /api/map/governorates (built at build time)");

    const anonymous = await request.get("/api/classes/any-class/exports/gradebook");
    expect(anonymous.status()).toBe(401);
    expectClosedHeaders(anonymous, "the gradebook without signing in (401)");

    expectClosedHeaders(await request.get("/api/auth/csrf"), "GET /api/auth/csrf");
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const signIn = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: DEMO_TEACHER, password: DEMO_PASSWORD },
      maxRedirects: 0,
    });
    expect(signIn.status()).toBe(302);
    expectClosedHeaders(signIn, "next-auth's sign-in (302)");

    const gradebook = await request.get(`/api/classes/${await demoClassId(request)}/exports/gradebook`);
    expect(gradebook.status()).toBe(200);
    expect(gradebook.headers()["content-type"]).toContain("text/csv");
    expectClosedHeaders(gradebook, "the teacher's gradebook CSV");
  });

  test("error pages: 404 and 403 carry the headers and a working nonce", async ({ request }) => {
    const missing = await request.get("/no-such-page");
    expect(missing.status()).toBe(404);
    await expectPageWithNonce(missing, "the 404 page");

    const missingChunk = await request.get("/_next/static/chunks/no-such-chunk.js");
    expect(missingChunk.status()).toBe(404);
    expectClosedHeaders(missingChunk, "a missing static file");

    // The proxy sees this one (its request check looks at %-escapes) but must leave the closed policy alone.
    const escapedApiPath = await request.get("/api/no%20such%20route");
    expect(escapedApiPath.status()).toBe(404);
    expectClosedHeaders(escapedApiPath, "an API path with a %-escape");

    await signInWithApi(request, DEMO_STUDENT);
    const forbidden = await request.get("/teacher");
    expect(forbidden.status()).toBe(403);
    await expectPageWithNonce(forbidden, "the 403 page");
  });
});

test.describe("the policy in the browser", () => {
  // Provoked below on purpose. Chromium words it "Executing inline script violates … Content Security Policy …"
  // (older versions: "Refused to execute inline script because it violates …").
  const INLINE_CODE_REFUSED = /inline (script|event handler).*Content Security Policy/i;
  test.use({ expectedSecurityPolicyMessages: [INLINE_CODE_REFUSED] });

  test("markup injected into a page cannot run code, and the app's own scripts still do", async ({ page, baseURL }) => {
    // As if a stored script had slipped into the server's HTML: an inline script and an inline event handler.
    await page.route(`${baseURL}/sign-in`, async (route) => {
      const response = await route.fetch();
      const injected = `<script>window.injectedScriptRan = true;</script><img alt="" src="data:," onerror="window.injectedHandlerRan = true">`;
      await route.fulfill({ response, body: (await response.text()).replace("</main>", `${injected}</main>`) });
    });
    const refusals: string[] = [];
    page.on("console", (message) => {
      if (INLINE_CODE_REFUSED.test(message.text())) refusals.push(message.text());
    });

    await page.goto("/sign-in");
    await expect.poll(() => refusals.length, { message: "the browser refused the script and the handler" }).toBe(2);
    const ran = await page.evaluate(() => {
      const injected = window as { injectedScriptRan?: boolean; injectedHandlerRan?: boolean };
      return [injected.injectedScriptRan ?? false, injected.injectedHandlerRan ?? false];
    });
    expect(ran, "the injected script and handler ran").toEqual([false, false]);

    // The sign-in form works only once React has hydrated it: the nonced scripts ran on this same page.
    await page.getByLabel("Email").fill(DEMO_STUDENT);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/student");
    await expect(page.getByRole("heading", { name: "Welcome, Student 1" })).toBeVisible();
  });
});

test.describe("clickjacking", () => {
  test.use({ expectedSecurityPolicyMessages: [/frame-ancestors/] });

  // Another origin on the same site (localhost, another port), served by a real local server so Chromium
  // treats it as a local page: the session cookie goes with the frame's request, exactly the case where a
  // transparent frame over a prize button could make a signed-in teacher click "Remove".
  let attackerSite: Server;
  let attackerOrigin = "";
  test.beforeAll(async ({ baseURL }) => {
    const target = `${baseURL}/teacher`;
    attackerSite = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.end(`<!doctype html><title>Win a prize</title><h1>Win a prize</h1><iframe src="${target}" width="900" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => attackerSite.listen(0, "localhost", resolve));
    attackerOrigin = `http://localhost:${(attackerSite.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    await new Promise((resolve) => attackerSite?.close(resolve));
  });

  test("a teacher page framed by another site is refused", async ({ page, baseURL }) => {
    await signInWithApi(page.request, DEMO_TEACHER);
    const target = `${baseURL}/teacher`;
    const refused = page.waitForEvent("console", (message) => /frame-ancestors 'none'/.test(message.text()));
    const framedResponse = page.waitForResponse(target);
    await page.goto(`${attackerOrigin}/prize`);
    expect((await framedResponse).status(), "the app answered the framed request: the teacher is signed in").toBe(200);
    await refused;

    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    expect(frame, "the iframe").toBeTruthy();
    await frame!.waitForLoadState();
    expect(frame!.url()).not.toBe(target);
    await expect(frame!.getByRole("heading", { name: "My classes" })).toHaveCount(0);
  });
});

test.describe("production mode", () => {
  // A second server on the same build, run as an operator would: APP_MODE=production, over plain http.
  let server: ChildProcess | undefined;
  let origin = "";
  let serverOutput = "";

  test.beforeAll(async ({ baseURL }, testInfo) => {
    testInfo.setTimeout(120_000);
    const port = Number(new URL(baseURL!).port) + 100;
    origin = `http://localhost:${port}`;
    const dataDir = path.resolve(`tests/.tmp/e2e-production-${port}`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true });
    server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts", "--no-build"], {
      env: {
        ...process.env,
        APP_MODE: "production",
        PORT: String(port),
        DATA_DIR: dataDir,
        DATABASE_URL: `file:${path.join(dataDir, "app.db")}`,
        AUTH_SECRET: randomBytes(32).toString("base64"),
        NEXTAUTH_URL: origin,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const collect = (chunk: Buffer) => (serverOutput = (serverOutput + chunk.toString()).slice(-4000));
    server.stdout!.on("data", collect);
    server.stderr!.on("data", collect);
    const deadline = Date.now() + 100_000;
    for (;;) {
      const healthy = await fetch(`${origin}/api/health`).then((response) => response.ok, () => false);
      if (healthy) break;
      if (server.exitCode !== null || Date.now() > deadline) {
        throw new Error(`The production-mode server did not start:\n${serverOutput}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });

  test.afterAll(async () => {
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  });

  test("signing in sets only Secure cookies, even over plain http", async ({ browser }) => {
    test.setTimeout(60_000);
    const email = `secure.cookies.${Date.now()}@school.example`;
    const password = "a-long-password";
    const signUp = await browser.newContext({ baseURL: origin });
    const signUpPage = await signUp.newPage();
    await signUpPage.goto("/sign-up");
    await signUpPage.getByLabel("Name").fill("Secure Cookie Student");
    await signUpPage.getByLabel("Email").fill(email);
    await signUpPage.getByLabel("Password").fill(password);
    await signUpPage.getByRole("button", { name: "Create account" }).click();
    // argon2 hashing on a busy machine: give it time.
    await expect(signUpPage).toHaveURL(/\/student/, { timeout: 20_000 });
    await signUp.close();

    const context = await browser.newContext({ baseURL: origin });
    const page = await context.newPage();
    const signInResponse = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
    await signInWithForm(page, email, password);
    const setCookies = ((await (await signInResponse).headerValue("set-cookie")) ?? "").split("\n").filter(Boolean);
    expect(setCookies.some((cookie) => cookie.startsWith("__Secure-next-auth.session-token=")), "the session cookie").toBe(true);
    for (const cookie of setCookies) expect(cookie, "every cookie set by signing in").toMatch(/;\s*Secure(;|$)/i);
    for (const cookie of await context.cookies()) expect(cookie.secure, `cookie ${cookie.name}`).toBe(true);
    await context.close();
  });
});
