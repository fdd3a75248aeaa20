import { expect, test, type APIRequestContext } from "./fixtures";
import { signInWithForm } from "./helpers";

const PASSWORD = "owner-password-2012";

/** One guess through next-auth's own endpoints, as a script would send it: no browser, no cookies of the owner's. */
async function guessPassword(request: APIRequestContext, email: string, password: string): Promise<string> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  return decodeURIComponent(response.headers().location ?? "");
}

test("an attack on an account never keeps its owner out of a browser they signed in on before", async ({ page, browser, request }) => {
  test.slow(); // a dozen password checks on a shared machine
  const email = `device.owner.${Date.now()}@school.example`;

  // The owner signs up, which signs them in: this browser becomes a known device for the account.
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Device Owner");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/student$/, { timeout: 20_000 }); // argon2 hashing, then signing in
  const deviceCookie = (await page.context().cookies()).find((cookie) => cookie.name === "known-device");
  expect(deviceCookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/api/auth/callback/credentials" });
  const daysToExpiry = (deviceCookie!.expires * 1000 - Date.now()) / 86_400_000;
  expect(daysToExpiry).toBeGreaterThan(179);
  expect(daysToExpiry).toBeLessThanOrEqual(180);

  await page.goto("/sign-out");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);

  // Someone else guesses from a script until the account makes them wait.
  const answers: string[] = [];
  for (let guess = 0; guess < 8; guess++) answers.push(await guessPassword(request, email, `guess-number-${guess}`));
  expect(answers.slice(0, 5).every((location) => location.includes("error=CredentialsSignin"))).toBe(true);
  expect(answers.at(-1)).toContain("Too many failed sign-in attempts");
  // Even the right password is refused to the script now.
  expect(await guessPassword(request, email, PASSWORD)).toContain("Too many failed sign-in attempts");

  // The owner's browser still gets in with the right password.
  await signInWithForm(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/student$/);
  await expect(page.getByRole("heading", { name: "Welcome, Device Owner" })).toBeVisible();

  // A browser that never signed in to this account is asked to wait, and told for how long.
  const freshContext = await browser.newContext();
  const freshPage = await freshContext.newPage();
  await signInWithForm(freshPage, email, PASSWORD, { expectSuccess: false });
  await expect(freshPage.getByRole("main").getByRole("alert")).toHaveText(
    /^Too many failed sign-in attempts\. Wait \d+ (seconds|minutes?), then try again\.$/,
  );
  await expect(freshPage).toHaveURL(/\/sign-in/);
  await freshContext.close();
});
