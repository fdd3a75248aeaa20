/**
 * Issue 15's whole curation flow, one step per test with shared state:
 * 1. a new teacher creates a class, searches the question browser, previews a question, hides another
 *    one with a reason, writes one question of each type, builds a set of three generated and the
 *    seven written questions (one added from a question's page), reorders it and assigns it;
 * 2. a new student joins, answers all ten with the keyboard and reports a question;
 * 3. the teacher sees the report and hides the question;
 * 4. the student's new practice quizzes draw every core question of the set but the two hidden ones.
 */
import { QUESTION_TYPES, type QuestionType } from "../../lib/questions/types";
import { writeOneQuestionOfEachType } from "./authoring-helpers";
import { expect, test, type Page } from "./fixtures";
import { expectNoAxeViolations, signInWithForm, signUpTeacherWithCode } from "./helpers";
import { answerWithKeyboard, questionForm, verdict } from "./quiz-helpers";

const stamp = Date.now();
/** A study set with fewer than 20 core questions once two are hidden, so a 20-question practice quiz draws every one it may. */
const PRACTICE_SET = "border-crossings-summer-2012";
/** Three generated questions; the first two are in PRACTICE_SET's core. */
const [REPORTED, SECOND, THIRD] = [
  "event-sides-true-false-590ece4a35",
  "which-first-choice-bceed66e4a",
  "before-true-false-0179da70c7",
];
const GENERATED_TYPES = new Map<string, QuestionType>([
  [REPORTED, "true-false"],
  [SECOND, "multiple-choice"],
  [THIRD, "true-false"],
]);
/** Hidden from the question browser in step 1: a core question of PRACTICE_SET that a search for SEARCH_WORD finds. */
const HIDDEN_IN_BROWSER = "place-map-pin-0926412f87";
const SEARCH_WORD = "Jarabulus";
const state = {
  teacher: { name: "Ms. Set Builder", email: `sets.${stamp}@school.example`, password: "a-long-teacher-password" },
  student: { name: "Omar Reporter", email: `omar.${stamp}@school.example`, password: "a-long-student-password" },
  className: `Sets class ${stamp}`,
  setName: `Border crossings revision ${stamp}`,
  joinCode: "",
  itemAnalysisUrl: "",
  /** The teacher's own questions ("tq:<id>"), by type. */
  written: {} as Record<QuestionType, string>,
};

/** The set's questions in the order the teacher leaves them: the generated three, then the written seven. */
function setOrder(): string[] {
  return [REPORTED, THIRD, SECOND, ...QUESTION_TYPES.map((type) => state.written[type])];
}

/** The quiz heading of a question from the set; a teacher's question is drawn at a version ("tq:<id>@<n>"). */
function quizHeading(page: Page, id: string) {
  return page.locator(`h2[id='question-${id}'], h2[id^='question-${id}@']`);
}

async function questionIdsOnPage(page: Page): Promise<string[]> {
  return page.locator("ol li[id^='item-']").evaluateAll((items) => items.map((item) => item.id.replace(/^item-/, "")));
}

test.describe.serial("curation from search to a hidden question: browse, write, build a set, assign, take, report, hide", () => {
  // Step 1 saves seven questions and step 2 answers ten: about 30 s each alone, several times that on a busy machine.
  test.describe.configure({ timeout: 180_000 });

  test("step 1: a teacher searches, previews, hides, writes every type, builds a set of ten, reorders it and assigns it", async ({
    page,
  }) => {
    await signUpTeacherWithCode(page, state.teacher);
    await page.getByLabel("Class name").fill(state.className);
    await page.getByRole("button", { name: "Create class" }).click();
    await expect(page).toHaveURL(/\/roster\?created=1$/);
    state.joinCode = (await page.getByText(/^Join code: [A-Z2-9]{8}$/).textContent())!.replace("Join code: ", "");

    // Search the question browser for a word.
    await page.goto("/teacher");
    await page.getByRole("link", { name: "Question browser" }).click();
    await page.getByLabel("Words in the question, its answers or explanation").fill(SEARCH_WORD);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]q=${SEARCH_WORD}`));
    const results = page.getByRole("list", { name: "Results" }).getByRole("listitem");
    await expect(results.first()).toBeVisible();
    const toHide = results.filter({ has: page.locator(`a[href='/teacher/questions/${HIDDEN_IN_BROWSER}']`) });
    await expect(toHide).toContainText("Generated");

    // Preview another result: the question as a student sees it, controls switched off.
    const previewLink = results.filter({ hasNot: page.locator(`a[href='/teacher/questions/${HIDDEN_IN_BROWSER}']`) }).first().getByRole("link");
    const previewPrompt = (await previewLink.textContent())!.trim();
    await previewLink.click();
    const studentView = page.getByRole("region", { name: "What a student sees" });
    await expect(studentView).toContainText(previewPrompt);
    await expect(page.getByRole("region", { name: "Answer and explanation" })).toContainText("Answer:");
    for (const control of await studentView.locator("input, select, textarea, button").all()) await expect(control).toBeDisabled();

    // Hide a different generated question, with a reason, and find it under "hidden by me".
    await page.goBack();
    await toHide.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/teacher/questions/${HIDDEN_IN_BROWSER}$`));
    await page.getByLabel("Reason (optional)").fill("The map of the crossings is not taught this year.");
    await page.getByRole("button", { name: "Hide from my students" }).click();
    await expect(page.getByText(/Your reason: “The map of the crossings is not taught this year\.”/)).toBeVisible();
    await page.goto("/teacher/questions?hidden=1");
    await expect(page.getByRole("status")).toHaveText("1 question; showing 1–1.");
    await expect(results.first()).toContainText("Hidden by me");
    await expect(results.first().getByRole("link")).toHaveAttribute("href", `/teacher/questions/${HIDDEN_IN_BROWSER}`);

    // One question of each type, written through the forms.
    state.written = await writeOneQuestionOfEachType(page);
    expect(Object.keys(state.written).sort()).toEqual([...QUESTION_TYPES].sort());

    await page.goto("/teacher");
    await page.getByRole("link", { name: "Custom sets" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Custom sets" })).toBeVisible();
    await expectNoAxeViolations(page, "the custom sets page");

    // An empty name is explained.
    await page.getByRole("button", { name: "Create set" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Enter a name for the set.");
    await page.getByLabel("Name").fill(state.setName);
    await page.getByRole("button", { name: "Create set" }).click();
    await expect(page).toHaveURL(/\/teacher\/sets\/[^/?]+\?notice=created$/);
    await expect(page.getByRole("heading", { level: 1, name: state.setName })).toBeVisible();

    for (const id of [REPORTED, SECOND, THIRD]) {
      await page.getByLabel("Question id").fill(id);
      await page.getByRole("button", { name: "Add to set" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Question added at the end of the set." })).toBeVisible();
      await expect(page.locator(`li[id='item-${id}']`)).toBeVisible();
    }
    await page.getByLabel("Question id").fill("no-such-question");
    await page.getByRole("button", { name: "Add to set" }).click();
    await expect(page.getByRole("status").filter({ hasText: "There is no question with that id." })).toBeVisible();
    expect(await questionIdsOnPage(page)).toEqual([REPORTED, SECOND, THIRD]);

    // Reorder with the keyboard: the third question up one place.
    await page.getByRole("button", { name: "Move question 3 up" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Question moved up." })).toBeVisible();
    expect(await questionIdsOnPage(page)).toEqual([REPORTED, THIRD, SECOND]);
    await expect(page.getByRole("button", { name: "Move question 1 up" })).toBeDisabled();
    const setUrl = page.url();

    // The first written question from its own page ("Add to one of your sets"), the rest by id.
    const [firstWritten, ...otherWritten] = QUESTION_TYPES.map((type) => state.written[type]);
    await page.goto(`/teacher/questions/${encodeURIComponent(firstWritten!)}`);
    const addToSet = page.getByRole("region", { name: "Add to one of your sets" });
    await addToSet.getByLabel("Add to my set").selectOption({ label: state.setName });
    await addToSet.getByRole("button", { name: "Add", exact: true }).click();
    await expect(addToSet.getByRole("status")).toContainText(`Added to “${state.setName}”.`);
    await page.goto(setUrl);
    for (const id of otherWritten) {
      await page.getByLabel("Question id").fill(id);
      await page.getByRole("button", { name: "Add to set" }).click();
      await expect(page.locator(`li[id='item-${id}']`)).toBeVisible();
    }
    expect(await questionIdsOnPage(page)).toEqual(setOrder());
    await expectNoAxeViolations(page, "a custom set's page");

    // Assign it: the set comes chosen; keep its order.
    await page.getByRole("link", { name: `Assign to ${state.className}` }).click();
    await expect(page.getByRole("heading", { name: "New assignment" })).toBeVisible();
    await expect(page.getByRole("radio", { name: /One of my custom sets/ })).toBeChecked();
    await expect(page.getByLabel("Custom set", { exact: true })).toHaveValue(/.+/);
    await page.getByRole("button", { name: "Preview questions" }).click();
    await expect(page.getByRole("region", { name: "Preview" })).toContainText("10 questions match these choices; each student gets 10");
    await page.getByRole("checkbox", { name: /Shuffle the questions/ }).uncheck();
    await page.getByLabel("Due", { exact: true }).fill("2030-01-05T09:00");
    await page.getByRole("button", { name: "Create assignment" }).click();
    await expect(page).toHaveURL(/\/assignments\/[^/]+\/settings\?created=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(state.setName);
    state.itemAnalysisUrl = new URL(page.url()).pathname.replace(/\/settings$/, "");
  });

  test("step 2: a student joins, answers all ten with the keyboard and reports a question", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill(state.student.name);
    await page.getByLabel("Email").fill(state.student.email);
    await page.getByLabel("Password").fill(state.student.password);
    await page.getByRole("radio", { name: "Student" }).check();
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/student$/, { timeout: 20_000 });
    await page.goto("/join");
    await page.getByLabel("Join code").fill(state.joinCode);
    await page.getByRole("button", { name: "Join class" }).click();
    await expect(page).toHaveURL(/\/student\/assignments\?joined=/);

    const card = page.getByRole("listitem").filter({ hasText: state.setName });
    await card.getByRole("button", { name: /^Start/ }).click();
    await expect(page).toHaveURL(/\/student\/quiz\/[^/]+$/);

    // The set's order, not shuffled; every type answered with the keyboard alone.
    const typeOf = new Map<string, QuestionType>([...GENERATED_TYPES, ...QUESTION_TYPES.map((type) => [state.written[type], type] as const)]);
    const order = setOrder();
    for (const [index, id] of order.entries()) {
      await expect(page.getByText(new RegExp(`^Question ${index + 1} of ${order.length}`))).toBeVisible();
      await expect(quizHeading(page, id)).toBeVisible();
      const type = typeOf.get(id)!;
      const premises = type === "matching" ? await questionForm(page).getByRole("combobox").all() : undefined;
      await answerWithKeyboard(page, { type, premises });
      await expect(verdict(page)).toBeVisible();
      await expect(page.getByRole("heading", { name: "Your answer" }).first()).toBeVisible();

      if (index === 0) {
        // The report form: a disclosure under the feedback, used with the keyboard alone.
        await page.getByText("Report a problem with this question").focus();
        await page.keyboard.press("Enter");
        await page.getByRole("radio", { name: "The question is unclear" }).focus();
        await page.keyboard.press("Space");
        await page.getByLabel("Comment (optional)").focus();
        await page.keyboard.type("Which side is meant here?");
        await page.getByRole("button", { name: "Send report" }).focus();
        await page.keyboard.press("Enter");
        await expect(page.getByRole("status").filter({ hasText: "Thank you: your teacher will see this report." })).toBeVisible();
        await expectNoAxeViolations(page, "the quiz with the report form open");
      }
      if (index < order.length - 1) {
        await page.getByRole("button", { name: "Next question" }).focus();
        await page.keyboard.press("Enter");
      }
    }
    await page.getByRole("button", { name: "See your results" }).click();
    await expect(page).toHaveURL(/\/summary$/);
  });

  test("step 3: the teacher sees the report and hides the question", async ({ page }) => {
    await signInWithForm(page, state.teacher.email, state.teacher.password);

    // A second set, for the questions the item analysis collects.
    await page.goto("/teacher/sets");
    await page.getByLabel("Name").fill("Missed by the class");
    await page.getByRole("button", { name: "Create set" }).click();
    await expect(page).toHaveURL(/\/teacher\/sets\/[^/?]+\?notice=created$/);

    // The item analysis counts the report on its question's row, and collects ticked questions into a set.
    await page.goto(state.itemAnalysisUrl);
    await expect(page.getByRole("link", { name: "1 open reports on Q1" })).toHaveAttribute("href", `/teacher/questions/${REPORTED}`);
    await expect(page.getByRole("row").filter({ hasText: "Q2" }).getByRole("cell").nth(5)).toHaveText("0");
    await page.getByRole("checkbox", { name: "Tick Q1 to add it to a set" }).check();
    await page.getByRole("checkbox", { name: "Tick Q2 to add it to a set" }).check();
    await page.getByLabel("Add the ticked questions to my set").selectOption({ label: "Missed by the class" });
    await page.getByRole("button", { name: "Add the ticked questions" }).click();
    await expect(page.getByRole("status").filter({ hasText: "2 questions added to “Missed by the class”." })).toBeVisible();
    await expectNoAxeViolations(page, "the item analysis with reports and the add-to-set form");

    await page.goto("/teacher");
    await page.getByRole("link", { name: "Reports from students" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
    const report = page.getByRole("listitem").filter({ hasText: state.student.name });
    await expect(report).toContainText("Unclear");
    await expect(report).toContainText("Which side is meant here?");
    await expectNoAxeViolations(page, "the reports page");

    await report.getByRole("button", { name: "Hide the question from my classes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The question is hidden from your classes" })).toBeVisible();
    await expect(page.getByText("There are no open reports.")).toBeVisible();

    await page.goto(state.itemAnalysisUrl);
    await expect(page.getByRole("link", { name: /open reports on Q1/ })).toHaveCount(0);
    await page.goto("/teacher/sets");
    await expect(page.getByRole("listitem").filter({ hasText: state.setName })).toContainText("10 questions");
    await expect(page.getByRole("listitem").filter({ hasText: "Missed by the class" })).toContainText("2 questions");
  });

  test("step 4: the student's new practice quizzes draw every core question but the two hidden ones", async ({ page }) => {
    await signInWithForm(page, state.student.email, state.student.password);
    for (let quiz = 0; quiz < 2; quiz++) {
      await page.goto(`/student/sets/${PRACTICE_SET}`);
      // The set page counts what this student can be asked: the two hidden questions are not among them.
      const coreLabel = await page.getByText(/^Core questions \(\d+\)/).textContent();
      const coreCount = Number(/\((\d+)\)/.exec(coreLabel ?? "")?.[1]);
      expect(coreCount, "the set still has core questions").toBeGreaterThan(0);
      expect(coreCount, "a 20-question quiz can hold every core question still offered").toBeLessThanOrEqual(20);
      await page.getByLabel("Number of questions").selectOption("20");
      await page.getByRole("button", { name: "Start quiz" }).click();
      await page.waitForURL(/\/student\/quiz\/[^/]+$/);
      // Asked for more than the set offers, the quiz holds every core question the page counted.
      await expect(page.getByText(new RegExp(`^Question 1 of ${coreCount}\\b`))).toBeVisible();
      // Loaded afresh, the page carries the whole quiz (every question's key-free view): the hidden ones are not among them.
      await page.reload();
      const html = await page.content();
      expect(html).not.toContain(REPORTED);
      expect(html).not.toContain(HIDDEN_IN_BROWSER);
      expect(html).toContain(SECOND);
    }
    const response = await page.goto("/teacher/sets");
    expect(response?.status()).toBe(403);
  });
});
