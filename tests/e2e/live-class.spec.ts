/**
 * A live session as class work, in four browsers: a new teacher makes a class, three new students
 * join it, the teacher runs a live session that they play by PIN (two questions of different types,
 * some answers right, some wrong), and the results then show in the gradebook CSV the teacher
 * downloads, on the class's live session results page (checked with axe) and on a student's
 * progress page.
 */
import { expect, test, type Page } from "./fixtures";
import { expectNoAxeViolations, signUpTeacherWithCode } from "./helpers";
import { answerCorrectlyWithMouse, answerWronglyWithMouse, currentQuestion } from "./quiz-helpers";
import type { Question } from "../../lib/questions/types";

const PASSWORD = "live-class-pass-2013";
/** Types whose wrong answers the helpers give score 0 (no partial credit), so every cell is known. */
const PLAIN_TYPES: readonly Question["type"][] = ["multiple-choice", "true-false"];
const QUESTIONS = 20;

async function signUpStudent(page: Page, name: string, email: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("radio", { name: "Student" }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"), { timeout: 20_000 });
}

test("three students play a live session and their results reach the gradebook and the results page", async ({ browser }) => {
  test.setTimeout(300_000);
  const run = Date.now().toString(36);
  const className = `Live class ${run}`;

  // The teacher makes a class.
  const host = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signUpTeacherWithCode(host, { name: "Ms. Live Host", email: `live-host-${run}@school.example`, password: PASSWORD });
  await host.getByLabel("Class name").fill(className);
  await host.getByRole("button", { name: "Create class" }).click();
  await host.waitForURL(/\/teacher\/classes\/[^/]+\/roster\?created=1$/);
  const classUrl = new URL(host.url()).pathname.replace(/\/roster$/, "");
  const classId = classUrl.split("/").pop()!;
  const joinCode = (await host.getByText(/^Join code: [A-Z2-9]{8}$/).textContent())!.replace("Join code: ", "");

  // Three students sign up and join it, each in their own browser.
  const names = [`Amal ${run}`, `Bassel ${run}`, `Cyrine ${run}`] as const;
  const players: Page[] = [];
  for (const [i, name] of names.entries()) {
    const page = await (await browser.newContext()).newPage();
    await signUpStudent(page, name, `live-student-${i + 1}-${run}@school.example`);
    await page.goto("/join");
    await page.getByLabel("Join code").fill(joinCode);
    await page.getByRole("button", { name: "Join class" }).click();
    await expect(page.getByRole("status").filter({ hasText: `You joined ${className}` })).toBeVisible();
    players.push(page);
  }
  const [amal, bassel, cyrine] = players as [Page, Page, Page];

  // The teacher starts a live session for the class; the students join with the PIN.
  await host.goto("/teacher/live");
  await host.getByLabel("Class", { exact: true }).selectOption(classId);
  await host.getByLabel("Study set", { exact: true }).selectOption("siege-of-wadi-deif");
  await host.getByLabel("Questions", { exact: true }).fill(String(QUESTIONS));
  await host.getByRole("button", { name: "Start the live session" }).click();
  await host.waitForURL(/\/teacher\/live\/[A-Za-z0-9]+$/);
  const pin = (await host.locator(".code").textContent())!.trim();
  for (const page of players) {
    await page.goto("/live");
    await page.getByLabel("Game PIN").fill(pin);
    await page.getByRole("button", { name: "Join", exact: true }).click();
    await page.waitForURL(/\/live\/[A-Za-z0-9]+$/);
    await expect(page.getByText("You are in.")).toBeVisible();
  }
  await expect(host.getByText(/· 3 players$/)).toBeVisible({ timeout: 15_000 });

  let number = 1;
  const onScreen = async () => {
    for (const page of players) {
      await expect(page.getByRole("heading", { name: `Question ${number} of ${QUESTIONS}` })).toBeVisible({ timeout: 15_000 });
    }
    return currentQuestion(amal);
  };
  /** Skips questions until one of a wanted type is open: skipped questions count for nobody. */
  const openQuestionOf = async (wanted: (type: Question["type"]) => boolean) => {
    for (;;) {
      const question = await onScreen();
      if (wanted(question.type)) return question;
      await host.getByRole("button", { name: "Skip this question" }).click();
      number += 1;
      expect(number, "a question of the wanted type among the session's questions").toBeLessThanOrEqual(QUESTIONS);
    }
  };

  // First question: Amal and Cyrine right, Bassel wrong.
  await host.getByRole("button", { name: "Start the first question" }).click();
  const first = await openQuestionOf((type) => PLAIN_TYPES.includes(type));
  await answerCorrectlyWithMouse(amal, first);
  await answerWronglyWithMouse(bassel, first);
  await answerCorrectlyWithMouse(cyrine, first);
  for (const page of players) await expect(page.getByText("Answer sent. Wait for the reveal.")).toBeVisible();
  await expect(host.getByText(/^3 of 3 answered/)).toBeVisible({ timeout: 15_000 });
  await host.getByRole("button", { name: "Reveal the answer" }).click();
  for (const page of players) await expect(page.getByText("Correct answer:")).toBeVisible({ timeout: 15_000 });

  // Second question, of the other type: Amal right, Bassel and Cyrine wrong.
  await host.getByRole("button", { name: "Next question" }).click();
  number += 1;
  const second = await openQuestionOf((type) => PLAIN_TYPES.includes(type) && type !== first.type);
  await answerCorrectlyWithMouse(amal, second);
  await answerWronglyWithMouse(bassel, second);
  await answerWronglyWithMouse(cyrine, second);
  await expect(host.getByText(/^3 of 3 answered/)).toBeVisible({ timeout: 15_000 });
  await host.getByRole("button", { name: "Reveal the answer" }).click();
  await expect(amal.getByText("Correct answer:")).toBeVisible({ timeout: 15_000 });
  await host.getByRole("button", { name: "End the session" }).click();
  await expect(host.getByText(/^The session has ended\./)).toBeVisible({ timeout: 15_000 });
  for (const page of players) await expect(page.getByText(/^The session has ended\./)).toBeVisible({ timeout: 15_000 });

  // The gradebook: one live column, each student's score (Amal 2 of 2, Bassel 0 of 2, Cyrine 1 of 2).
  await host.goto(classUrl);
  const [download] = await Promise.all([host.waitForEvent("download"), host.getByRole("link", { name: "Gradebook" }).click()]);
  const csv = (await import("node:fs")).readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const [header, ...rows] = csv.split("\r\n").filter((line) => line !== "").map((line) => line.split(","));
  expect(header!.slice(0, 3)).toEqual(["Name", "Email", "Enrolment"]);
  expect(header![3]).toMatch(/^Live: Siege of Wadi Deif .*\(\d{4}-\d{2}-\d{2}\)$/);
  expect(header).toHaveLength(4);
  const cell = (name: string) => rows.find((row) => row[0] === name)?.[3];
  expect([cell(names[0]), cell(names[1]), cell(names[2])]).toEqual(["100", "0", "50"]);

  // The class overview lists the session; its results page shows each student and each question.
  const sessions = host.getByRole("region", { name: "Live sessions" });
  const row = sessions.getByRole("row").filter({ hasText: "Siege of Wadi Deif" });
  await expect(row.getByRole("cell").nth(1)).toHaveText("3");
  await expect(row.getByRole("cell").nth(2)).toHaveText("50%");
  await row.getByRole("link").click();
  await host.waitForURL(/\/live\/[A-Za-z0-9]+$/);
  await expect(host.getByRole("heading", { level: 1 })).toHaveText(/^Live session: Siege of Wadi Deif/);
  const perStudent = host.getByRole("region", { name: "Results per student" });
  const studentRow = (name: string) => perStudent.getByRole("row").filter({ hasText: name });
  await expect(studentRow(names[0]).getByRole("cell").first()).toHaveText("100%");
  await expect(studentRow(names[1]).getByRole("cell").first()).toHaveText("0%");
  await expect(studentRow(names[2]).getByRole("cell").first()).toHaveText("50%");
  await expect(studentRow(names[2]).getByRole("cell").nth(2)).toHaveText(/Right/);
  await expect(studentRow(names[2]).getByRole("cell").nth(3)).toHaveText(/Wrong/);
  const questionRows = host.getByRole("region", { name: "Question statistics" }).getByRole("row");
  await expect(questionRows).toHaveCount(3);
  // Facility: two of three right on the first question, one of three on the second.
  await expect(questionRows.nth(1).getByRole("cell").nth(1)).toHaveText("67%");
  await expect(questionRows.nth(2).getByRole("cell").nth(1)).toHaveText("33%");
  await expect(host.getByRole("heading", { name: `Q1. ${first.prompt}` })).toBeVisible();
  await expectNoAxeViolations(host, "the live session results page");
  await host.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(host, "the live session results page, dark");

  // A student sees their own score on their progress page.
  await cyrine.goto("/student/progress");
  const mine = cyrine.getByRole("region", { name: "Your live sessions" }).getByRole("row").filter({ hasText: "Siege of Wadi Deif" });
  await expect(mine).toContainText("50% (1 of 2 right)");
  await expect(mine).toContainText(className);
});
