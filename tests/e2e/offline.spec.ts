/**
 * The service worker (app/sw.ts, docs/decisions/012-offline-app-shell.md) in Debian's Chromium, with
 * the browser context really offline: Playwright's setOffline reaches the service worker's own
 * fetches too, so whatever shows after a reload came from the device, not from the server.
 */
import { expect, test, type Page } from "./fixtures";
import { signInWithForm } from "./helpers";
import { ALL_TYPES_SET, answerCorrectlyWithMouse, currentQuestion, startQuizFromSetPage, verdict } from "./quiz-helpers";

/** Students no other spec uses. */
const OFFLINE_STUDENT = "student19@example.com";
const SIGN_OUT_STUDENT = "student20@example.com";

const OFFLINE_NOTICE = "You're offline. Your answer is saved on this device and will be sent when the connection returns.";
const OFFLINE_PAGE_HEADING = "This page can't be opened right now";

async function waitForServiceWorkerControl(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

/** The text of this page's copy in the service worker's cache, or null while there is none. */
function savedCopyText(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    const saved = await caches.match(location.href, { ignoreVary: true });
    if (!saved) return null;
    return new DOMParser().parseFromString(await saved.text(), "text/html").body.textContent;
  });
}

test("a quiz reloaded offline shows its questions and the answers waiting; they are sent once when the connection returns", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  // What the server said for each answer it received: "new" the first time, "duplicate" for a resend.
  const replies: Promise<{ questionId: string; recorded: string }>[] = [];
  page.on("response", (response) => {
    if (response.request().method() !== "POST" || !response.url().endsWith("/responses") || !response.ok()) return;
    const { questionId } = response.request().postDataJSON() as { questionId: string };
    replies.push(response.json().then((body: { recorded: string }) => ({ questionId, recorded: body.recorded })));
  });

  await signInWithForm(page, OFFLINE_STUDENT);
  const attemptId = await startQuizFromSetPage(page, ALL_TYPES_SET, { length: 5 });
  await waitForServiceWorkerControl(page);
  const title = await page.getByRole("heading", { level: 1 }).textContent();

  // One answer online: the saved copy of the page follows it.
  const first = await currentQuestion(page);
  await answerCorrectlyWithMouse(page, first);
  await expect(verdict(page)).toHaveText("✓ Correct", { timeout: 15_000 });
  await expect.poll(() => savedCopyText(page), { timeout: 15_000 }).toContain("· 1 answered");
  await page.getByRole("button", { name: "Next question" }).click();

  // Two answers offline: kept on the device.
  await context.setOffline(true);
  const second = await currentQuestion(page);
  await answerCorrectlyWithMouse(page, second);
  await expect(page.getByRole("status").getByText(OFFLINE_NOTICE)).toBeVisible();
  await page.getByRole("button", { name: "Next question" }).click();
  const third = await currentQuestion(page);
  await answerCorrectlyWithMouse(page, third);
  await expect(page.getByText("Waiting to send 2 saved answers.")).toBeVisible();

  // The reload comes from the service worker: the quiz, its stored answer and the two waiting ones.
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker(), "the reloaded page came from the service worker").toBe(true);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title!);
  await expect(page.getByText("Question 2 of 5")).toBeVisible();
  await expect(page.getByText("· 1 answered")).toBeVisible();
  expect((await currentQuestion(page)).id).toBe(second.id);
  await expect(page.getByText("Your answer to this question is saved on this device")).toBeVisible();
  await expect(page.getByText("Waiting to send 2 saved answers.")).toBeVisible();
  await expect(page.getByRole("status").getByText(OFFLINE_NOTICE)).toBeVisible();

  // A page that was never saved shows the offline page, which lists the saved quiz and what waits.
  const elsewhere = await context.newPage();
  await elsewhere.goto("/student/progress");
  await expect(elsewhere.getByRole("heading", { level: 1, name: OFFLINE_PAGE_HEADING })).toBeVisible();
  const savedQuiz = elsewhere.getByRole("region", { name: "Quizzes saved on this device" }).getByRole("listitem");
  await expect(savedQuiz).toHaveText(`${title} · 2 answers waiting to send`);
  await elsewhere.close();

  // Back online: both waiting answers are sent and graded, and nothing is left waiting.
  await context.setOffline(false);
  await expect(page.getByText("· 3 answered")).toBeVisible({ timeout: 15_000 });
  await expect(verdict(page)).toHaveText("✓ Correct");
  await expect(page.getByText(/Waiting to send/)).toHaveCount(0);
  await expect(page.getByText(OFFLINE_NOTICE)).toHaveCount(0);

  // The server stored each answer once. Every answer got a reply; none was stored as "new" twice (a
  // resend of an answer the server already had is answered "duplicate" and stores nothing); the results
  // page counts three answers. Playwright may report a reply a moment after the page has shown it.
  const answered = [first.id, second.id, third.id].sort();
  await expect.poll(async () => [...new Set((await Promise.all(replies)).map((reply) => reply.questionId))].sort()).toEqual(answered);
  const all = await Promise.all(replies);
  const storedNew = all.filter((reply) => reply.recorded === "new").map((reply) => reply.questionId);
  expect(storedNew.length, JSON.stringify(all)).toBe(new Set(storedNew).size);
  await page.goto(`/student/quiz/${attemptId}/summary`);
  await expect(page.getByText("This quiz is not finished yet: you have answered 3 of 5 questions.")).toBeVisible();
});

test("signing out deletes the quizzes saved on this device", async ({ page, context }) => {
  test.setTimeout(60_000);
  await signInWithForm(page, SIGN_OUT_STUDENT);
  const attemptId = await startQuizFromSetPage(page, ALL_TYPES_SET, { length: 5 });
  await waitForServiceWorkerControl(page);
  await expect.poll(() => savedCopyText(page), { timeout: 15_000 }).toContain("Question 1 of 5");

  await page.goto("/sign-out");
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-out"));
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).includes("quiz-pages"))).toBe(false);

  // Offline, the quiz is gone from this device: the next person sees the offline page, not the quiz.
  await context.setOffline(true);
  await page.goto(`/student/quiz/${attemptId}`);
  await expect(page.getByRole("heading", { level: 1, name: OFFLINE_PAGE_HEADING })).toBeVisible();
  await expect(page.getByRole("region", { name: "Quizzes saved on this device" })).toHaveCount(0);
});
