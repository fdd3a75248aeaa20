import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import { governorateMap } from "../../lib/map/governorate-map";
import { lonLatToMapPoint } from "../../lib/map/map-projection";
import type { Question } from "../../lib/questions/types";

/** A study set whose questions cover all seven question types. */
export const ALL_TYPES_SET = "siege-of-wadi-deif";

let bank: Map<string, Question> | undefined;

/** The full bank with its keys, through the teachers' export script (never through the app). */
export function questionBank(): Map<string, Question> {
  if (bank) return bank;
  const out = path.resolve("tests/.tmp/quiz-e2e-bank.json");
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/bank-export.ts", "--out", out], { stdio: "ignore" });
  const { questions } = JSON.parse(fs.readFileSync(out, "utf8")) as { questions: Question[] };
  bank = new Map(questions.map((q) => [q.id, q]));
  return bank;
}

/** Starts a practice quiz through the set page's form; returns the attempt id. */
export async function startQuizFromSetPage(page: Page, setId: string, options: { length?: 5 | 10 | 20; allTypes?: boolean } = {}) {
  await page.goto(`/student/sets/${setId}`);
  if (options.length) await page.getByLabel("Number of questions").selectOption(String(options.length));
  if (options.allTypes) {
    // The core alone need not hold every type: draw from every question in the set.
    await page.getByRole("radio", { name: /All questions in this set/ }).check();
    for (const box of await page.getByRole("group", { name: "Question types (optional)" }).getByRole("checkbox").all()) await box.check();
  }
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/student\/quiz\/[^/]+$/);
  await expect(page.getByText(/^Question 1 of \d+/)).toBeVisible();
  return page.url().split("/").pop()!;
}

/** The question on screen, from its heading id (`question-<id>`). */
export async function currentQuestion(page: Page): Promise<Question> {
  const headingId = await page.locator("form h2[id^='question-']").getAttribute("id");
  const question = questionBank().get(headingId!.replace(/^question-/, ""));
  expect(question, `bank question for ${headingId}`).toBeTruthy();
  return question!;
}

export function questionForm(page: Page): Locator {
  return page.locator("main form").filter({ has: page.locator("h2[id^='question-']") });
}

/** Clicks the question's map at a point in map units (scrolled into view, and not under anything). */
async function clickMapAt(page: Page, x: number, y: number) {
  const svg = questionForm(page).getByRole("application", { name: "Map of Syria's governorates" });
  await svg.scrollIntoViewIfNeeded();
  // The point on screen, from the map's own transform (as the input reads a click), brought to the middle of
  // the viewport so that the sticky submit bar cannot cover it.
  const pointOnScreen = () =>
    svg.evaluate((el, [mapX, mapY]) => {
      const at = new DOMPoint(mapX, mapY).matrixTransform((el as SVGSVGElement).getScreenCTM()!);
      return { x: at.x, y: at.y, viewportHeight: window.innerHeight };
    }, [x, y] as const);
  const first = await pointOnScreen();
  await page.evaluate((by) => window.scrollBy(0, by), first.y - first.viewportHeight / 2);
  // Playwright checks the map is stable, but the page can still scroll under it (the router's scroll after a
  // navigation lands late on a slow machine): wait until the point stays put on screen.
  let point = await pointOnScreen();
  await expect(async () => {
    const before = point;
    await page.waitForTimeout(100);
    point = await pointOnScreen();
    expect([point.x, point.y]).toEqual([before.x, before.y]);
  }).toPass();
  // Nothing else (the sticky bar, a toast) lies over the map at that point.
  const onMap = await svg.evaluate((el, at) => el.contains(document.elementFromPoint(at.x, at.y)), point);
  expect(onMap, "the map is under the point to click").toBe(true);
  await page.mouse.click(point.x, point.y);
}

/** Answers the question on screen correctly, with the mouse (and submits, unless told not to). */
export async function answerCorrectlyWithMouse(page: Page, question: Question, { submit = true } = {}) {
  const form = questionForm(page);
  switch (question.type) {
    case "multiple-choice":
      for (const id of question.answer.correct) {
        const text = question.options.find((o) => o.id === id)!.text;
        await form.getByLabel(text, { exact: true }).click();
      }
      break;
    case "true-false":
      await form.getByRole("radio", { name: question.answer.value ? "True" : "False" }).click();
      break;
    case "ordering":
      await arrangeOrder(page, question, question.answer.order);
      break;
    case "matching":
      for (const premise of question.premises) {
        const optionText = question.options.find((o) => o.id === question.answer.pairs[premise.id])!.text;
        await form.getByLabel(premise.text, { exact: true }).selectOption({ label: optionText });
      }
      break;
    case "typed": {
      // Prefer Arabic script when the answer has it: it must be accepted too.
      const arabic = question.accept.find((a) => /[\u0600-\u06ff]/.test(a));
      await form.getByLabel("Your answer").fill(arabic ?? question.answer.text);
      break;
    }
    case "numeric":
      await form.getByLabel(/^Your answer/).fill(String(question.answer.value));
      break;
    case "map-pin": {
      const map = governorateMap();
      const point = lonLatToMapPoint(map.projection, question.answer.lon, question.answer.lat);
      await clickMapAt(page, point.x, point.y);
      await expect(form.getByText(/^Pin placed near \(/)).toBeVisible();
      break;
    }
  }
  if (submit) await form.getByRole("button", { name: "Submit answer" }).click();
}

/** Moves the ordering items on screen into `ids`' order with the Move up buttons. */
async function arrangeOrder(page: Page, question: Extract<Question, { type: "ordering" }>, ids: readonly string[]) {
  const form = questionForm(page);
  for (const [target, id] of ids.entries()) {
    const text = question.options.find((o) => o.id === id)!.text;
    const items = form.getByRole("listitem");
    for (;;) {
      const texts = await items.allInnerTexts();
      const at = texts.findIndex((t) => t.includes(text));
      if (at <= target) break;
      await form.getByRole("button", { name: `Move '${text}' up` }).click();
    }
  }
}

/**
 * Answers the question on screen so that it earns nothing (and submits, unless told not to); returns what the
 * feedback should show as the student's answer. Ordering goes in reverse (no pair right), matching shifts every
 * option by one, the map pin goes in the map's corner farthest from the place.
 */
export async function answerWronglyWithMouse(page: Page, question: Question, { submit = true } = {}): Promise<string[]> {
  const form = questionForm(page);
  const textOf = (options: readonly { id: string; text: string }[], id: string) => options.find((o) => o.id === id)!.text;
  let given: string[];
  switch (question.type) {
    case "multiple-choice": {
      const wrong = question.options.find((o) => !question.answer.correct.includes(o.id))!;
      await form.getByLabel(wrong.text, { exact: true }).click();
      given = [wrong.text];
      break;
    }
    case "true-false": {
      const wrong = question.answer.value ? "False" : "True";
      await form.getByRole("radio", { name: wrong }).click();
      given = [wrong];
      break;
    }
    case "ordering": {
      const reversed = [...question.answer.order].reverse();
      await arrangeOrder(page, question, reversed);
      given = reversed.map((id) => textOf(question.options, id));
      break;
    }
    case "matching": {
      given = [];
      for (const premise of question.premises) {
        const right = question.options.findIndex((o) => o.id === question.answer.pairs[premise.id]);
        const wrong = question.options[(right + 1) % question.options.length]!;
        await form.getByLabel(premise.text, { exact: true }).selectOption({ label: wrong.text });
        given.push(`${premise.text} → ${wrong.text}`);
      }
      break;
    }
    case "typed":
      await form.getByLabel("Your answer").fill("Zzyzx");
      given = ["Zzyzx"];
      break;
    case "numeric": {
      const far = question.answer.max * 10 + 1000;
      await form.getByLabel(/^Your answer/).fill(String(far));
      given = [far.toLocaleString("en-GB")];
      break;
    }
    case "map-pin": {
      const map = governorateMap();
      const place = lonLatToMapPoint(map.projection, question.answer.lon, question.answer.lat);
      const corners = [
        [8, 8],
        [map.width - 8, 8],
        [8, map.height - 8],
        [map.width - 8, map.height - 8],
      ] as const;
      const [x, y] = corners.reduce((far, c) => (Math.hypot(c[0] - place.x, c[1] - place.y) > Math.hypot(far[0] - place.x, far[1] - place.y) ? c : far));
      await clickMapAt(page, x, y);
      await expect(form.getByText(/^Pin placed near \(/)).toBeVisible();
      given = [];
      break;
    }
  }
  if (submit) await form.getByRole("button", { name: "Submit answer" }).click();
  return given;
}

/** Tabs until `predicate` holds for the focused element (at most `max` presses). */
export async function tabUntil(page: Page, predicate: string, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(predicate)) return;
  }
  throw new Error(`never reached focus: ${predicate}`);
}

const FOCUS_IN_FORM = `!!document.activeElement?.closest("form")?.querySelector("h2[id^='question-']") && document.activeElement.tagName !== "H2"`;
const FOCUS_ON_SUBMIT = `document.activeElement?.textContent === "Submit answer"`;

/** All that answering by keyboard needs to know: the type, and for matching the premises (one select each). */
export type KeyboardQuestion = Pick<Question, "type"> & { premises?: readonly unknown[] };

/** Answers the question on screen with the keyboard only (any answer will do). */
export async function answerWithKeyboard(page: Page, question: KeyboardQuestion) {
  const form = questionForm(page);
  // Drag and drop loads on demand: wait for the handles so the first Tab lands on one.
  if (question.type === "ordering") await expect(form.getByRole("button", { name: /^Drag '/ }).first()).toBeVisible();
  // So do the map and its input: wait for the map so the first Tab lands on it.
  if (question.type === "map-pin") await expect(form.getByRole("application", { name: "Map of Syria's governorates" })).toBeVisible();
  await tabUntil(page, FOCUS_IN_FORM);
  switch (question.type) {
    case "multiple-choice":
    case "true-false":
      await page.keyboard.press("Space");
      break;
    case "ordering": {
      const items = form.getByRole("listitem");
      const before = await items.allInnerTexts();
      // dnd-kit's keyboard dragging on the first handle: pick up, move down one place, drop.
      await expect(page.locator(":focus")).toHaveAccessibleName(/^Drag '/);
      // Each step waits for dnd-kit's own screen-reader announcement.
      await page.keyboard.press("Space");
      await expect(page.locator(":focus")).toHaveAttribute("aria-pressed", "true");
      await page.keyboard.press("ArrowDown");
      await expect(page.getByText(/ is over position 2 of /)).toBeAttached();
      await page.keyboard.press("Space");
      await expect(page.getByText(/^Dropped '.+' at position 2 of /)).toBeAttached();
      await expect(page.locator(":focus")).not.toHaveAttribute("aria-pressed", "true");
      await expect.poll(async () => (await items.allInnerTexts())[1]).toBe(before[0]);
      // And a Move button, with focus staying on the moved item.
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await expect(page.locator(":focus")).toHaveAccessibleName(/^Move '.+' (up|down)$/);
      await page.keyboard.press("Enter");
      await expect(page.locator(":focus")).toHaveAccessibleName(/^Move '.+' (up|down)$/);
      break;
    }
    case "matching":
      expect(question.premises?.length, "a matching question's premises").toBeGreaterThan(0);
      for (let i = 0; i < question.premises!.length; i++) {
        if (i > 0) await page.keyboard.press("Tab");
        await page.keyboard.press("ArrowDown");
      }
      break;
    case "typed":
      await page.keyboard.type("Aleppo");
      break;
    case "numeric":
      await page.keyboard.type("1200");
      break;
    case "map-pin":
      await expect(page.locator(":focus")).toHaveAccessibleName("Map of Syria's governorates");
      await page.keyboard.press("Shift+ArrowUp");
      await page.keyboard.press("ArrowLeft");
      await page.keyboard.press("Enter");
      await expect(form.getByText(/^Pin placed near \(/)).toBeVisible();
      break;
  }
  await tabUntil(page, FOCUS_ON_SUBMIT);
  await page.keyboard.press("Enter");
}

/** The feedback verdict shown for the question on screen. */
export function verdict(page: Page): Locator {
  return page.getByRole("status").getByText(/^(✓ Correct|✗ Incorrect|◐ Partly right.*|Answer saved\..*)$/);
}
