/**
 * The question browser: a teacher searches and filters with the GET form, pages through the
 * results, opens a question to see it as a student does (then with its key), hides it with a reason,
 * finds it under "hidden by me" and shows it again. Students cannot open any of it.
 */
import { expect, test } from "./fixtures";
import { DEMO_STUDENT, expectNoAxeViolations, signInWithForm, signUpTeacherWithCode } from "./helpers";

const stamp = Date.now();
const teacher = { name: "Rana Browser", email: `rana.${stamp}@school.example`, password: "a-long-teacher-password" };

test.describe.serial("question browser", () => {
  test.describe.configure({ timeout: 90_000 });

  test("a teacher searches, filters, pages, previews, hides with a reason and shows the question again", async ({ page }) => {
    await signUpTeacherWithCode(page, teacher);
    await page.getByRole("link", { name: "Question browser" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Question browser" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText(/^\d+ questions; showing 1–25\.$/);
    await expectNoAxeViolations(page, "the question browser");

    // Pages are links in the URL.
    await page.getByRole("navigation", { name: "Result pages" }).getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/teacher\/questions\?page=2$/);
    await expect(page.getByRole("status")).toContainText(/showing 26–50\./);

    // Search words and a filter, submitted from the keyboard: the URL holds the query.
    await page.getByLabel("Words in the question, its answers or explanation").fill("Taftanaz");
    await page.getByLabel("Type").selectOption({ label: "Multiple choice" });
    await page.getByLabel("Words in the question, its answers or explanation").press("Enter");
    await expect(page).toHaveURL(/[?&]q=Taftanaz/);
    await expect(page).toHaveURL(/[?&]type=multiple-choice/);
    const results = page.getByRole("list", { name: "Results" }).getByRole("listitem");
    await expect(results.first()).toBeVisible();
    const count = await results.count();
    for (let i = 0; i < count; i++) await expect(results.nth(i)).toContainText("Multiple choice");
    await expect(page.getByLabel("Type")).toHaveValue("multiple-choice");
    await expectNoAxeViolations(page, "filtered results");

    // Open the first generated result (teachers' questions, listed first, may have no source): the
    // student's view, then the key and the citation by document title.
    const firstLink = results.filter({ has: page.locator('a:not([href*="tq%3A"])') }).first().getByRole("link");
    const prompt = (await firstLink.textContent())!.trim();
    await firstLink.click();
    await expect(page.getByRole("heading", { level: 1, name: "Question" })).toBeVisible();
    const studentView = page.locator("section", { has: page.getByRole("heading", { name: "What a student sees" }) });
    await expect(studentView).toContainText(prompt);
    await expect(studentView.getByRole("group", { name: /Choose/ })).toBeVisible();
    // One answer or several (radios or checkboxes): the preview cannot be answered.
    await expect(studentView.getByRole("radio").or(studentView.getByRole("checkbox")).first()).toBeDisabled();
    const keySection = page.locator("section", { has: page.getByRole("heading", { name: "Answer and explanation" }) });
    await expect(keySection).toContainText("Answer:");
    await expect(keySection.locator("cite").first()).not.toHaveText(/\.txt$/);
    await expect(page.getByText("None of your students has answered this question yet.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit this question" })).toHaveCount(0);
    await expectNoAxeViolations(page, "a question's page");
    const detailUrl = page.url();

    // A reason that is too long is explained and hides nothing.
    await page.getByLabel("Reason (optional)").fill("x".repeat(320));
    await page.getByRole("button", { name: "Hide from my students" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Keep the reason under 300 characters.");
    await expect(page.getByLabel("Reason (optional)")).toHaveAttribute("aria-invalid", "true");

    // Hide it with a reason, from the keyboard.
    await page.getByLabel("Reason (optional)").fill("Two sources disagree on this one.");
    await page.getByLabel("Reason (optional)").press("Tab");
    await expect(page.getByRole("button", { name: "Hide from my students" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByText(/Hidden from all your classes since .*Your reason: “Two sources disagree on this one\.”/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Show to my students again" })).toBeVisible();
    await expectNoAxeViolations(page, "a hidden question's page");

    // "Hidden by me" lists exactly that question, with its badge.
    await page.goto("/teacher/questions");
    await page.getByRole("checkbox", { name: "hidden by me" }).check();
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/[?&]hidden=1/);
    await expect(page.getByRole("status")).toHaveText("1 question; showing 1–1.");
    await expect(results).toHaveCount(1);
    await expect(results.first()).toContainText(prompt);
    await expect(results.first()).toContainText("Hidden by me");

    // Show it again: the hide form comes back and the filter is empty.
    await page.goto(detailUrl);
    await page.getByRole("button", { name: "Show to my students again" }).click();
    await expect(page.getByRole("button", { name: "Hide from my students" })).toBeVisible();
    await page.goto("/teacher/questions?hidden=1");
    await expect(page.getByRole("status")).toHaveText("No questions match. Try fewer words or filters.");
  });

  test("a student is refused the browser and a question's page", async ({ page }) => {
    await signInWithForm(page, DEMO_STUDENT);
    for (const path of ["/teacher/questions", "/teacher/questions?q=aleppo", "/teacher/questions/before-true-false-0179da70c7"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByText(/Answer:/)).toHaveCount(0);
    }
  });
});
