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
