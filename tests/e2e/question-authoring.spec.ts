import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "./fixtures";
import {
  SAVED_QUESTION_URL as SAVED,
  startQuestion,
  writeMatchingQuestion,
  writeOrderingQuestion,
  writeTrueFalseQuestion,
  writeTypedQuestion,
} from "./authoring-helpers";
import { DEMO_TEACHER, expectNoAxeViolations, signInWithForm } from "./helpers";

const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), "tests", "fixtures", "gift", name), "utf8");

/** The form's list of problems (Next.js's route announcer also has the alert role). */
const problems = (page: Page) => page.getByRole("alert").filter({ hasText: /Please fix|Nothing can be imported/ });

test.describe("teachers write and import questions", () => {
  test.beforeEach(async ({ page }) => {
    await signInWithForm(page, DEMO_TEACHER);
  });

  test("writes one question of each type, keeping what was typed when something is missing", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto("/teacher/questions/new");
    await expectNoAxeViolations(page, "the question type chooser");
    await page.getByRole("link", { name: "Multiple choice" }).click();

    // Multiple choice, first without a correct choice: the form says so and keeps the text.
    await page.getByLabel("Question", { exact: true }).fill("Which city is the capital of Idlib governorate?");
    await page.getByRole("textbox", { name: "Choice 1" }).fill("Idlib");
    await page.getByRole("textbox", { name: "Choice 2" }).fill("Aleppo");
    await page.getByRole("textbox", { name: "Choice 3" }).fill("Hama");
    await page.getByLabel("Explanation").fill("The governorate is named after its capital.");
    await page.getByRole("button", { name: "Save question" }).click();
    await expect(problems(page)).toContainText("Mark at least one choice as correct.");
    await expect(page.getByRole("textbox", { name: "Choice 3" })).toHaveValue("Hama");
    await expectNoAxeViolations(page, "the multiple-choice form with an error");
    // Rows come and go without saving.
    await page.getByRole("button", { name: "Remove choice 4" }).click();
    await expect(page.getByRole("textbox", { name: "Choice 4" })).toHaveCount(0);
    await page.getByRole("button", { name: "Add a choice" }).click();
    await expect(page.getByRole("textbox", { name: "Choice 4" })).toHaveValue("");
    await expect(page.getByRole("textbox", { name: "Choice 1" })).toHaveValue("Idlib");
    await page.getByRole("checkbox", { name: "Correct (choice 1)" }).check();
    await page.getByRole("button", { name: "Save question" }).click();
    await expect(page).toHaveURL(SAVED);

    // The types with nothing more to check here: the happy path (each waits for the saved page).
    await writeTrueFalseQuestion(page, "Taftanaz airbase lies in Idlib governorate.");
    await writeOrderingQuestion(page);
    await writeMatchingQuestion(page);
    await writeTypedQuestion(page);

    await startQuestion(page, "numeric", "Roughly how many kilometres is Maarat al-Numan from Idlib city?");
    await page.getByLabel("Answer", { exact: true }).fill("30");
    await page.getByLabel("Tolerance (optional)").fill("5");
    await page.getByLabel("Explanation").fill("About thirty kilometres to the south.");
    // Enter in a text box saves (it does not add or remove a row).
    await page.getByLabel("Unit (optional)").fill("km");
    await page.getByLabel("Unit (optional)").press("Enter");
    await expect(page).toHaveURL(SAVED);

    // Map pin by keyboard alone: focus the map, move the crosshair, Enter places the pin and fills the coordinates.
    await startQuestion(page, "map-pin", "Where is Idlib city?");
    await page.getByLabel("Place name").fill("Idlib");
    const map = page.getByRole("application", { name: "Map of Syria's governorates" });
    await map.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press("Shift+ArrowLeft");
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Latitude")).toHaveValue(/^3\d\.\d{4}$/);
    await expect(page.getByLabel("Longitude")).toHaveValue(/^3\d\.\d{4}$/);
    await expectNoAxeViolations(page, "the map-pin form");
    // Typed coordinates win over the pin, and are what is saved.
    await page.getByLabel("Latitude").fill("35.93");
    await page.getByLabel("Longitude").fill("36.63");
    await page.getByLabel("Partial-credit radius (km)").fill("5");
    await page.getByLabel("Explanation").fill("The city gives the governorate its name.");
    await page.getByRole("button", { name: "Save question" }).click();
    await expect(problems(page)).toContainText("The partial-credit radius can't be smaller than the full-credit radius.");
    await expect(page.getByLabel("Latitude")).toHaveValue("35.93");
    await page.getByLabel("Partial-credit radius (km)").fill("30");
    await page.getByRole("button", { name: "Save question" }).click();
    await expect(page).toHaveURL(SAVED);
  });

  test("edits a question the teacher wrote", async ({ page }) => {
    const id = await writeTrueFalseQuestion(page, "Wadi Deif lies east of Maarat al-Numan.");
    const editPath = `/teacher/questions/${encodeURIComponent(id)}/edit`;
    await page.goto(editPath);
    await expect(page.getByText("No student has had this question yet")).toBeVisible();
    await expect(page.getByLabel("Statement")).toHaveValue("Wadi Deif lies east of Maarat al-Numan.");
    await expectNoAxeViolations(page, "the edit page");
    await page.getByLabel("Statement").fill("The Wadi Deif base lies east of Maarat al-Numan.");
    await page.getByRole("radio", { name: "False" }).check();
    await page.getByRole("button", { name: "Save question" }).click();
    await expect(page).toHaveURL(SAVED);
    await page.goto(editPath);
    await expect(page.getByLabel("Statement")).toHaveValue("The Wadi Deif base lies east of Maarat al-Numan.");
    await expect(page.getByRole("radio", { name: "False" })).toBeChecked();
  });

  test("imports a GIFT file after a preview, and refuses a malformed one without saving", async ({ page }) => {
    await page.goto("/teacher/questions/import");
    await expectNoAxeViolations(page, "the import page");

    // A file with a problem: the preview names the line, and there is nothing to confirm.
    await page.getByLabel("Paste the questions").fill(fixture("unsupported.gift"));
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByText("1 of 4 questions ready; 3 with problems.")).toBeVisible();
    await expect(page.getByText("Line 3: Not supported: essay questions.")).toBeVisible();
    await expect(page.getByText("Line 5: Mark at least one choice as correct.")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);
    await expectNoAxeViolations(page, "an import preview with problems");

    // A syntax error, uploaded as a file: the parser's line, nothing importable.
    await page.getByLabel("Paste the questions").fill("");
    await page.getByLabel("Or upload a file (.gift, .txt or .csv)").setInputFiles(path.join(process.cwd(), "tests", "fixtures", "gift", "broken-syntax.gift"));
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(problems(page)).toContainText("Nothing can be imported from this text.");
    await expect(problems(page)).toContainText(/Line \d+: The GIFT text cannot be read/);
    await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);

    // A file over 1 MB is refused as soon as it is chosen.
    await page.getByLabel("Or upload a file (.gift, .txt or .csv)").setInputFiles({
      name: "too-big.gift",
      mimeType: "text/plain",
      buffer: Buffer.alloc(1024 * 1024 + 1, "a"),
    });
    await expect(page.getByText("“too-big.gift” is larger than 1 MB.")).toBeVisible();

    // A good file: preview first, then confirm saves all six.
    await page.getByLabel("Paste the questions").fill(fixture("every-type.gift"));
    await page.getByLabel("Category").selectOption("places");
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByText("6 of 6 questions ready.")).toBeVisible();
    await expect(page.getByRole("row")).toHaveCount(7);
    await expect(page.getByRole("row").nth(6)).toContainText("Match each place with what it was.");
    await page.getByRole("button", { name: "Import 6 questions" }).click();
    await expect(page).toHaveURL(/\/teacher\/questions\?imported=6$/);
  });
});
