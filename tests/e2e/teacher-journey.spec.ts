/**
 * The teacher's journey, one step per test, run in order with shared state:
 * 1. the teacher creates a class; 2. a new student signs up and joins it with
 * the code; 3. the teacher assigns a set with a due date; 4. the student
 * completes it; 5. the teacher sees the result on the dashboards and downloads
 * both CSV exports.
 */
import fs from "node:fs";
import { expect, test, type Download } from "./fixtures";
import { DEMO_TEACHER, signInWithForm, expectNoAxeViolations } from "./helpers";

const stamp = Date.now();
const journey = {
  className: `Journey class ${stamp}`,
  joinCode: "",
  classUrl: "",
  student: { name: "Layla Newstudent", email: `layla.${stamp}@school.example`, password: "a-long-student-password" },
  assignmentTitle: `Wadi Deif check ${stamp}`,
  attemptUrl: "",
};

test.describe.serial("teacher journey", () => {
  test.describe.configure({ timeout: 90_000 });
  test("step 1: the teacher creates a class and sees its join code and link", async ({ page }) => {
    await signInWithForm(page, DEMO_TEACHER);
    await expect(page).toHaveURL(/\/teacher$/);
    await expect(page.getByRole("heading", { name: "Create a class" })).toBeVisible();
    await expectNoAxeViolations(page);

    // An empty name is explained and creates nothing.
    await page.getByRole("button", { name: "Create class" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Enter a class name.");
    await expect(page.getByLabel("Class name")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Class name").fill(journey.className);
    await page.getByRole("button", { name: "Create class" }).click();
    await expect(page).toHaveURL(/\/teacher\/classes\/[^/]+\/roster\?created=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(journey.className);
    await expect(page.getByRole("status").filter({ hasText: "Class created" })).toBeVisible();
    journey.classUrl = new URL(page.url()).pathname.replace(/\/roster$/, "");

    const codeText = await page.getByText(/^Join code: [A-Z2-9]{8}$/).textContent();
    journey.joinCode = codeText!.replace("Join code: ", "");
    await expect(page.getByLabel("Join link")).toHaveValue(new RegExp(`/join/${journey.joinCode}$`));
    await expect(page.getByRole("heading", { name: "Students (0)" })).toBeVisible();
    await expectNoAxeViolations(page);

    // The class is listed on the teacher's home page with its code.
    await page.goto("/teacher");
    await expect(page.getByRole("listitem").filter({ hasText: journey.className })).toContainText(journey.joinCode);
  });

  test("step 2: a new student signs up and joins with the code", async ({ page }) => {
    // A join link opened before signing in leads to sign-in and back.
    await page.goto(`/join/${journey.joinCode}`);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=%2Fjoin%2F${journey.joinCode}$`));

    // No account yet: "Create an account" keeps the join link, and sign-up comes back to it.
    await page.getByRole("link", { name: "Create an account" }).click();
    await expect(page).toHaveURL(new RegExp(`/sign-up\\?callbackUrl=%2Fjoin%2F${journey.joinCode}$`));
    await page.getByLabel("Name").fill(journey.student.name);
    await page.getByLabel("Email").fill(journey.student.email);
    await page.getByLabel("Password").fill(journey.student.password);
    await page.getByRole("radio", { name: "Student" }).check();
    await page.getByRole("button", { name: "Create account" }).click();
    // Hashing the password (argon2) and signing in can take a while on a busy machine.
    await expect(page).toHaveURL(new RegExp(`/join/${journey.joinCode}$`), { timeout: 20_000 });
    await expect(page.getByRole("heading", { name: `Join ${journey.className}` })).toBeVisible();

    await page.goto("/join");
    await expect(page.getByRole("heading", { name: "Join a class" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Join code").fill("ZZZZZZ");
    await page.getByRole("button", { name: "Join class" }).click();
    await expect(page.getByRole("main").getByRole("alert").first()).toContainText('No class is open for joining with the code "ZZZZZZ"');
    await expect(page.getByLabel("Join code")).toHaveAttribute("aria-invalid", "true");

    // Lower case and a space are fine.
    await page.getByLabel("Join code").fill(`${journey.joinCode.slice(0, 3).toLowerCase()} ${journey.joinCode.slice(3)}`);
    await page.getByRole("button", { name: "Join class" }).click();
    await expect(page).toHaveURL(/\/student\/assignments\?joined=/);
    await expect(page.getByRole("status").filter({ hasText: `You joined ${journey.className}` })).toBeVisible();
    await expect(page.getByText("No assignments yet.")).toBeVisible();
    await expectNoAxeViolations(page);

    // The join link now says they are already in the class, and offers no second join.
    await page.goto(`/join/${journey.joinCode}`);
    await expect(page.getByRole("heading", { name: `Join ${journey.className}` })).toBeVisible();
    await expect(page.getByText("Ms. Rana Haddad")).toBeVisible();
    await expect(page.getByText("You are already in this class.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Join class" })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("step 3: the teacher assigns a set with a due date", async ({ page }) => {
    await signInWithForm(page, DEMO_TEACHER);
    await expect(page).toHaveURL(/\/teacher$/);
    // The new student is on the roster.
    await page.goto(`${journey.classUrl}/roster`);
    await expect(page.getByRole("heading", { name: "Students (1)" })).toBeVisible();
    await expect(page.getByRole("cell", { name: journey.student.email })).toBeVisible();

    await page.goto("/teacher");
    await page.getByRole("listitem").filter({ hasText: journey.className }).getByRole("link", { name: "New assignment" }).click();
    await expect(page.getByRole("heading", { name: "New assignment" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel("Title", { exact: true }).fill(journey.assignmentTitle);
    await page.getByLabel("Study set", { exact: true }).selectOption("siege-of-wadi-deif");
    await page.getByRole("checkbox", { name: "Multiple choice" }).check();
    await page.getByRole("checkbox", { name: "True or false" }).check();
    await page.getByLabel("Number of questions").fill("3");
    await page.getByLabel("Time zone").selectOption("Europe/London");

    // A due date before the opening date is explained; nothing is created.
    await page.getByLabel("Opens", { exact: true }).fill("2030-01-10T09:00");
    await page.getByLabel("Due", { exact: true }).fill("2030-01-05T09:00");
    await page.getByRole("button", { name: "Create assignment" }).click();
    const summary = page.getByRole("main").getByRole("alert");
    await expect(summary).toContainText("The due date must be after the opening date.");
    await expect(page.getByLabel("Due", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/assignments\/new$/);
    // What was typed is kept.
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue(journey.assignmentTitle);
    await expectNoAxeViolations(page);

    // Preview: how many questions match, and three samples without answers.
    await page.getByRole("button", { name: "Preview questions" }).click();
    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview).toContainText(/\d+ questions match these choices; each student gets 3/);
    await expect(preview.getByRole("listitem").filter({ hasText: /Multiple choice|True or false/ })).not.toHaveCount(0);

    await page.getByLabel("Opens", { exact: true }).fill("");
    await page.getByLabel("Due", { exact: true }).fill("2030-01-05T09:00");
    await page.getByRole("button", { name: "Create assignment" }).click();
    await expect(page).toHaveURL(/\/assignments\/[^/]+\/settings\?created=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(journey.assignmentTitle);
    await expect(page.getByText("Sat, 5 Jan 2030, 09:00 GMT")).toBeVisible();
    await expectNoAxeViolations(page);

    // An extension for the new student.
    await page.getByLabel("Student", { exact: true }).selectOption({ label: `${journey.student.name} (${journey.student.email})` });
    await page.getByLabel("Extra minutes on the time limit").fill("10");
    await page.getByRole("button", { name: "Save extension" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Extension saved." })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: journey.student.name })).toContainText("10 minutes");
    await expectNoAxeViolations(page);
  });

  test("step 4: the student completes the assignment", async ({ page }) => {
    await signInWithForm(page, journey.student.email, journey.student.password);
    await expect(page).toHaveURL(/\/student$/);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Assignments" }).click();
    const card = page.getByRole("listitem").filter({ hasText: journey.assignmentTitle });
    await expect(card).toContainText("● Open");
    await expect(card).toContainText(journey.className);
    await expect(card).toContainText("Sat, 5 Jan 2030, 09:00 GMT");
    await expect(card).toContainText(/due in \d+ days/);
    await expectNoAxeViolations(page);

    await card.getByRole("button", { name: /^Start/ }).click();
    await expect(page).toHaveURL(/\/student\/quiz\/[^/]+$/);
    journey.attemptUrl = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 1 })).toContainText(journey.assignmentTitle);

    for (let n = 1; n <= 3; n++) {
      await expect(page.getByText(`Question ${n} of 3`)).toBeVisible();
      const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Submit answer" }) });
      await form.locator("input[type=radio], input[type=checkbox]").first().check();
      await form.getByRole("button", { name: "Submit answer" }).click();
      if (n < 3) await page.getByRole("button", { name: "Next question" }).click();
    }
    await page.getByRole("button", { name: "See your results" }).click();
    await expect(page).toHaveURL(/\/summary$/);
    await expect(page.getByRole("heading", { name: `Results: ${journey.assignmentTitle}` })).toBeVisible();

    await page.goto("/student/assignments");
    const done = page.getByRole("listitem").filter({ hasText: journey.assignmentTitle });
    await expect(done).toContainText("✓ Done");
    await expect(done).toContainText("1 used, no limit");
    await expect(done).toContainText(/Score\s*\d+(\.\d)? \/ 3/);
    await expect(done.getByRole("link", { name: /^Review/ })).toHaveAttribute("href", `${journey.attemptUrl}/summary`);
    await expectNoAxeViolations(page);
  });

  test("step 5: the teacher sees the result on the dashboards and downloads both CSVs", async ({ page }) => {
    await signInWithForm(page, DEMO_TEACHER);
    await page.getByRole("link", { name: journey.className }).click();
    await expect(page.getByRole("heading", { level: 1, name: journey.className })).toBeVisible();

    const assignmentRow = page.getByRole("region", { name: "Assignments" }).getByRole("row").filter({ hasText: journey.assignmentTitle });
    await expect(assignmentRow).toContainText("1 of 1");
    const studentRow = page.getByRole("region", { name: "Students" }).getByRole("row").filter({ hasText: journey.student.name });
    await expect(studentRow).toContainText("1 of 1");
    await expect(studentRow).toContainText(/\d+%/);
    await expectNoAxeViolations(page);

    // Item analysis: one row per question of the assignment.
    await page.getByRole("link", { name: `Item analysis: ${journey.assignmentTitle}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Item analysis: ${journey.assignmentTitle}` })).toBeVisible();
    await expect(page.getByText("1 student’s first finished attempt")).toBeVisible();
    await expect(page.getByText("3 questions asked")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goBack();

    const csvLines = async (download: Download) => {
      const bytes = fs.readFileSync(await download.path());
      expect([...bytes.subarray(0, 3)], "UTF-8 byte order mark").toEqual([0xef, 0xbb, 0xbf]);
      return bytes.subarray(3).toString("utf8").trimEnd().split("\r\n");
    };
    const [gradebookDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Gradebook" }).click()]);
    const gradebook = await csvLines(gradebookDownload);
    expect(gradebook[0]).toBe(`Name,Email,Enrolment,${journey.assignmentTitle}`);
    expect(gradebook.slice(1)).toHaveLength(1);
    expect(gradebook[1]).toMatch(new RegExp(`^${journey.student.name},${journey.student.email.replace(/\./g, "\\.")},enrolled,\\d+(\\.\\d+)?$`));

    const [responsesDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Every answer" }).click()]);
    const responses = await csvLines(responsesDownload);
    const layla = responses.filter((line) => line.startsWith(`${journey.student.name},${journey.student.email},${journey.assignmentTitle},`));
    expect(layla).toHaveLength(3);
  });
});

test("a class name with HTML in it is shown as text and runs nothing", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const name = "<img src=x onerror=alert(1)>";
  await signInWithForm(page, DEMO_TEACHER);
  await expect(page).toHaveURL(/\/teacher$/);
  await page.getByLabel("Class name").fill(name);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page).toHaveURL(/\/roster\?created=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await page.goto("/teacher");
  await expect(page.getByRole("link", { name })).toBeVisible();
  await expect(page.locator("main img")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("the teacher removes a student (with a confirm step) and restores them", async ({ page }) => {
  await signInWithForm(page, DEMO_TEACHER);
  await expect(page).toHaveURL(/\/teacher$/);
  await page.getByRole("listitem").filter({ hasText: "Year 11 History" }).getByRole("link", { name: "Roster and join code" }).click();
  await expect(page.getByRole("heading", { name: "Students (30)" })).toBeVisible();
  await expectNoAxeViolations(page);

  const row = page.getByRole("row").filter({ hasText: "student30@example.com" });
  await row.locator("summary").click();
  await row.getByRole("button", { name: "Remove Student 30" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Student removed." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Students (29)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Removed students (1)" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Restore Student 30" }).click();
  await expect(page.getByRole("heading", { name: "Students (30)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Removed students/ })).toHaveCount(0);
});

test("a teacher cannot join a class", async ({ page }) => {
  await signInWithForm(page, DEMO_TEACHER);
  await expect(page).toHaveURL(/\/teacher$/);
  const response = await page.goto("/join");
  expect(response?.status()).toBe(403);
});
