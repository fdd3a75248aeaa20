/**
 * `npm run screenshots`: signs in as a demo student and the demo teacher and shoots every page of the
 * catalogue at each width and theme into docs/screenshots/, then writes the README listing them.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { THEME_COOKIE } from "../../components/layout/theme";
import { QUESTION_TYPES, type QuestionType } from "../../lib/questions/types";
import { QUESTION_TYPE_LABELS } from "../../lib/taxonomy";
import { DEMO_TEACHER, signInWithApi } from "../e2e/helpers";
import { ALL_TYPES_SET, answerCorrectlyWithMouse, currentQuestion, verdict } from "../e2e/quiz-helpers";
import { MAP_MONTHS, SCREENSHOT_DIR, SHOTS, VARIANTS, fileName, mapShot, placeListShot, quizShot, readme, type Variant } from "./catalogue";

/** Full-page shots are cut off here: enough to show the page's top and keep the folder a few MB. */
const MAX_HEIGHT = { 360: 2000, 1280: 1300 } as const;

/** Demo students 6-20 answered the demo assignments; one each per variant, so the quizzes one starts stay its own. */
const studentFor = (index: number) => `student${6 + index}@example.com`;

async function signedInContext(browser: Browser, baseURL: string, variant: Variant, email?: string) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: variant.width, height: 800 },
    deviceScaleFactor: 1,
    colorScheme: variant.theme,
  });
  // The reader's saved choice, as the theme toggle stores it: the server renders that theme.
  await context.addCookies([{ name: THEME_COOKIE, value: variant.theme, url: baseURL }]);
  if (email) await signInWithApi(context.request, email);
  return context;
}

async function shoot(page: Page, shot: string, variant: Variant) {
  await expect(page).toHaveTitle(/\S/);
  await page.evaluate(() => document.fonts.ready);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, fileName(shot, variant)),
    fullPage: true,
    clip: { x: 0, y: 0, width: variant.width, height: Math.min(height, MAX_HEIGHT[variant.width]) },
    animations: "disabled",
    caret: "hide",
  });
}

/** A practice quiz of one question type, started through the set page's form as a student would. */
async function startQuizOfType(page: Page, type: QuestionType) {
  await page.goto(`/student/sets/${ALL_TYPES_SET}`);
  await page.getByRole("radio", { name: /All questions in this set/ }).check();
  await page.getByLabel("Number of questions").selectOption("5");
  await page.getByRole("group", { name: "Question types (optional)" }).getByLabel(QUESTION_TYPE_LABELS[type], { exact: true }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/student\/quiz\/[^/]+$/);
}

fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });

VARIANTS.forEach((variant, index) => {
  test.describe(`${variant.width} px, ${variant.theme}`, () => {
    let anonymous: BrowserContext;
    let student: BrowserContext;
    let teacher: BrowserContext;

    test.beforeAll(async ({ browser, baseURL }) => {
      anonymous = await signedInContext(browser, baseURL!, variant);
      student = await signedInContext(browser, baseURL!, variant, studentFor(index));
      teacher = await signedInContext(browser, baseURL!, variant, DEMO_TEACHER);
    });
    test.afterAll(async () => {
      await Promise.all([anonymous, student, teacher].map((context) => context?.close()));
    });

    test("landing page", async () => {
      const page = await anonymous.newPage();
      await page.goto("/");
      await shoot(page, "landing", variant);
    });

    test("study home", async () => {
      const page = await student.newPage();
      await page.goto("/student");
      await shoot(page, "study-home", variant);
    });

    for (const type of QUESTION_TYPES) {
      test(`a ${type} question with its feedback`, async () => {
        const page = await student.newPage();
        await startQuizOfType(page, type);
        const question = await currentQuestion(page);
        expect(question.type, "the quiz holds only the type asked for").toBe(type);
        // The pin is placed with a click at a point of the map, which must be on screen (below the fold on a phone).
        if (type === "map-pin") await page.getByRole("application", { name: "Map of Syria's governorates" }).scrollIntoViewIfNeeded();
        await answerCorrectlyWithMouse(page, question);
        await expect(verdict(page)).toBeVisible();
        await shoot(page, quizShot(type), variant);
      });
    }

    test("flashcards", async () => {
      const page = await student.newPage();
      await page.goto("/student/flashcards");
      await page.getByRole("button", { name: "Show answer" }).click();
      await expect(page.getByRole("button", { name: /^Good/ })).toBeVisible();
      await shoot(page, "flashcards", variant);
    });

    for (const month of MAP_MONTHS) {
      test(`map in ${month}`, async () => {
        const page = await student.newPage();
        await page.goto(`/student/map?month=${month}`);
        await shoot(page, mapShot(month), variant);
      });
    }

    test("the map's list of places", async () => {
      const page = await student.newPage();
      await page.goto(`/student/map/places?month=${MAP_MONTHS[1]}`);
      await shoot(page, placeListShot, variant);
    });

    test("timeline", async () => {
      const page = await student.newPage();
      await page.goto("/student/timeline");
      await shoot(page, "timeline", variant);
    });

    test("progress", async () => {
      const page = await student.newPage();
      await page.goto("/student/progress");
      await shoot(page, "progress", variant);
    });

    test("teacher's class overview and item analysis", async () => {
      const page = await teacher.newPage();
      await page.goto("/teacher");
      await page.getByRole("link", { name: /Year 11 History/ }).first().click();
      await page.waitForURL(/\/teacher\/classes\/[^/]+$/);
      await shoot(page, "teacher-class-overview", variant);
      const firstAssignment = page.locator("main a[href*='/assignments/']:not([href$='/new'])").first();
      await firstAssignment.click();
      await expect(page.getByRole("heading", { level: 1, name: /^Item analysis/ })).toBeVisible();
      await shoot(page, "teacher-item-analysis", variant);
    });
  });
});

test("docs/screenshots/README.md lists every screenshot, and only those", () => {
  fs.writeFileSync(path.join(SCREENSHOT_DIR, "README.md"), readme());
  const expected = SHOTS.flatMap((shot) => VARIANTS.map((variant) => fileName(shot.name, variant))).sort();
  const present = fs.readdirSync(SCREENSHOT_DIR).filter((file) => file.endsWith(".png")).sort();
  expect(present).toEqual(expected);
});
