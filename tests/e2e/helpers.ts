import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-pass-2012";
export const DEMO_TEACHER = "teacher@example.com";
export const DEMO_STUDENT = "student1@example.com";
/** The operator's teacher sign-up code the e2e server is started with (scripts/e2e-server.mjs). */
export const E2E_TEACHER_SIGNUP_CODE = "e2e-teacher-code-2012";

/** Signs in through next-auth's own endpoints (no UI): csrf token, then the credentials callback. */
export async function signInWithApi(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { email: string; role: string } };
  expect(session.user?.email).toBe(email);
  return session.user!;
}

/**
 * Signs up a teacher through the real form, with the operator's code (teachers need it or an invitation),
 * and waits for the teacher home page. The page is left signed in as that teacher.
 */
export async function signUpTeacherWithCode(page: Page, input: { name: string; email: string; password: string }) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(input.name);
  await page.getByLabel("Email").fill(input.email);
  await page.getByLabel("Password").fill(input.password);
  await page.getByRole("radio", { name: "Teacher" }).check();
  await page.getByLabel("Teacher sign-up code").fill(E2E_TEACHER_SIGNUP_CODE);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/teacher$/);
}

/** Signs in through the form; unless told the sign-in should fail, waits until the app has left /sign-in. */
export async function signInWithForm(page: Page, email: string, password = DEMO_PASSWORD, { expectSuccess = true } = {}) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (expectSuccess) await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/**
 * Runs axe on the page and expects no violations. It first waits for the page's title: after a
 * client-side navigation Next.js streams the metadata in after the body, and axe run in between
 * reports a missing <title> that a reader of the finished page never meets.
 */
export async function expectNoAxeViolations(page: Page, what = "this page") {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    `axe on ${what}`,
  ).toEqual([]);
}
