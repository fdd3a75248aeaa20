/**
 * Exports from the UI: a teacher downloads a study set in all six formats (and an assignment's
 * questions), a student downloads their own flashcards for Anki and Quizlet; each file is opened
 * with the parser of the tool it is for, and its count matches the report the page shows.
 */
import { readFileSync } from "node:fs";
import { readAnkiPackage } from "anki-reader";
import { parse as parseGift } from "gift-pegjs";
import Papa from "papaparse";
import * as XLSX from "xlsx";
import yauzl from "yauzl";
import { expect, test, type Locator, type Page } from "./fixtures";
import { DEMO_STUDENT, DEMO_TEACHER, expectNoAxeViolations, signInWithApi, signInWithForm } from "./helpers";

test.describe.configure({ timeout: 90_000 });

const SET_TITLE = "Siege of Wadi Deif";
const PAST_ASSIGNMENT = "Battle of Maarat al-Numan: the October 2012 offensive";

async function download(page: Page, link: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

function zipEntries(bytes: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: false }, (error, zip) => {
      if (error || !zip) return reject(error);
      const names: string[] = [];
      zip.on("entry", (entry: yauzl.Entry) => names.push(entry.fileName));
      zip.on("end", () => resolve(names));
      zip.on("error", reject);
    });
  });
}

async function ankiCards(bytes: Buffer): Promise<{ deck: string; cards: { front: string; back: string }[] }> {
  const { collection } = await readAnkiPackage(new Blob([new Uint8Array(bytes)]));
  const deck = Object.values(collection.getDecks()).find((d) => Object.keys(d.getCards()).length > 0)!;
  return { deck: deck.getName(), cards: Object.values(deck.getCards()).map((c) => ({ front: c.getFront(), back: c.getBack() })) };
}

/** "84 questions exported; 64 left out." → 84 */
async function exportedCount(item: Locator): Promise<number> {
  const text = (await item.getByText(/questions? exported/).textContent()) ?? "";
  return Number(/(\d+) questions? exported/.exec(text)?.[1]);
}

test("a teacher downloads a study set in all six formats, each as its tool reads it", async ({ page }) => {
  await signInWithForm(page, DEMO_TEACHER);
  await page.getByRole("link", { name: "Study sets and exports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Study sets" })).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page, "the study sets page");
  await page.getByRole("link", { name: SET_TITLE, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: SET_TITLE })).toBeVisible({ timeout: 30_000 });

  const main = page.getByRole("main");
  // The menu opens from the keyboard.
  await main.getByText(/^Export /).focus();
  await page.keyboard.press("Enter");
  const formatLink = (label: RegExp) => main.getByRole("link", { name: label });
  // `has` is matched inside each list item, so it starts from the page, not from main.
  const itemOf = (label: RegExp) => main.getByRole("listitem").filter({ has: page.getByRole("link", { name: label }) }).first();
  await expect(formatLink(/Moodle \(GIFT/)).toBeVisible();
  await expectNoAxeViolations(page, "the open Export menu");

  const gift = await download(page, formatLink(/Moodle \(GIFT/));
  expect(gift.name).toBe("siege-of-wadi-deif.gift.txt");
  const giftQuestions = parseGift(gift.bytes.toString("utf8")).filter((q) => q.type !== "Category");
  expect(giftQuestions.length).toBe(await exportedCount(itemOf(/Moodle \(GIFT/)));
  // Ordering and map questions cannot go to Moodle: the page says which and why.
  await itemOf(/Moodle \(GIFT/).getByText(/left out$/).click();
  await expect(itemOf(/Moodle \(GIFT/).getByText(/GIFT has no ordering question/).first()).toBeVisible();

  const qti = await download(page, formatLink(/QTI 2\.1 package/));
  const entries = await zipEntries(qti.bytes);
  expect(entries).toContain("imsmanifest.xml");
  expect(entries.filter((name) => name.startsWith("items/")).length).toBe(await exportedCount(itemOf(/QTI 2\.1 package/)));

  const apkg = await download(page, formatLink(/Anki deck/));
  const deck = await ankiCards(apkg.bytes);
  expect(deck.deck).toBe(SET_TITLE);
  expect(deck.cards.length).toBe(await exportedCount(itemOf(/Anki deck/)));
  expect(deck.cards[0]!.back).toContain("Source: ");

  const kahoot = await download(page, formatLink(/Kahoot spreadsheet/));
  const sheet = XLSX.read(kahoot.bytes, { type: "buffer" });
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet.Sheets[sheet.SheetNames[0]!]!, { header: 1, defval: null });
  const questionRows = rows.filter((row) => typeof row[0] === "number");
  expect(questionRows.length).toBe(await exportedCount(itemOf(/Kahoot spreadsheet/)));
  for (const row of questionRows) expect(String(row[1]).length).toBeLessThanOrEqual(120);

  const quizlet = await download(page, formatLink(/Quizlet/));
  const terms = Papa.parse<string[]>(quizlet.bytes.toString("utf8"), { delimiter: "\t", newline: "\n", quoteChar: "\u0000", skipEmptyLines: true });
  expect(terms.data.length).toBe(await exportedCount(itemOf(/Quizlet/)));
  expect(terms.data.every((row) => row.length === 2)).toBe(true);

  const csv = await download(page, formatLink(/Spreadsheet \(\.csv\)/));
  const text = csv.bytes.toString("utf8");
  expect(text.startsWith("\uFEFFid,type,category,skill,difficulty,prompt,")).toBe(true);
  const records = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(records.data.length).toBe(await exportedCount(itemOf(/Spreadsheet \(\.csv\)/)));
});

test("a teacher exports an assignment's questions from its page; a student may not", async ({ page, playwright }) => {
  await signInWithForm(page, DEMO_TEACHER);
  await page.getByRole("link", { name: /Year 11 History/ }).click();
  await page.getByRole("link", { name: `Item analysis: ${PAST_ASSIGNMENT}` }).click();
  await page.getByText(/^Export /).click();
  const gift = await download(page, page.getByRole("link", { name: /for Moodle \(GIFT/ }));
  expect(gift.name).toMatch(/^battle-of-maarat-al-numan.*\.gift\.txt$/);
  expect(parseGift(gift.bytes.toString("utf8")).filter((q) => q.type !== "Category").length).toBeGreaterThan(0);
  const assignmentPath = new URL(page.url()).pathname;
  const assignmentId = assignmentPath.split("/").pop()!;

  const student = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  await signInWithApi(student, DEMO_STUDENT);
  expect((await student.get(`/api/exports/assignments/${assignmentId}/gift`)).status()).toBe(403);
  expect((await student.get("/api/exports/study-sets/siege-of-wadi-deif/csv")).status()).toBe(403);
  await student.dispose();
});

test("a student downloads their own flashcards for Anki and Quizlet", async ({ page }) => {
  await signInWithForm(page, DEMO_STUDENT);
  await page.goto("/student/flashcards");
  await expect(page.getByRole("heading", { name: "Take your cards with you" })).toBeVisible();
  await expectNoAxeViolations(page, "the flashcards page");

  const apkg = await download(page, page.getByRole("link", { name: "Anki deck (.apkg)" }));
  expect(apkg.name).toMatch(/\.apkg$/);
  const deck = await ankiCards(apkg.bytes);
  expect(deck.deck).toBe("Flashcards: Idlib and Aleppo 2012–13");
  expect(deck.cards.length).toBeGreaterThan(20);
  expect(deck.cards.every((card) => card.front.length > 0 && card.back.length > 0)).toBe(true);

  const quizlet = await download(page, page.getByRole("link", { name: "Quizlet list (.txt)" }));
  const rows = Papa.parse<string[]>(quizlet.bytes.toString("utf8"), { delimiter: "\t", newline: "\n", quoteChar: "\u0000", skipEmptyLines: true });
  expect(rows.data.length).toBe(deck.cards.length);
  expect(rows.data.every((row) => row.length === 2 && row[0]!.length > 0)).toBe(true);
});
