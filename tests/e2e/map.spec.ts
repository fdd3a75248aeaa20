import { expect, test } from "./fixtures";
import { expectNoAxeViolations, signInWithApi, signInWithForm } from "./helpers";
import { tabUntil } from "./quiz-helpers";

const MAARAT_ENTRY = "#place-maarat-al-numan";
const MAARAT_MARKER = 'svg a[href$="#place-maarat-al-numan"]';

test("the map steps through the months with the keyboard and says who held each place", async ({ page }) => {
  test.setTimeout(90_000);
  await signInWithForm(page, "student27@example.com");
  await page.goto("/student/map?month=2012-09");
  await expect(page.getByRole("heading", { level: 2, name: "September 2012", exact: true })).toBeVisible();
  await expect(page.locator(MAARAT_MARKER).locator("title")).toHaveText("Maarat al-Numan: held by the government");
  await expect(page.locator(MAARAT_MARKER).locator("text").first()).toHaveText("G");

  // The list of places says the same in words for the same month, with the basis and the source.
  await page.getByRole("link", { name: "List of places" }).click();
  await page.waitForURL((url) => url.pathname === "/student/map/places" && url.searchParams.get("month") === "2012-09");
  await expect(page.getByRole("link", { name: "List of places" })).toHaveAttribute("aria-current", "page");
  const entry = page.locator(MAARAT_ENTRY);
  await expect(entry).toContainText("Held by the government");
  await expect(entry).not.toContainText("Held by rebels");
  await expect(entry.locator("li", { has: page.locator("cite", { hasText: "Battle of Maarat al-Numan (2012)" }) })).toHaveText(
    "Battle of Maarat al-Numan (2012), section “Rebel offensive”",
  );
  await page.getByRole("navigation", { name: "Map views" }).getByRole("link", { name: "Map", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/student/map" && url.searchParams.get("month") === "2012-09");

  // Next month by keyboard: October 2012, when the rebels took the town.
  await page.locator("body").focus();
  await tabUntil(page, `document.activeElement?.getAttribute("rel") === "next"`, 40);
  await expect(page.locator(":focus")).toHaveText(/Next month: October 2012/);
  await page.keyboard.press("Enter");
  await page.waitForURL(/month=2012-10/);
  await expect(page.getByRole("heading", { level: 2, name: "October 2012", exact: true })).toBeVisible();
  await expect(page.locator(MAARAT_MARKER).locator("title")).toContainText("changed hands, last held by rebels");
  await expect(page.locator(MAARAT_MARKER).locator("text").first()).toHaveText("R");

  // The marker leads to the town's entry in the list of places for the same month.
  await page.locator(MAARAT_MARKER).focus();
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.pathname === "/student/map/places" && url.searchParams.get("month") === "2012-10" && url.hash === "#place-maarat-al-numan");
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText("Held by the government");
  await expect(entry).toContainText("Held by rebels");

  // Every place is listed: in full when the month gives a holder or an event, else in one line under "Other places".
  const placeCount = Number(/(\d+) places?/.exec((await page.getByRole("status").innerText()))![1]);
  const entries = page.locator("li[id^='place-']");
  await expect(entries).toHaveCount(placeCount);
  const lines = entries.filter({ hasNot: page.locator("h3") });
  expect(await lines.count()).toBeGreaterThan(0);
  await expect(page.getByRole("heading", { level: 2, name: "Other places" })).toBeVisible();
  for (const line of (await lines.all()).slice(0, 5)) {
    await expect(line).not.toContainText("Held by");
    const link = line.getByRole("link");
    if ((await link.count()) > 0) await expect(link).toHaveAttribute("href", /^\/student\/timeline\?place=/);
  }

  // The month list in the form: one step down is November 2012.
  // From the top of the list page's content: the marker brought the reader halfway down it.
  await page.locator("#main").focus();
  await tabUntil(page, `document.activeElement?.id === "map-month"`, 40);
  await expect(page.locator("#map-month")).toHaveValue("2012-10");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("#map-month")).toHaveValue("2012-11");
  await tabUntil(page, `document.activeElement?.textContent === "Show month"`, 5);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.pathname === "/student/map/places" && url.searchParams.get("month") === "2012-11");
  await expect(page.getByRole("heading", { level: 2, name: "Places in November 2012", exact: true })).toBeVisible();
  await expect(entry).toContainText("Held by rebels");
  await expect(entry).not.toContainText("Held by the government");

  // A month the documents leave open for the town: hollow marker, "not stated" in the list.
  await page.goto("/student/map/places?month=2012-05");
  await expect(entry).toContainText("May 2012: the documents do not say who held it.");
  await page.goto("/student/map?month=2012-05");
  await expect(page.locator(MAARAT_MARKER).locator("title")).toHaveText("Maarat al-Numan: holder not stated");

  // From an event of the month to its full entry in the timeline's view of that month.
  await page.goto("/student/map?month=2012-10");
  await page.locator("body").focus();
  await tabUntil(page, `!!document.activeElement?.closest("li[id^='month-event-']") && document.activeElement.getAttribute("href")?.startsWith("/student/timeline?view=2012-10#event-")`, 200);
  const href = (await page.locator(":focus").getAttribute("href"))!;
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.pathname === "/student/timeline");
  const eventId = href.split("#")[1]!;
  await expect(page.locator(`li#${eventId}`)).toBeInViewport();
});

test("the map and its controls work without JavaScript and on a narrow phone", async ({ browser }) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  await signInWithApi(context.request, "student26@example.com");
  const page = await context.newPage();
  await page.goto("/student/map?month=2012-09");
  await page.getByRole("link", { name: /Next month: October 2012/ }).click();
  await page.waitForURL(/month=2012-10/);
  await page.getByLabel("Month", { exact: true }).selectOption("2013-01");
  await page.getByRole("button", { name: "Show month" }).click();
  await page.waitForURL(/month=2013-01/);
  await expect(page.getByRole("heading", { level: 2, name: "January 2013", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "List of places" }).click();
  await page.waitForURL((url) => url.pathname === "/student/map/places" && url.searchParams.get("month") === "2013-01");
  await expect(page.locator("#place-taftanaz-airbase")).toContainText("Held by rebels");

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  for (const control of [
    page.getByRole("navigation", { name: "Map views" }).getByRole("link", { name: "Map", exact: true }),
    page.getByRole("link", { name: "List of places" }),
    page.getByRole("link", { name: /Previous month/ }),
    page.getByRole("link", { name: /Next month/ }),
    page.getByLabel("Month", { exact: true }),
    page.getByRole("button", { name: "Show month" }),
  ]) {
    expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }
  await context.close();
});

test("the map page has no accessibility violations", async ({ page }) => {
  // axe walks every marker and list entry of the full map: give it time on a busy machine.
  test.setTimeout(120_000);
  await signInWithForm(page, "student25@example.com");
  await page.goto("/student/map?month=2012-10");
  await expectNoAxeViolations(page, "the map in October 2012");
  await page.goto("/student/map?month=2012-05&governorate=Idlib");
  await expectNoAxeViolations(page, "the Idlib map in May 2012");
  await page.goto("/student/map/places?month=2012-10");
  await expectNoAxeViolations(page, "the list of places in October 2012");
  await page.goto("/student/map/places?month=2012-05&governorate=Idlib");
  await expectNoAxeViolations(page, "the list of Idlib's places in May 2012");
});
