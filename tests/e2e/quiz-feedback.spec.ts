/**
 * Issue 18: feedback that shows the student's answer beside the correct one, a progress bar, a calm finish
 * screen with a score ring, and a quiz that fits a 360 px wide phone.
 */
import { expect, test, type Locator, type Page } from "./fixtures";
import type { Question, QuestionType } from "../../lib/questions/types";
import { expectNoAxeViolations, signInWithForm } from "./helpers";
import {
  ALL_TYPES_SET,
  answerCorrectlyWithMouse,
  answerWronglyWithMouse,
  currentQuestion,
  questionForm,
  startQuizFromSetPage,
  verdict,
} from "./quiz-helpers";

/** The types whose wrong answers are checked side by side. */
const COMPARED: readonly QuestionType[] = ["multiple-choice", "typed", "ordering", "map-pin"];

async function signIn(page: Page, email: string) {
  await signInWithForm(page, email);
  await expect(page).toHaveURL(/\/student$/);
}

function progressBar(page: Page): Locator {
  return page.getByRole("progressbar", { name: "Questions answered" });
}

async function nextOrResults(page: Page) {
  const next = page.getByRole("button", { name: "Next question" });
  if (await next.isVisible()) await next.click();
  else await page.getByRole("button", { name: "See your results" }).click();
}

/** The key as the feedback's "Correct answer" column lists it. */
function keyParts(question: Question): string[] {
  const textOf = (options: readonly { id: string; text: string }[], id: string) => options.find((o) => o.id === id)!.text;
  switch (question.type) {
    case "multiple-choice":
      return question.answer.correct.map((id) => textOf(question.options, id));
    case "ordering":
      return question.answer.order.map((id) => textOf(question.options, id));
    case "typed":
      return [question.answer.text];
    case "map-pin":
      return [question.answer.placeName];
    default:
      throw new Error(`no key parts for ${question.type}`);
  }
}

/** Checks the wrong answer's feedback: the student's answer, marked, beside the correct one. */
async function expectSideBySide(page: Page, question: Question, given: string[]) {
  const feedback = page.getByRole("region", { name: "Feedback" });
  const yours = feedback.locator("div").filter({ has: page.getByRole("heading", { name: "Your answer" }) }).last();
  const correct = feedback.locator("div").filter({ has: page.getByRole("heading", { name: "Correct answer" }) }).last();
  await expect(yours).toBeVisible();
  await expect(correct).toBeVisible();

  // Side by side on a desktop-wide screen: one row, the student's answer first.
  const [a, b] = [(await yours.boundingBox())!, (await correct.boundingBox())!];
  expect(Math.abs(a.y - b.y), "both columns start on one line").toBeLessThan(2);
  expect(a.x + a.width, "the student's answer is left of the key").toBeLessThanOrEqual(b.x + 1);

  for (const part of keyParts(question)) await expect(correct).toContainText(part);
  switch (question.type) {
    case "multiple-choice":
      await expect(yours.getByRole("listitem").filter({ hasText: given[0]! })).toContainText("✗ Wrong");
      break;
    case "typed":
      await expect(yours.getByRole("listitem")).toHaveText(`${given[0]} ✗ Wrong`);
      break;
    case "ordering": {
      // Reversed: every item is marked, in place, with where it belongs.
      const items = yours.getByRole("listitem");
      await expect(items).toHaveCount(given.length);
      for (const [index, text] of given.entries()) {
        const belongsAt = given.length - index;
        const mark = belongsAt === index + 1 ? "✓ Right place" : `✗ Belongs at ${belongsAt}`;
        await expect(items.nth(index)).toHaveText(`${text} ${mark}`);
      }
      break;
    }
    case "map-pin":
      await expect(yours).toContainText(/A pin at [\d.]+° N, [\d.]+° E/);
      await expect(yours).toContainText(/You were [\d.]+ km away\./);
      await expect(yours).toContainText("✗ Wrong");
      break;
  }
}

test("a wrong answer shows the student's answer beside the correct one; the finish screen shows the score ring", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "student13@example.com");
  await startQuizFromSetPage(page, ALL_TYPES_SET, { length: 10, allTypes: true });
  await expect(progressBar(page)).toHaveAttribute("aria-valuenow", "0");
  await expect(progressBar(page)).toHaveAttribute("aria-valuetext", "0 of 10 answered");

  const compared = new Set<QuestionType>();
  let right = 0;
  for (let n = 1; n <= 10; n++) {
    await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
    const question = await currentQuestion(page);
    const answerWrongly = COMPARED.includes(question.type) && !compared.has(question.type);
    if (answerWrongly) {
      const given = await answerWronglyWithMouse(page, question);
      await expect(verdict(page)).toHaveText("✗ Incorrect");
      await expectSideBySide(page, question, given);
      await expectNoAxeViolations(page, `a wrong ${question.type} answer's feedback`);
      compared.add(question.type);
    } else {
      await answerCorrectlyWithMouse(page, question);
      await expect(verdict(page)).toHaveText("✓ Correct");
      const feedback = page.getByRole("region", { name: "Feedback" });
      await expect(feedback.getByRole("heading", { name: "Your answer" })).toBeVisible();
      await expect(feedback.getByText("✓ Right").first()).toBeVisible();
      right++;
    }
    // The bar advances with each answer.
    await expect(progressBar(page)).toHaveAttribute("aria-valuenow", String(n));
    await expect(progressBar(page)).toHaveAttribute("aria-valuetext", `${n} of 10 answered`);
    await nextOrResults(page);
  }
  expect([...compared].sort()).toEqual([...COMPARED].sort());

  await page.waitForURL(/\/summary$/);
  const percent = `${Math.round((right / 10) * 100)}%`;
  const ring = page.getByRole("figure");
  await expect(ring).toContainText(percent);
  await expect(ring).toContainText(`${right} of 10 marks`);
  await expect(page.getByText(`You scored ${right} out of 10 (${percent}).`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "What went well" })).toBeVisible();
  const missed = page.getByRole("main").locator("ol > li");
  await expect(missed).toHaveCount(10 - right);
  for (const item of await missed.all()) await expect(item.getByText("✗ Wrong")).toBeVisible();
  await expectNoAxeViolations(page, "the finish screen");

  // One click, from the keyboard: a new quiz of the missed questions.
  const retry = page.getByRole("button", { name: "Retry the missed questions" });
  for (let i = 0; i < 60 && !(await retry.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(retry).toBeFocused();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/student\/quiz\/[^/]+$/);
  await expect(page.getByText(`Question 1 of ${10 - right}`)).toBeVisible();
});

test("in the dark theme, wrong answers' feedback and a finish screen with no marks pass axe", async ({ page }) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ colorScheme: "dark" });
  await signIn(page, "student14@example.com");
  await startQuizFromSetPage(page, ALL_TYPES_SET, { length: 5 });
  for (let n = 1; n <= 5; n++) {
    const question = await currentQuestion(page);
    await answerWronglyWithMouse(page, question);
    await expect(verdict(page)).toHaveText("✗ Incorrect");
    await expect(page.getByRole("region", { name: "Feedback" }).getByRole("heading", { name: "Correct answer" })).toBeVisible();
    if (n === 1) await expectNoAxeViolations(page, `a wrong ${question.type} answer's feedback, dark`);
    await nextOrResults(page);
  }
  await page.waitForURL(/\/summary$/);
  await expect(page.getByRole("figure")).toContainText("0%");
  await expect(page.getByText("No marks this time.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Retry the missed questions" })).toBeVisible();
  await expectNoAxeViolations(page, "the finish screen, dark");
});

test("on a 360 px phone the submit and next buttons stay in view, nothing scrolls sideways, taps are 44 px", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, "student15@example.com");
  await startQuizFromSetPage(page, ALL_TYPES_SET, { length: 10, allTypes: true });
  const noSidewaysScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

  const seen = new Set<QuestionType>();
  for (let n = 1; n <= 10; n++) {
    await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
    const question = await currentQuestion(page);
    const form = questionForm(page);
    // The map and the ordering list's drag handles arrive after the question; measure once they are in.
    if (question.type === "map-pin") await expect(form.getByRole("application", { name: "Map of Syria's governorates" })).toBeVisible();
    if (question.type === "ordering") await expect(form.getByRole("button", { name: /^Drag '/ }).first()).toBeVisible();
    // Every control of the question is at least 44 px tall (and the move buttons as wide).
    const controls = form.locator("label:has(input[type=radio]), label:has(input[type=checkbox]), select, input[type=text], button");
    for (const control of await controls.all()) {
      const box = await control.boundingBox();
      expect(box, `${question.type}: a control is on screen`).not.toBeNull();
      expect(box!.height, `${question.type}: ${await control.innerText()}`).toBeGreaterThanOrEqual(44);
    }
    await answerCorrectlyWithMouse(page, question, { submit: false });
    const submit = form.getByRole("button", { name: "Submit answer" });
    await expect(submit, `the submit button of a ${question.type} question`).toBeInViewport();
    expect(await noSidewaysScroll(), `no sideways scroll on a ${question.type} question`).toBe(true);
    await submit.click();
    await expect(verdict(page)).toHaveText("✓ Correct");
    const next = page.getByRole("button", { name: n < 10 ? "Next question" : "See your results" });
    await expect(next).toBeInViewport();
    expect(await noSidewaysScroll(), `no sideways scroll on a ${question.type} question's feedback`).toBe(true);
    if (!seen.has(question.type)) await expectNoAxeViolations(page, `a ${question.type} question's feedback at 360 px`);
    seen.add(question.type);
    await next.click();
  }
  await page.waitForURL(/\/summary$/);
  await expect(page.getByRole("figure")).toContainText("100%");
  expect(await noSidewaysScroll(), "no sideways scroll on the finish screen").toBe(true);
});
