import { expect, request as playwrightRequest, test, type APIRequestContext, type Page } from "./fixtures";
import { DEMO_STUDENT, DEMO_TEACHER, E2E_TEACHER_SIGNUP_CODE, signInWithApi, signInWithForm, expectNoAxeViolations } from "./helpers";

// Dashboards render large pages and axe checks each one: allow for a busy machine.
test.describe.configure({ timeout: 60_000 });

const PAST_ASSIGNMENT = "Battle of Maarat al-Numan: the October 2012 offensive";
const OPEN_ASSIGNMENT = "The siege of Wadi Deif";

interface DashboardPaths {
  overview: string;
  itemAnalysis: string;
  student: string;
  missed: string;
  gradebook: string;
  responses: string;
}

/** Walks from the teacher home to every dashboard page, collecting their paths. */
async function openDashboards(page: Page): Promise<DashboardPaths> {
  await signInWithForm(page, DEMO_TEACHER);
  await page.waitForURL(/\/teacher$/);
  await page.getByRole("link", { name: /Year 11 History/ }).click();
  await page.waitForURL(/\/teacher\/classes\/[a-z0-9]+$/);
  const overview = new URL(page.url()).pathname;
  const classId = overview.split("/").pop()!;
  const itemAnalysis = (await page.getByRole("link", { name: `Item analysis: ${PAST_ASSIGNMENT}` }).getAttribute("href"))!;
  const student = (await page.getByRole("region", { name: "Students" }).getByRole("link", { name: "Student 12", exact: true }).getAttribute("href"))!;
  return {
    overview,
    itemAnalysis,
    student,
    missed: `${overview}/missed`,
    gradebook: `/api/classes/${classId}/exports/gradebook`,
    responses: `/api/classes/${classId}/exports/responses`,
  };
}

test("the teacher sees the class overview, an item analysis, a student and the most-missed facts", async ({ page }) => {
  const paths = await openDashboards(page);

  await expect(page.getByRole("heading", { level: 1 })).toContainText("Year 11 History");
  const assignments = page.getByRole("region", { name: "Assignments" });
  await expect(assignments.getByRole("row", { name: new RegExp(PAST_ASSIGNMENT) })).toContainText("15 of 30");
  await expect(assignments.getByRole("row", { name: new RegExp(OPEN_ASSIGNMENT) })).toContainText("9 of 30");
  await expect(page.getByRole("heading", { name: `Next due: ${OPEN_ASSIGNMENT}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Not started \(20\)/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Score distribution" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: `Item analysis: ${PAST_ASSIGNMENT}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Item analysis: ${PAST_ASSIGNMENT}`);
  await expect(page.getByText("students’ first finished attempts")).toBeVisible();
  const summary = page.getByRole("region", { name: "Question statistics" });
  await expect(summary.getByRole("row")).toHaveCount(11); // header + 10 questions
  await expect(page.getByRole("heading", { level: 3 }).first()).toContainText("Q1.");
  await expect(page.getByText("Most common wrong answers").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(paths.student);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Student 12");
  await expect(page.getByRole("heading", { name: "Assignment scores over time" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Finished attempts" }).getByRole("row")).toHaveCount(4); // header + 3 attempts
  await expect(page.getByRole("heading", { name: "Flashcards" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(paths.missed);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Most-missed facts");
  await expect(page.getByRole("heading", { name: "Facts", exact: true })).toBeVisible();
  await expect(page.locator("article").first()).toContainText("average score");
  await expectNoAxeViolations(page);
});

test("the teacher downloads the gradebook and every answer as CSV", async ({ page }) => {
  const paths = await openDashboards(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Gradebook" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^gradebook-year-11-history-.+\.csv$/);
  const gradebook = await page.request.get(paths.gradebook);
  expect(gradebook.status()).toBe(200);
  expect(gradebook.headers()["content-type"]).toContain("text/csv");
  expect(gradebook.headers()["content-disposition"]).toMatch(/^attachment; filename="gradebook-/);
  const gradebookBytes = await gradebook.body();
  expect([...gradebookBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const gradebookLines = gradebookBytes.subarray(3).toString("utf8").split("\r\n");
  // The demo class's two assignments come first; live sessions and assignments other specs added follow them.
  const headings = gradebookLines[0]!.split(",");
  expect(headings.slice(0, 5)).toEqual(["Name", "Email", "Enrolment", PAST_ASSIGNMENT, OPEN_ASSIGNMENT]);
  const cellsOf = (name: string) => gradebookLines.find((l) => l.startsWith(`${name},`))!.split(",").slice(0, 5);
  expect(cellsOf("Student 1")).toEqual(["Student 1", "student1@example.com", "enrolled", "", ""]);
  const student12 = cellsOf("Student 12");
  expect(student12.slice(0, 3)).toEqual(["Student 12", "student12@example.com", "enrolled"]);
  for (const cell of student12.slice(3)) expect(cell).toMatch(/^\d+(\.\d)?$/);

  const responses = await page.request.get(paths.responses);
  expect(responses.status()).toBe(200);
  expect(responses.headers()["content-disposition"]).toMatch(/^attachment; filename="responses-/);
  const responseBytes = await responses.body();
  expect([...responseBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const responseLines = responseBytes.subarray(3).toString("utf8").split("\r\n");
  expect(responseLines[0]).toBe(
    "Student,Email,Assignment,Question id,Category,Type,Prompt,Answer,Score,Correct,Answered at (UTC),Time spent (ms)",
  );
  const row = responseLines.find((l) => l.startsWith("Student 12,student12@example.com,"));
  expect(row).toBeTruthy();
  expect(row).toMatch(/,(true|false),\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z,\d+$/);
});

test("another teacher and a student are refused every dashboard page and export", async ({ page, baseURL }) => {
  const paths = await openDashboards(page);
  const all = Object.values(paths);

  // A second teacher, through the real sign-up form.
  const email = `dashboard.${Date.now()}@school.example`;
  const signUp = await page.context().browser()!.newPage({ baseURL });
  await signUp.goto("/sign-up");
  await signUp.getByLabel("Name").fill("Other Teacher");
  await signUp.getByLabel("Email").fill(email);
  await signUp.getByLabel("Password").fill("dashboard-password-1");
  await signUp.getByRole("radio", { name: "Teacher" }).check();
  await signUp.getByLabel("Teacher sign-up code").fill(E2E_TEACHER_SIGNUP_CODE);
  await signUp.getByRole("button", { name: "Create account" }).click();
  await signUp.waitForURL(/\/teacher$/);
  await signUp.close();

  const contexts: [string, APIRequestContext][] = [];
  const other = await playwrightRequest.newContext({ baseURL });
  await signInWithApi(other, email, "dashboard-password-1");
  contexts.push(["other teacher", other]);
  const student = await playwrightRequest.newContext({ baseURL });
  await signInWithApi(student, DEMO_STUDENT);
  contexts.push(["student", student]);

  for (const [who, context] of contexts) {
    for (const path of all) {
      const response = await context.get(path, { maxRedirects: 0 });
      expect(response.status(), `${who} GET ${path}`).toBe(403);
      const body = await response.text();
      expect(body, `${who} GET ${path}`).not.toContain("student12@example.com");
      expect(body, `${who} GET ${path}`).not.toContain(PAST_ASSIGNMENT);
    }
  }
  // A student id that is not in the class: not found, for the class's own teacher too.
  const stranger = await page.request.get(paths.student.replace(/[^/]+$/, "not-a-student"), { maxRedirects: 0 });
  expect(stranger.status()).toBe(404);
  for (const [, context] of contexts) await context.dispose();
});
