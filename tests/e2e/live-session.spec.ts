/**
 * A live class session in the browser: the teacher starts it, a student of the class and a guest join
 * with the PIN, the student answers with the keyboard only, the key appears only after the reveal, a
 * reload resumes on the same question with the answer kept, and the pages pass axe in both themes and
 * fit a 360 px phone with tap-sized buttons. Then the host's tools around a session: the join link and
 * its QR code (the link fills in the PIN), the missed questions made into a custom set in one click, a
 * session started from that set, and a student's extra time saved from the roster.
 */
import { expect, test, type Page } from "./fixtures";
import { DEMO_TEACHER, expectNoAxeViolations, signInWithForm } from "./helpers";
import { answerWithKeyboard, answerWronglyWithMouse, currentQuestion } from "./quiz-helpers";

/** A student no other spec uses, so this one owns their live answers. */
const LIVE_STUDENT = "student17@example.com";
/** Another student no other spec uses: misses a question here, and gets extra time on the roster. */
const FOLLOW_UP_STUDENT = "student18@example.com";

async function joinWithPin(page: Page, pin: string, nickname?: string) {
  await page.goto("/live");
  await page.getByLabel("Game PIN").fill(pin);
  if (nickname) await page.getByLabel("Nickname").fill(nickname);
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await page.waitForURL(/\/live\/[A-Za-z0-9]+$/);
}

test("a teacher runs a live session that a student and a guest play, with the key only after the reveal", async ({ browser }) => {
  test.setTimeout(180_000);
  const host = await (await browser.newContext()).newPage();
  await signInWithForm(host, DEMO_TEACHER);
  await host.goto("/teacher/live");
  await expectNoAxeViolations(host, "the start page");
  await expect(host.getByRole("radio", { name: "Question bank" })).toBeChecked();
  await host.getByLabel("Study set").selectOption("siege-of-wadi-deif");
  await host.getByLabel("Questions").fill("2");
  await host.getByLabel("Leaderboard").selectOption("top5");
  await host.getByLabel("Let guests join with a nickname").check();
  await host.getByRole("button", { name: "Start the live session" }).click();
  await host.waitForURL(/\/teacher\/live\/[A-Za-z0-9]+$/);
  const pin = (await host.locator(".code").textContent())!.trim();
  expect(pin).toMatch(/^\d{6}$/);

  const player = await (await browser.newContext()).newPage();
  await signInWithForm(player, LIVE_STUDENT);
  await joinWithPin(player, pin);
  await expect(player.getByText("You are in.")).toBeVisible();
  const guest = await (await browser.newContext()).newPage();
  await joinWithPin(guest, pin, "Desert Fox");
  await expect(guest.getByText("Playing as Desert Fox")).toBeVisible();
  // The host's screen hears both joins without a reload.
  await expect(host.getByText(/· 2 players$/)).toBeVisible({ timeout: 15_000 });

  await host.getByRole("button", { name: "Start the first question" }).click();
  await expect(player.getByRole("heading", { name: "Question 1 of 2" })).toBeVisible({ timeout: 15_000 });
  const question = await currentQuestion(player);
  await answerWithKeyboard(player, question);
  await expect(player.getByText("Answer sent. Wait for the reveal.")).toBeVisible();
  await expect(host.getByText(/^1 of 2 answered/)).toBeVisible({ timeout: 15_000 });
  // Before the reveal: no key, no explanation, no verdict, on either screen.
  for (const page of [player, host]) {
    await expect(page.getByText("Correct answer:")).toHaveCount(0);
    if (question.explanation) await expect(page.getByText(question.explanation, { exact: true })).toHaveCount(0);
  }
  await expectNoAxeViolations(player, "the player's open question");

  // A reload lands on the same question with the answer kept.
  await player.reload();
  await expect(player.getByText("Answer sent. Wait for the reveal.")).toBeVisible();

  await host.getByRole("button", { name: "Reveal the answer" }).click();
  await expect(player.getByText("Correct answer:")).toBeVisible({ timeout: 15_000 });
  await expect(guest.getByText("You did not answer this one.")).toBeVisible({ timeout: 15_000 });
  await expect(host.getByRole("heading", { name: "Top five" })).toBeVisible();
  await expectNoAxeViolations(host, "the host's reveal");
  await expectNoAxeViolations(player, "the player's reveal");

  // Dark theme, on a 360 px phone: axe, and buttons at least 44 px tall.
  await player.emulateMedia({ colorScheme: "dark" });
  await player.setViewportSize({ width: 360, height: 740 });
  await expectNoAxeViolations(player, "the player's reveal at 360 px, dark");
  await host.emulateMedia({ colorScheme: "dark" });
  await host.setViewportSize({ width: 360, height: 740 });
  await expectNoAxeViolations(host, "the host's reveal at 360 px, dark");
  for (const name of ["Next question", "Pause", "End the session"]) {
    const box = await host.getByRole("button", { name }).boundingBox();
    expect(box!.height, `${name} height`).toBeGreaterThanOrEqual(44);
  }

  await host.getByRole("button", { name: "Next question" }).click();
  await expect(guest.getByRole("heading", { name: "Question 2 of 2" })).toBeVisible({ timeout: 15_000 });
  await host.getByRole("button", { name: "End the session" }).click();
  await expect(player.getByText(/^The session has ended\. You scored \d+ points\.$/)).toBeVisible({ timeout: 15_000 });
  await expect(host.getByText(/^The session has ended\./)).toBeVisible();
});

test("the host shares a join link and QR code, turns missed questions into a custom set, plays it, and gives extra time", async ({ browser }) => {
  test.setTimeout(180_000);
  const host = await (await browser.newContext()).newPage();
  await signInWithForm(host, DEMO_TEACHER);
  await host.goto("/teacher");
  await host.getByRole("link", { name: "Live session" }).click();
  await host.waitForURL(/\/teacher\/live$/);
  const classId = await host.getByLabel("Class").inputValue();
  await host.getByLabel("Study set").selectOption("siege-of-wadi-deif");
  await host.getByLabel("Questions").fill("1");
  await host.getByRole("button", { name: "Start the live session" }).click();
  await host.waitForURL(/\/teacher\/live\/[A-Za-z0-9]+$/);

  // The lobby: the PIN, the join link as text to copy, and a QR code of that link with its own name.
  const link = host.getByRole("textbox", { name: "Join link" });
  const joinUrl = await link.inputValue();
  expect(joinUrl).toMatch(/^http:\/\/[^/]+\/live\?pin=\d{6}$/);
  const pin = new URL(joinUrl).searchParams.get("pin")!;
  await expect(host.getByText(pin, { exact: true })).toBeVisible();
  const qr = host.getByRole("img", { name: `QR code that opens the join link ${joinUrl}` });
  await expect(qr).toBeVisible();
  expect(await qr.getAttribute("src")).toMatch(/^data:image\/svg\+xml;base64,/);
  await expectNoAxeViolations(host, "the host's lobby with the QR code");

  // Opening the link (as scanning the code does) fills in the PIN.
  const player = await (await browser.newContext()).newPage();
  await signInWithForm(player, FOLLOW_UP_STUDENT);
  await player.goto(joinUrl);
  await expect(player.getByLabel("Game PIN")).toHaveValue(pin);
  await player.getByRole("button", { name: "Join", exact: true }).click();
  await player.waitForURL(/\/live\/[A-Za-z0-9]+$/);
  await expect(host.getByText(/· 1 player$/)).toBeVisible({ timeout: 15_000 });

  // The student misses the only question; the host ends the session.
  await host.getByRole("button", { name: "Start the first question" }).click();
  await expect(player.getByRole("heading", { name: "Question 1 of 1" })).toBeVisible({ timeout: 15_000 });
  const missed = await currentQuestion(player);
  await answerWronglyWithMouse(player, missed);
  await expect(host.getByText(/^1 of 1 answered/)).toBeVisible({ timeout: 15_000 });
  await host.getByRole("button", { name: "End the session" }).click();
  await expect(host.getByText("A question counts as missed when at least one player did not get it fully right.", { exact: false })).toBeVisible();
  const endedSession = host.url();

  // One click: a custom set of the missed question.
  await host.getByRole("button", { name: "Make a custom set of the missed questions" }).click();
  await host.waitForURL(/\/teacher\/sets\/[A-Za-z0-9_-]+$/);
  const setId = new URL(host.url()).pathname.split("/").pop()!;
  await expect(host.getByRole("heading", { level: 1 })).toContainText("Missed in live:");
  // The set's own list: the export menu also names a map question, in its closed "left out" list.
  await expect(host.getByRole("list", { name: "Questions" }).getByText(missed.prompt, { exact: true })).toBeVisible();

  // One click more: the same questions assigned to the class, due in a week (its settings page, to adjust).
  await host.goto(endedSession);
  await host.getByRole("button", { name: "Assign the missed questions to the class" }).click();
  await host.waitForURL(new RegExp(`/teacher/classes/${classId}/assignments/[A-Za-z0-9_-]+/settings$`));
  await expect(host.getByRole("heading", { level: 1 })).toContainText("Missed in live:");

  // A live session from that custom set asks exactly its one question.
  await host.goto("/teacher/live");
  await host.getByRole("radio", { name: "One of my custom sets" }).check();
  await expect(host.getByLabel("Study set")).toHaveCount(0);
  await host.getByRole("combobox", { name: "Custom set" }).selectOption(setId);
  await host.getByRole("button", { name: "Start the live session" }).click();
  await host.waitForURL(/\/teacher\/live\/[A-Za-z0-9]+$/);
  await expect(host.getByRole("heading", { level: 1 })).toContainText("Missed in live:");
  await host.getByRole("button", { name: "Start the first question" }).click();
  await expect(host.getByRole("heading", { name: "Question 1 of 1" })).toBeVisible({ timeout: 15_000 });
  await expect(host.getByText(missed.prompt, { exact: true })).toBeVisible();
  await host.getByRole("button", { name: "End the session" }).click();
  await expect(host.getByText(/^The session has ended\./)).toBeVisible();

  // The roster: extra time for one student, chosen and saved with the keyboard.
  await host.goto(`/teacher/classes/${classId}/roster`);
  const row = host.getByRole("row").filter({ hasText: FOLLOW_UP_STUDENT });
  const extraTime = row.getByRole("combobox", { name: /^Extra time in live sessions for / });
  await extraTime.focus();
  for (let i = 0; i < 3; i++) await host.keyboard.press("ArrowDown");
  await expect(extraTime).toHaveValue("2");
  await host.keyboard.press("Tab");
  await expect(row.getByRole("button", { name: /^Save extra time for / })).toBeFocused();
  await host.keyboard.press("Enter");
  await expect(host.getByText(/^Extra time saved\./)).toBeVisible();
  await expect(host.getByRole("row").filter({ hasText: FOLLOW_UP_STUDENT }).getByRole("combobox")).toHaveValue("2");
  await expectNoAxeViolations(host, "the roster with extra time");

  // Back to none, so reruns start from the same place.
  await host.getByRole("row").filter({ hasText: FOLLOW_UP_STUDENT }).getByRole("combobox").selectOption("1");
  await host.getByRole("row").filter({ hasText: FOLLOW_UP_STUDENT }).getByRole("button", { name: /^Save extra time/ }).click();
  await expect(host.getByRole("row").filter({ hasText: FOLLOW_UP_STUDENT }).getByRole("combobox")).toHaveValue("1");
});
