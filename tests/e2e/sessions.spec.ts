/**
 * Sessions that really end, and teacher accounts only by invitation (or the operator's code).
 * Each test copies a real session cookie out of the browser and replays it with a plain HTTP
 * client, the way someone who picked it up (a shared computer, a copied header) would.
 */
import { request as playwrightRequest, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { sampleResponse } from "../../lib/questions/sample-response";
import { expect, test } from "./fixtures";
import { DEMO_TEACHER, E2E_TEACHER_SIGNUP_CODE, expectNoAxeViolations, signInWithApi, signInWithForm } from "./helpers";
import { currentQuestion, startQuizFromSetPage } from "./quiz-helpers";

// Several sign-ins (argon2 on purpose) per test, on a machine shared with other builds.
test.describe.configure({ timeout: 90_000 });

/** A demo student no other spec signs in as. */
const SIGN_OUT_STUDENT = "student5@example.com";

async function sessionCookieOf(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie, "a session cookie after signing in").toBeTruthy();
  return `${cookie!.name}=${cookie!.value}`;
}

/** A bare HTTP client that sends only the given cookie: no browser, no cookie jar. */
async function clientWithCookie(baseURL: string, cookie: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { cookie } });
}

async function expectSignedOut(client: APIRequestContext, what: string) {
  const page = await client.get("/student", { maxRedirects: 0 });
  expect(page.status(), `${what}: a page`).toBe(307);
  expect(page.headers().location, `${what}: sent to sign-in`).toMatch(/\/sign-in\?callbackUrl=%2Fstudent$/);
}

async function expectSignedIn(client: APIRequestContext, what: string) {
  const page = await client.get("/student", { maxRedirects: 0 });
  expect(page.status(), `${what}: a page`).toBe(200);
}

test("after sign-out the old session cookie records no answer and opens no page", async ({ page, baseURL }) => {
  await signInWithForm(page, SIGN_OUT_STUDENT);
  const attemptId = await startQuizFromSetPage(page, "siege-of-wadi-deif", { length: 5 });
  const question = await currentQuestion(page);
  const copied = await clientWithCookie(baseURL!, await sessionCookieOf(page.context()));
  await expectSignedIn(copied, "the copied cookie before sign-out");

  await page.getByRole("link", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);

  const answer = await copied.post(`/api/attempts/${attemptId}/responses`, {
    data: { clientResponseId: `after-sign-out-${Date.now()}`, questionId: question.id, response: sampleResponse(question) },
    failOnStatusCode: false,
  });
  expect(answer.status()).toBe(401);
  expect(await answer.json()).toEqual({ error: "Sign in to continue." });
  await expectSignedOut(copied, "the copied cookie after sign-out");
  // next-auth's own session endpoint agrees, and does not hand out a fresh cookie for it.
  const session = await copied.get("/api/auth/session");
  expect(await session.json()).toEqual({});

  // Nothing was recorded: signed in again, the attempt still has no answer.
  await signInWithForm(page, SIGN_OUT_STUDENT);
  await page.goto(`/student/quiz/${attemptId}/summary`);
  await expect(page.getByText(/^You answered 0 of 5 questions( in [a-z0-9 ]+)?\.$/)).toBeVisible();
  await copied.dispose();
});

test.describe.serial("the account page", () => {
  const email = `account.${Date.now()}@school.example`;
  const passwords = { first: "first-password-1", second: "second-password-2" };

  async function signedInBrowser(context: BrowserContext, password: string): Promise<Page> {
    const page = await context.newPage();
    await signInWithForm(page, email, password);
    return page;
  }

  test("a new student changes their password: the other browser is signed out, this one stays", async ({ browser, page, baseURL }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Samira Account");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(passwords.first);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/student$/, { timeout: 20_000 });
    const other = await signedInBrowser(await browser.newContext({ baseURL }), passwords.first);
    const otherCookie = await clientWithCookie(baseURL!, await sessionCookieOf(other.context()));
    await expectSignedIn(otherCookie, "the other browser before the change");

    // Reached from the navigation with the keyboard.
    await page.getByRole("link", { name: "Account", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expect(page.getByText("(this browser)")).toBeVisible();
    await expectNoAxeViolations(page, "the account page");

    await page.getByLabel("Current password").fill("not-the-password");
    await page.getByLabel("New password", { exact: true }).fill(passwords.second);
    await page.getByLabel("New password again").fill(passwords.second);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("That is not your current password");
    await expectNoAxeViolations(page, "the account page with an error");
    await expectSignedIn(otherCookie, "the other browser after a refused change");

    await page.getByLabel("Current password").fill(passwords.first);
    await page.getByLabel("New password", { exact: true }).fill(passwords.second);
    await page.getByLabel("New password again").fill(passwords.second);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Password changed." })).toContainText("1 other browser was signed out.");

    await expectSignedOut(otherCookie, "the other browser after the change");
    await page.goto("/student");
    await expect(page).toHaveURL(/\/student$/);
    await otherCookie.dispose();
  });

  test("sign out everywhere ends this browser's session and every other one", async ({ browser, page, baseURL }) => {
    const here = await signedInBrowser(page.context(), passwords.second);
    const hereCookie = await clientWithCookie(baseURL!, await sessionCookieOf(here.context()));
    const other = await signedInBrowser(await browser.newContext({ baseURL }), passwords.second);
    const otherCookie = await clientWithCookie(baseURL!, await sessionCookieOf(other.context()));

    await here.goto("/account");
    await here.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(here).toHaveURL(/\/sign-in$/);
    await expectSignedOut(hereCookie, "this browser's copied cookie");
    await expectSignedOut(otherCookie, "the other browser");
    await here.goto("/account");
    await expect(here).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/);
    await hereCookie.dispose();
    await otherCookie.dispose();
  });

  test("deleting the account needs the password, then signs out everywhere and the account cannot sign in", async ({ page, baseURL }) => {
    const here = await signedInBrowser(page.context(), passwords.second);
    const copied = await clientWithCookie(baseURL!, await sessionCookieOf(here.context()));
    await here.goto("/account");
    await expect(here.getByText(/your quiz answers and scores/)).toBeVisible();

    await here.getByLabel("Your password, to confirm").fill("a-wrong-password");
    await here.getByRole("button", { name: "Delete my account" }).click();
    await expect(here.getByRole("main").getByRole("alert")).toContainText("nothing was deleted");

    await here.getByLabel("Your password, to confirm").fill(passwords.second);
    await here.getByRole("button", { name: "Delete my account" }).click();
    await expect(here).toHaveURL(/\/account\/deleted$/);
    await expect(here.getByRole("heading", { name: "Your account has been deleted" })).toBeVisible();
    await expectNoAxeViolations(here, "the deleted-account page");
    await expectSignedOut(copied, "the deleted account's cookie");

    await signInWithForm(here, email, passwords.second, { expectSuccess: false });
    await expect(here.getByRole("main").getByRole("alert")).toContainText("do not match an account");
    await copied.dispose();
  });
});

test("signing up as a teacher needs the operator's code or an invitation", async ({ page }) => {
  const email = `no.invite.${Date.now()}@school.example`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Would-be Teacher");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-long-password");
  await expect(page.getByLabel("Teacher sign-up code")).toHaveCount(0);
  await page.getByRole("radio", { name: "Teacher" }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Teacher accounts need an invitation link");

  await page.getByLabel("Password").fill("a-long-password");
  await page.getByLabel("Teacher sign-up code").fill("a-guessed-code");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("That teacher sign-up code is not right");
  await expect(page.getByLabel("Teacher sign-up code")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "sign-up with a wrong teacher code");
  await expect(page).toHaveURL(/\/sign-up$/);

  await signInWithForm(page, email, "a-long-password", { expectSuccess: false });
  await expect(page.getByRole("main").getByRole("alert")).toContainText("do not match an account");

  // With the right code it works (accounts.spec.ts goes on from there).
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Coded Teacher");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-long-password");
  await page.getByRole("radio", { name: "Teacher" }).check();
  await page.getByLabel("Teacher sign-up code").fill(E2E_TEACHER_SIGNUP_CODE);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/teacher$/, { timeout: 20_000 });
});

test("a teacher's invitation link makes one teacher, once; a withdrawn link makes none", async ({ browser, page, baseURL }) => {
  const invitedEmail = `invited.${Date.now()}@school.example`;
  await signInWithForm(page, DEMO_TEACHER);
  await page.getByRole("link", { name: "Invite a teacher" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Invite a teacher" })).toBeVisible();
  await expectNoAxeViolations(page, "the invitations page");

  await page.getByLabel("Their email address (optional)").fill(invitedEmail);
  await page.getByRole("button", { name: "Make invitation link" }).click();
  const linkField = page.getByLabel("Invitation link", { exact: true });
  await expect(linkField).toHaveValue(/\/sign-up\?invite=[A-Za-z0-9_-]{32}$/);
  const link = await linkField.inputValue();
  await expect(page.getByRole("row").filter({ hasText: invitedEmail })).toBeVisible();
  await expectNoAxeViolations(page, "the invitations page with a new link");

  // The invited colleague: teacher is already chosen, the address is filled in, no code needed.
  const invited = await (await browser.newContext({ baseURL })).newPage();
  await invited.goto(link);
  await expect(invited.getByText("You have been invited to sign up as a teacher.")).toBeVisible();
  await expect(invited.getByRole("radio", { name: "Teacher" })).toBeChecked();
  await expect(invited.getByLabel("Email")).toHaveValue(invitedEmail);
  await expect(invited.getByLabel("Teacher sign-up code")).toHaveCount(0);
  await expectNoAxeViolations(invited, "sign-up with an invitation");
  await invited.getByLabel("Name").fill("Invited Teacher");
  await invited.getByLabel("Password").fill("invited-password-1");
  await invited.getByRole("button", { name: "Create account" }).click();
  await expect(invited).toHaveURL(/\/teacher$/, { timeout: 20_000 });
  await expect(invited.getByText("Invited Teacher (teacher)")).toBeVisible();

  // The same link again: refused, and the visitor is told why.
  const again = await (await browser.newContext({ baseURL })).newPage();
  await again.goto(link);
  await expect(again.getByRole("main").getByRole("alert")).toContainText("This invitation link has already been used");
  await expect(again.getByRole("radio", { name: "Teacher" })).not.toBeChecked();

  // A second link, withdrawn before use.
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: invitedEmail })).toHaveCount(0);
  await page.getByRole("button", { name: "Make invitation link" }).click();
  const withdrawnLink = await page.getByLabel("Invitation link", { exact: true }).inputValue();
  await page.getByRole("row").filter({ hasText: "anyone with the link" }).first().getByRole("button", { name: /^Withdraw/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Invitation withdrawn." })).toBeVisible();
  await again.goto(withdrawnLink);
  await expect(again.getByRole("main").getByRole("alert")).toContainText("This invitation link was withdrawn");

  // A student cannot reach the invitations page.
  const student = await (await browser.newContext({ baseURL })).request;
  await signInWithApi(student, "student6@example.com");
  expect((await student.get("/teacher/invitations", { maxRedirects: 0 })).status()).toBe(403);
});
