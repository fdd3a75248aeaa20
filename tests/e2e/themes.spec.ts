import { expect, test } from "./fixtures";
import { DEMO_TEACHER, expectNoAxeViolations, signInWithForm } from "./helpers";
import { answerCorrectlyWithMouse, currentQuestion, startQuizFromSetPage, verdict } from "./quiz-helpers";

test.describe("colour themes", () => {
  test("a reader whose system is dark gets the dark theme, and the study home and a quiz pass axe in it", async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: "dark" });
    await signInWithForm(page, "student8@example.com");
    await page.waitForURL(/\/student$/);
    const paper = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--paper").trim());
    expect(paper, "the page background follows the system's dark theme").toBe("#12161b");
    await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
    await expectNoAxeViolations(page, "the study home, dark");

    await startQuizFromSetPage(page, "siege-of-wadi-deif", { length: 5 });
    await expectNoAxeViolations(page, "a quiz question, dark");
    await answerCorrectlyWithMouse(page, await currentQuestion(page));
    await expect(verdict(page)).toHaveText("✓ Correct");
    await expectNoAxeViolations(page, "a question's feedback, dark");
  });

  for (const [path, heading] of [
    ["/student/flashcards", /Flashcards/],
    ["/student/timeline", /Timeline/],
    ["/student/map", /Map/],
    ["/student/map/places", /Places, month by month/],
    ["/student/progress", /Your progress/],
  ] as const) {
    test(`${path} passes axe in the dark theme`, async ({ page }) => {
      // axe over the whole 211-event timeline takes a minute on a loaded machine.
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: "dark" });
      await signInWithForm(page, "student8@example.com");
      await page.waitForURL(/\/student$/);
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expectNoAxeViolations(page, `${path}, dark`);
    });
  }

  test("the theme toggle works from the keyboard and the choice survives a reload", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await signInWithForm(page, DEMO_TEACHER);
    await page.waitForURL(/\/teacher$/);
    const toggle = page.getByRole("button", { name: "Dark theme" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");

    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expectNoAxeViolations(page, "the class list, dark");

    // The server renders the saved choice: no flash of the light theme, even though the system is light.
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");

    await toggle.focus();
    await page.keyboard.press("Space");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  });
});
