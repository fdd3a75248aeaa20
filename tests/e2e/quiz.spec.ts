import { expect, request as playwrightRequest, test, type Page } from "./fixtures";
import { sources } from "../../content/core/sources";
import type { QuestionType } from "../../lib/questions/types";
import { signInWithApi, signInWithForm, expectNoAxeViolations } from "./helpers";
import {
  ALL_TYPES_SET,
  answerCorrectlyWithMouse,
  answerWithKeyboard,
  currentQuestion,
  questionBank,
  questionForm,
  startQuizFromSetPage,
  verdict,
} from "./quiz-helpers";

const OFFLINE_NOTICE = "You're offline. Your answer is saved on this device and will be sent when the connection returns.";

async function signIn(page: Page, email: string) {
  await signInWithForm(page, email);
  await expect(page).toHaveURL(/\/student$/);
}

async function nextOrResults(page: Page) {
  const next = page.getByRole("button", { name: "Next question" });
  if (await next.isVisible()) await next.click();
  else await page.getByRole("button", { name: "See your results" }).click();
}

test("every question type answered correctly with the mouse, graded by the server", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "student21@example.com");
  await page.goto(`/student/sets/${ALL_TYPES_SET}`);
  await expect(page.getByRole("heading", { level: 1, name: "Siege of Wadi Deif" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Study this set with flashcards" })).toHaveAttribute(
    "href",
    `/student/flashcards?set=${ALL_TYPES_SET}`,
  );
  await expectNoAxeViolations(page, "the set page");

  await startQuizFromSetPage(page, ALL_TYPES_SET, { length: 10 });
  const seen = new Set<QuestionType>();
  for (let n = 1; n <= 10; n++) {
    await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
    const question = await currentQuestion(page);
    if (!seen.has(question.type)) await expectNoAxeViolations(page, `a ${question.type} question`);
    await answerCorrectlyWithMouse(page, question);
    await expect(verdict(page)).toHaveText("✓ Correct");
    const feedback = page.getByRole("region", { name: "Feedback" });
    await expect(feedback.getByRole("heading", { name: "Your answer" })).toBeVisible();
    await expect(feedback.getByText("Sources:")).toBeVisible();
    if (question.type === "map-pin") await expect(feedback.getByText(/^You were [\d.]+ km away\.$/)).toBeVisible();
    if (!seen.has(question.type)) await expectNoAxeViolations(page, `feedback on a ${question.type} question`);
    seen.add(question.type);
    await nextOrResults(page);
  }
  expect([...seen].sort()).toEqual(["map-pin", "matching", "multiple-choice", "numeric", "ordering", "true-false", "typed"]);

  await page.waitForURL(/\/summary$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Results: / })).toBeVisible();
  await expect(page.getByText("You scored 10 out of 10 (100%).")).toBeVisible();
  // Ten questions answered by a script take well under an hour.
  await expect(page.getByText(/^You answered 10 of 10 questions in (under a minute|\d+ minutes?)\.$/)).toBeVisible();
  await expect(page.getByText("Nothing to review")).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Places: where things happened");
  await expectNoAxeViolations(page, "the summary page");
});

test("a whole quiz with the keyboard only, then a retry of the missed questions", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "student22@example.com");
  await startQuizFromSetPage(page, ALL_TYPES_SET, { length: 10, allTypes: true });
  const seen = new Set<QuestionType>();
  for (let n = 1; n <= 10; n++) {
    await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
    const question = await currentQuestion(page);
    seen.add(question.type);
    await answerWithKeyboard(page, question);
    await expect(verdict(page)).toBeVisible();
    const after = n < 10 ? "Next question" : "See your results";
    await expect(page.locator(":focus")).toHaveText(after);
    await page.keyboard.press("Enter");
    if (n < 10) await expect(page.locator(":focus")).toHaveAttribute("id", /^question-/);
  }
  expect([...seen].sort(), "every question type was answered with the keyboard").toEqual([
    "map-pin",
    "matching",
    "multiple-choice",
    "numeric",
    "ordering",
    "true-false",
    "typed",
  ]);
  await page.waitForURL(/\/summary$/);
  const missed = await page.getByRole("main").locator("ol > li").count();
  expect(missed).toBeGreaterThan(0);
  for (const item of await page.getByRole("main").locator("ol > li").all()) {
    await expect(item.getByText(/^Correct answer:/)).toBeVisible();
  }
  await page.getByRole("button", { name: "Retry the missed questions" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/student\/quiz\/[^/]+$/);
  await expect(page.getByText(`Question 1 of ${missed}`)).toBeVisible();
});

test("a reload mid-quiz comes back to the same question with earlier answers kept", async ({ page }) => {
  await signIn(page, "student23@example.com");
  await startQuizFromSetPage(page, ALL_TYPES_SET, { length: 5 });
  const first = await currentQuestion(page);
  await answerCorrectlyWithMouse(page, first);
  await expect(verdict(page)).toHaveText("✓ Correct");
  await page.getByRole("button", { name: "Next question" }).click();
  const second = await currentQuestion(page);
  await answerCorrectlyWithMouse(page, second);
  await expect(verdict(page)).toHaveText("✓ Correct");
  const third = page.url();

  await page.reload();
  await expect(page.getByText("Question 3 of 5")).toBeVisible();
  await expect(page.getByText("2 answered")).toBeVisible();
  expect(page.url()).toBe(third);
  await page.getByRole("button", { name: "Previous question" }).click();
  await expect(page.getByText("Question 2 of 5")).toBeVisible();
  expect((await currentQuestion(page)).id).toBe(second.id);
  await expect(verdict(page)).toHaveText("✓ Correct");
  await expect(questionForm(page).getByRole("button", { name: "Submit answer" })).toHaveCount(0);
});

test("an answer given offline is kept, sent when the connection returns, and stored once", async ({ page, context }) => {
  await signIn(page, "student24@example.com");
  await startQuizFromSetPage(page, ALL_TYPES_SET, { length: 5 });
  let posts = 0;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().includes("/responses")) posts++;
  });

  await context.setOffline(true);
  const first = await currentQuestion(page);
  await answerCorrectlyWithMouse(page, first);
  await expect(page.getByRole("status").getByText(OFFLINE_NOTICE)).toBeVisible();
  await context.setOffline(false);
  await expect(verdict(page)).toHaveText("✓ Correct", { timeout: 15_000 });
  await expect(page.getByText(OFFLINE_NOTICE)).toHaveCount(0);

  // A double click sends one request: the button is disabled while it is sent.
  await page.getByRole("button", { name: "Next question" }).click();
  const second = await currentQuestion(page);
  await answerCorrectlyWithMouse(page, second, { submit: false });
  const before = posts;
  await questionForm(page).getByRole("button", { name: "Submit answer" }).dblclick();
  await expect(verdict(page)).toHaveText("✓ Correct");
  expect(posts - before).toBe(1);

  await page.reload();
  await expect(page.getByText("Question 3 of 5")).toBeVisible();
  await expect(page.getByText("2 answered")).toBeVisible();
  await page.getByRole("button", { name: "Previous question" }).click();
  await page.getByRole("button", { name: "Previous question" }).click();
  expect((await currentQuestion(page)).id).toBe(first.id);
  await expect(verdict(page)).toHaveText("✓ Correct");
});

test("neither the quiz page's HTML nor its RSC payload carries an answer key", async ({ page }) => {
  await signIn(page, "student25@example.com");
  const attemptId = await startQuizFromSetPage(page, ALL_TYPES_SET, { length: 20, allTypes: true });
  const html = await (await page.request.get(`/student/quiz/${attemptId}`)).text();
  const rsc = await page.request.get(`/student/quiz/${attemptId}`, { headers: { RSC: "1" } });
  expect(rsc.headers()["content-type"]).toContain("text/x-component");
  const payloads = { html, rsc: await rsc.text() };

  for (const [name, raw] of Object.entries(payloads)) {
    const text = raw.replaceAll('\\"', '"');
    const questions = [...questionBank().values()].filter((q) => text.includes(`"${q.id}"`));
    expect(questions.length, `${name}: the attempt's questions are in the payload`).toBe(20);
    for (const key of ['"answer":', '"accept":', '"correct":', '"correctAnswer":', '"explanation":', '"pairs":']) {
      expect(text, `${name} must not contain ${key}`).not.toContain(key);
    }
    // What the student may see: prompts, option texts and document titles. Nothing else from the key may appear.
    const visible = [
      ...questions.flatMap((q) => [q.prompt, ...("options" in q ? q.options.map((o) => o.text) : []), ...("premises" in q ? q.premises.map((o) => o.text) : [])]),
      ...sources.map((s) => s.title),
    ].join("\n");
    for (const q of questions) {
      expect(text, `${name}: explanation of ${q.id}`).not.toContain(q.explanation);
      if (q.type === "typed") {
        for (const form of q.accept.filter((a) => a.length >= 4 && !visible.includes(a))) {
          expect(text, `${name}: accepted answer of ${q.id}`).not.toContain(form);
        }
      }
      if (q.type === "map-pin") {
        expect(text).not.toContain(String(q.answer.lat));
        expect(text).not.toContain(String(q.answer.lon));
      }
    }
    const types = new Set(questions.map((q) => q.type));
    expect(types.has("typed") && types.has("map-pin"), `${name}: typed and map questions were checked`).toBe(true);
  }
});

test("hostile or mistaken requests to the responses API get a 4xx with a message", async ({ page, baseURL }) => {
  await signIn(page, "student26@example.com");
  const attemptId = await startQuizFromSetPage(page, ALL_TYPES_SET, { length: 5 });
  const question = await currentQuestion(page);
  const url = `/api/attempts/${attemptId}/responses`;
  const post = (data: unknown) => page.request.post(url, { data, failOnStatusCode: false });
  const expectRefused = async (response: Awaited<ReturnType<typeof post>>, status: number) => {
    expect(response.status()).toBe(status);
    const body = (await response.json()) as { error?: string };
    expect(body.error).toMatch(/\w/);
  };

  await expectRefused(await post({ clientResponseId: "abcdefgh123", questionId: question.id, response: { nonsense: [1, 2] } }), 400);
  await expectRefused(await post({ clientResponseId: "x", questionId: question.id, response: {} }), 400);
  await expectRefused(await post({ clientResponseId: "abcdefgh124", questionId: "no-such-question", response: { value: true } }), 400);
  await expectRefused(
    await post({ clientResponseId: "abcdefgh125", questionId: question.id, response: { text: "x".repeat(20_000) } }),
    413,
  );

  // Another student cannot see or answer this attempt.
  const other = await playwrightRequest.newContext({ baseURL });
  await signInWithApi(other, "student27@example.com");
  const foreign = await other.post(url, {
    data: { clientResponseId: "abcdefgh126", questionId: question.id, response: { value: true } },
    failOnStatusCode: false,
  });
  await expectRefused(foreign, 404);
  expect((await other.get(`/student/quiz/${attemptId}`)).status()).toBe(404);
  await other.dispose();

  // Nothing above was recorded.
  await page.reload();
  await expect(page.getByText("0 answered")).toBeVisible();

  // A finished attempt takes no more answers.
  expect((await page.request.post(`/api/attempts/${attemptId}/finish`)).status()).toBe(200);
  await expectRefused(await post({ clientResponseId: "abcdefgh127", questionId: question.id, response: { value: true } }), 409);
});
