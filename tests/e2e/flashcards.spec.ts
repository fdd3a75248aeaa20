import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";
import { loadKnowledgeBase } from "../../lib/content/load-knowledge-base";
import { signInWithForm } from "./helpers";

// A student no other spec reviews flashcards with.
const STUDENT = "student23@example.com";

function reviewSaved(page: Page) {
  return page.waitForResponse((r) => r.url().endsWith("/api/flashcards/reviews") && r.request().method() === "POST" && r.ok());
}

test("a student flips with Space, rates with keys and the mouse, and sees the counts change after reload", async ({ page }) => {
  await signInWithForm(page, STUDENT);
  await expect(page).toHaveURL(/\/student$/);
  await page.goto("/student/flashcards");
  await expect(page.getByRole("heading", { level: 1, name: "Flashcards" })).toBeVisible();
  await expect(page.getByText("0 due today · 20 new")).toBeVisible();
  await expect(page.getByText("Card 1 of 20 · new")).toBeVisible();
  const firstFront = await page.locator("#reviewer-heading").textContent();

  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Space shows the answer and the four ratings with their intervals.
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Again · 1 min" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Good · 10 min" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Easy · \d+ days?$/ })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // The answer cites its documents by title, as the quiz feedback does, and never by the files' numbers.
  const answer = page.getByLabel("Answer", { exact: true });
  await expect(answer).toContainText("Sources:");
  expect(await answer.locator("cite").count()).toBeGreaterThan(0);
  const titles = loadKnowledgeBase().sources.map((s) => s.title);
  for (const cited of await answer.locator("cite").allTextContents()) expect(titles).toContain(cited);
  await expect(answer).not.toContainText(/source \d{3}/);

  // Key 3 = Good: the next card comes up with its heading focused.
  let saved = reviewSaved(page);
  await page.keyboard.press("3");
  await saved;
  await expect(page.getByRole("status")).toContainText("Rated Good. Next review in 10 min.");
  await expect(page.getByText("Card 2 of", { exact: false })).toBeVisible();
  const heading = page.locator("#reviewer-heading");
  await expect(heading).toBeFocused();
  expect(await heading.textContent()).not.toBe(firstFront);

  // Mouse: show the answer, click Easy.
  await page.getByRole("button", { name: "Show answer" }).click();
  saved = reviewSaved(page);
  await page.getByRole("button", { name: /^Easy · / }).click();
  await saved;
  await expect(page.getByRole("status")).toContainText("Rated Easy");

  // Key 1 = Again: the card comes back later in this session.
  await page.keyboard.press("Space");
  saved = reviewSaved(page);
  await page.keyboard.press("1");
  await saved;
  await expect(page.getByText(/Card 4 of 2[12]/)).toBeVisible();

  // Three cards were new today: 17 new left, none due yet (the earliest comes back in a minute).
  await page.reload();
  await expect(page.getByText("0 due today · 17 new")).toBeVisible();
});

test("the set filter narrows the cards, and bad reviews are refused with a clear message", async ({ page }) => {
  await signInWithForm(page, "student24@example.com");
  await expect(page).toHaveURL(/\/student$/);
  await page.goto("/student/flashcards");
  await page.getByLabel("Study set").selectOption({ label: "Siege of Wadi Deif" });
  await page.getByRole("button", { name: "Go" }).click();
  await expect(page).toHaveURL(/\/student\/flashcards\?set=siege-of-wadi-deif/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Siege of Wadi Deif");

  const bad = await page.request.post("/api/flashcards/reviews", {
    data: { clientReviewId: "abcdefgh1234", cardId: "force-side:free-syrian-army", rating: 7 },
  });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/rating must be 1 \(Again\)/);
  const unknown = await page.request.post("/api/flashcards/reviews", {
    data: { clientReviewId: "abcdefgh1235", cardId: "no-such-card", rating: 3 },
  });
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).error).toMatch(/Unknown card/);

  const missing = await page.goto("/student/flashcards?set=no-such-set");
  expect(missing?.status()).toBe(404);
});
