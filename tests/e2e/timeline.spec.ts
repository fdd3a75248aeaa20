import { expect, test, type Page } from "./fixtures";
import { expectNoAxeViolations, signInWithApi, signInWithForm } from "./helpers";

const chartMark = (id: string) => `svg a[href="#event-${id}"]`;
const MONTH_EVENT = "2012-10-rebels-besiege-wadi-deif-and-hamidiya-bases";
const DAY_EVENT = "2012-10-08-rebels-launch-offensive-on-maarat-al-numan";
const DISPUTED_EVENT = "2012-06-25-car-bomb-at-idlib-city-checkpoint";

/**
 * Moves focus with Tab (or Shift+Tab, for links before the focus) to the link whose text starts with `name`,
 * then follows it. A client-side step keeps focus on the link it followed when the new view reuses it.
 */
async function followByKeyboard(page: Page, name: string, url: RegExp, direction: "forward" | "back" = "forward") {
  const reached = `(document.activeElement?.textContent ?? "").replace(/\\s+/g, " ").trim().startsWith(${JSON.stringify(name)})`;
  for (let i = 0; !(await page.evaluate(reached)); i++) {
    if (i === 80) throw new Error(`never reached the link "${name}"`);
    await page.keyboard.press(direction === "forward" ? "Tab" : "Shift+Tab");
  }
  await page.keyboard.press("Enter");
  await page.waitForURL(url);
}

test("the chart zooms in and out with the keyboard alone", async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithForm(page, "student21@example.com");
  await page.goto("/student/timeline");
  await expect(page.getByRole("heading", { level: 2, name: "Chart: Whole timeline" })).toBeVisible();
  await expect(page.getByRole("group", { name: /Timeline chart, Whole timeline/ })).toBeVisible();

  await followByKeyboard(page, "Zoom in to June 2012 – April 2013", /view=main/);
  await expect(page.getByRole("heading", { level: 2, name: "Chart: June 2012 – April 2013" })).toBeVisible();

  await followByKeyboard(page, "Zoom in to July – September 2012", /view=2012-Q3/);
  await expect(page.getByRole("status")).toHaveText(/^\d+ events in July – September 2012$/);

  await followByKeyboard(page, "Zoom in to September 2012", /view=2012-09/);
  await followByKeyboard(page, "Next month: October 2012", /view=2012-10/);
  await expect(page.getByRole("heading", { level: 2, name: "Chart: October 2012" })).toBeVisible();
  await expect(page.locator(chartMark(DAY_EVENT))).toBeVisible();

  await followByKeyboard(page, "Zoom out to October – December 2012", /view=2012-Q4/, "back");
  await followByKeyboard(page, "Zoom out to Whole timeline", /\/student\/timeline$/, "back");
  await expect(page.getByRole("heading", { level: 2, name: "Chart: Whole timeline" })).toBeVisible();
});

test("a month is drawn as a bar over the month, a known day as a point, a disputed date with its rival", async ({ page }) => {
  test.setTimeout(90_000);
  await signInWithForm(page, "student22@example.com");
  await page.goto("/student/timeline?view=2012-10");

  const month = page.locator(chartMark(MONTH_EVENT));
  await expect(month).toHaveAccessibleName("Rebels lay siege to the army bases outside Maarat al-Numan, October 2012");
  await expect(month).toHaveAttribute("data-shape", "span");
  const bar = (await month.locator("rect").last().boundingBox())!;
  const day = page.locator(chartMark(DAY_EVENT));
  await expect(day).toHaveAccessibleName("Rebels begin their offensive on Maarat al-Numan, 8 October 2012");
  await expect(day).toHaveAttribute("data-shape", "point");
  await expect(day.locator("circle")).toHaveCount(1);
  const point = (await day.locator("circle").boundingBox())!;
  // The month's bar covers the whole month axis; the day sits inside it, a quarter of the way along.
  expect(bar.width).toBeGreaterThan(point.width * 20);
  expect(point.x).toBeGreaterThan(bar.x);
  expect(point.x + point.width).toBeLessThan(bar.x + bar.width / 2);

  // Every mark is a tap target of at least 24 × 24 px that no other mark's target overlaps (WCAG 2.5.8).
  const targets = await page.locator("svg a[href^='#event-']").evaluateAll((links) =>
    links.map((link) => {
      const r = link.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
  expect(targets.length).toBeGreaterThan(10);
  for (const [i, a] of targets.entries()) {
    expect(a.right - a.left).toBeGreaterThanOrEqual(24);
    expect(a.bottom - a.top).toBeGreaterThanOrEqual(24);
    for (const b of targets.slice(i + 1)) {
      const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
      expect(overlap).toBe(false);
    }
  }

  await page.goto("/student/timeline?view=2012-06");
  const disputed = page.locator(chartMark(DISPUTED_EVENT));
  await expect(disputed).toHaveAttribute("data-disputed", "true");
  await expect(disputed).toHaveAccessibleName(/, 25 June 2012; date disputed, also given as 20 June 2012$/);
  await expect(disputed.locator("circle")).toHaveCount(2);
  await expect(page.getByRole("list", { name: "Chart legend" })).toContainText("the date is disputed");
});

test("a mark leads to its entry in the list, and the filters narrow chart and list together", async ({ page }) => {
  test.setTimeout(90_000);
  await signInWithForm(page, "student23@example.com");
  await page.goto("/student/timeline?view=2012-10&lanes=outcome");
  await expect(page.getByRole("link", { name: "By governorate" })).toBeVisible();

  await page.locator(chartMark(DAY_EVENT)).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`#event-${DAY_EVENT}$`));
  const entry = page.locator(`li#event-${DAY_EVENT}`);
  await expect(entry).toBeInViewport();
  await expect(entry.getByRole("heading", { level: 4 })).toHaveText("Rebels begin their offensive on Maarat al-Numan");
  // The entry's links (its places, its questions) are tap targets of at least 24 px, even where a list wraps.
  for (const link of await entry.getByRole("link").all()) expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(24);

  const everything = await page.locator("svg a[href^='#event-']").count();
  await page.getByLabel("Place", { exact: true }).selectOption({ label: "Maarat al-Numan" });
  await page.getByRole("button", { name: "Show events" }).click();
  await page.waitForURL(/place=maarat-al-numan/);
  // The zoom and the lanes stay as they were.
  expect(new URL(page.url()).searchParams.get("view")).toBe("2012-10");
  expect(new URL(page.url()).searchParams.get("lanes")).toBe("outcome");
  const status = page.getByRole("status");
  await expect(status).toHaveText(/^\d+ events in October 2012 at Maarat al-Numan$/);
  const shown = Number((await status.textContent())!.split(" ")[0]);
  expect(shown).toBeLessThan(everything);
  await expect(page.locator("svg a[href^='#event-']")).toHaveCount(shown);
  await expect(page.locator("li[id^='event-']")).toHaveCount(shown);
  for (const entry of await page.locator("li[id^='event-']").allTextContents()) expect(entry).toContain("Maarat al-Numan");

  // A zoom into the empty years is a bad link, not an empty chart.
  expect((await page.request.get("/student/timeline?view=2016-Q1")).status()).toBe(404);

  await page.getByRole("link", { name: "Clear filters" }).click();
  await page.waitForURL((url) => !url.searchParams.has("place") && url.searchParams.get("view") === "2012-10");
  await expect(page.locator("svg a[href^='#event-']")).toHaveCount(everything);
});

test("the timeline has no accessibility violations in the light and the dark theme", async ({ page }) => {
  // axe walks every mark and list entry: give it time on a busy machine.
  test.setTimeout(240_000);
  await page.emulateMedia({ colorScheme: "light" });
  await signInWithForm(page, "student24@example.com");
  await page.goto("/student/timeline");
  await expectNoAxeViolations(page, "the whole timeline, light");
  await page.goto("/student/timeline?view=2012-Q3&lanes=outcome");
  await expectNoAxeViolations(page, "a quarter by outcome, light");
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/student/timeline?view=2012-06");
  await expectNoAxeViolations(page, "a month with a disputed date, dark");
  await page.goto("/student/timeline?view=main&place=maarat-al-numan");
  await expectNoAxeViolations(page, "the main period at one place, dark");
});

test("on a 360 px phone only the chart scrolls sideways, and the controls are full-size tap targets", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await signInWithApi(context.request, "student20@example.com");
  const page = await context.newPage();
  for (const address of ["/student/timeline", "/student/timeline?view=2012-Q3"]) {
    await page.goto(address);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${address} scrolls sideways`).toBeLessThanOrEqual(0);
    const chart = page.getByRole("region", { name: /Timeline chart/ });
    expect(await chart.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  }
  for (const control of [
    page.getByRole("link", { name: /Previous quarter/ }),
    page.getByRole("link", { name: /Next quarter/ }),
    page.getByRole("link", { name: /Zoom in to July 2012/ }),
    page.getByRole("link", { name: /Zoom out to Whole timeline/ }),
    page.getByRole("link", { name: /By outcome/ }),
    page.getByLabel("Place", { exact: true }),
    page.getByRole("button", { name: "Show events" }),
  ]) {
    const box = (await control.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
  }
  await context.close();
});

test("a long list shows one line per event that opens the event in full in its month, or all in full on request", async ({ page }) => {
  test.setTimeout(90_000);
  await signInWithForm(page, "student25@example.com");
  await page.goto("/student/timeline");
  const all = Number((await page.getByRole("status").innerText()).split(" ")[0]);
  const entries = page.locator("li[id^='event-']");
  await expect(entries).toHaveCount(all);
  // One line each: a title and its date, no summary, facts or study links.
  await expect(page.locator("#timeline-list h4")).toHaveCount(0);
  const line = page.locator(`li#event-${DAY_EVENT}`);
  await expect(line).toHaveText("Rebels begin their offensive on Maarat al-Numan · 8 October 2012");
  await expect(page.locator(`li#event-${DISPUTED_EVENT}`)).toContainText("(date disputed)");

  // A mark on the whole chart leads to the line; its title opens the month, scrolled to the full entry.
  await page.locator(chartMark(DAY_EVENT)).focus();
  await page.keyboard.press("Enter");
  await expect(line).toBeInViewport();
  await line.getByRole("link").focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(new RegExp(`\\?view=2012-10#event-${DAY_EVENT}$`));
  const entry = page.locator(`li#event-${DAY_EVENT}`);
  await expect(entry).toBeInViewport();
  await expect(entry.getByRole("heading", { level: 4 })).toHaveText("Rebels begin their offensive on Maarat al-Numan");
  await expect(entry.getByRole("link", { name: "Maarat al-Numan", exact: true })).toBeVisible();

  // Every event in full, for reading or printing the whole story, and back to one line each.
  await page.goto("/student/timeline");
  await page.getByRole("link", { name: `Show all ${all} in full` }).click();
  await page.waitForURL(/\?list=full#timeline-list$/);
  await expect(page.locator("#timeline-list h4")).toHaveCount(all);
  await page.getByRole("link", { name: "Show one line per event" }).click();
  await page.waitForURL((url) => !url.searchParams.has("list"));
  await expect(page.locator("#timeline-list h4")).toHaveCount(0);
  expect((await page.request.get("/student/timeline?list=everything")).status()).toBe(404);
});
