/**
 * A live class session in the browser: the teacher starts it, a student of the class and a guest join
 * with the PIN, the student answers with the keyboard only, the key appears only after the reveal, a
 * reload resumes on the same question with the answer kept, and the pages pass axe in both themes and
 * fit a 360 px phone with tap-sized buttons.
 */
import { expect, test, type Page } from "./fixtures";
import { DEMO_TEACHER, expectNoAxeViolations, signInWithForm } from "./helpers";
import { answerWithKeyboard, currentQuestion } from "./quiz-helpers";

/** A student no other spec uses, so this one owns their live answers. */
const LIVE_STUDENT = "student17@example.com";

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
