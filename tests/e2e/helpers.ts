import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-pass-2012";
export const DEMO_TEACHER = "teacher@example.com";
export const DEMO_STUDENT = "student1@example.com";

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
