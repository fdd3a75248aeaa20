/**
 * Every page on a 360 × 740 phone, in the light and the dark theme: no sideways scrolling of the page (a wide
 * table or chart may scroll inside its own container), every control at least 44 px tall, and no axe violations.
 * The pages come from lib/auth/route-access.ts, so a page added there is checked here too; each placeholder is
 * filled from the demo data.
 */
import AxeBuilder from "@axe-core/playwright";
import { THEME_COOKIE } from "../../components/layout/theme";
import { ROUTE_ACCESS, type RouteAccess } from "../../lib/auth/route-access";
import { writeTrueFalseQuestion } from "./authoring-helpers";
import { expect, test, type Browser, type BrowserContext } from "./fixtures";
import { DEMO_TEACHER, signInWithApi, signInWithForm } from "./helpers";
import { startQuizFromSetPage } from "./quiz-helpers";

const PHONE = { width: 360, height: 740 };
const TAP = 44;
/** A student of the demo class who answered its assignments, so progress and summaries have something in them. */
const PHONE_STUDENT = "student12@example.com";

type Visitor = "anonymous" | "student" | "teacher";

function visitorFor(route: RouteAccess): Visitor {
  // A live session's player page is public in the route table (guests may play) but opens only for a joined player.
  if (route.live === "player") return "student";
  if (route.access === "public") return "anonymous";
  if (route.access === "study:use" || route.access === "class:join") return "student";
  if (route.access === "account:use") return route.path === "/sign-out" ? "student" : "teacher";
  return "teacher";
}

const PAGES = ROUTE_ACCESS.filter((route) => route.kind === "page");

/**
 * The controls a finger must hit: buttons, inputs, selects, summaries and links that look like buttons or
 * stand alone in a navigation bar. A checkbox or radio is measured by its label, which is what one taps.
 * Links inside running text are exempt: WCAG 2.5.8 (target size) excepts a target "in a sentence", whose
 * size the line of text sets.
 */
function undersizedControls(minimum: number) {
  const described = (element: Element, box: DOMRect) =>
    `<${element.tagName.toLowerCase()}> "${(element.textContent || element.getAttribute("aria-label") || (element as HTMLInputElement).name || "").trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`;
  const looksLikeButton = (link: HTMLAnchorElement) => {
    const style = getComputedStyle(link);
    if (link.classList.contains("button") || link.getAttribute("role") === "button") return true;
    if (style.display === "inline") return false;
    const hasBackground = style.backgroundColor !== "rgba(0, 0, 0, 0)" && style.backgroundColor !== "transparent";
    return hasBackground || parseFloat(style.borderTopWidth) > 0;
  };
  const targetOf = (element: Element): Element | null => {
    if (element instanceof HTMLInputElement) {
      if (element.type === "hidden") return null;
      if (element.type === "checkbox" || element.type === "radio") return element.closest("label") ?? element.labels?.[0] ?? element;
    }
    return element;
  };
  const failures: string[] = [];
  const candidates = document.querySelectorAll<HTMLElement>("button, input, select, textarea, summary, a[href]");
  for (const candidate of candidates) {
    // The map's markers: where a marker sits is the information it gives (WCAG 2.5.8's "essential" exception), and
    // each leads to its place's entry in the map's list of places, whose links are full-size targets.
    if (candidate.closest("svg")) continue;
    if (candidate instanceof HTMLAnchorElement && !looksLikeButton(candidate) && !candidate.closest("nav")) continue;
    const target = targetOf(candidate);
    if (!target) continue;
    const box = target.getBoundingClientRect();
    // Not shown: inside a closed <details>, display:none, or moved off-screen until focused (the skip link).
    if (box.width === 0 || box.height === 0 || box.right <= 0 || !candidate.checkVisibility({ visibilityProperty: true })) continue;
    if (getComputedStyle(candidate).clip !== "auto" && getComputedStyle(candidate).position === "absolute") continue;
    if (box.height < minimum) failures.push(described(candidate, box));
  }
  return failures;
}

/** The innermost elements reaching past the screen's right edge, to say where a page overflows. */
function widestElements(screenWidth: number) {
  const scrollsInside = (element: Element) => {
    for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
      if (["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(box).overflowX)) return true;
    }
    return false;
  };
  const past = [...document.querySelectorAll("main *")].filter(
    (element) => element.getBoundingClientRect().right > screenWidth + 1 && !scrollsInside(element),
  );
  const innermost = past.filter((element) => !past.some((other) => other !== element && element.contains(other)));
  return innermost
    .slice(0, 3)
    .map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}"> ${Math.round(element.getBoundingClientRect().right)} px`)
    .join(", ");
}

/** The ids the route placeholders stand for, made or found as the demo teacher and a demo student. */
async function placeholderValues(browser: Browser, baseURL: string, teacher: BrowserContext, student: BrowserContext) {
  // The demo teacher's class, one of its assignments and one of its students, read from the class pages.
  const teacherHome = await (await teacher.request.get("/teacher")).text();
  const classId = /\/teacher\/classes\/([a-z0-9]+)/.exec(teacherHome)?.[1];
  expect(classId, "demo class link on the teacher home page").toBeTruthy();
  const overview = await (await teacher.request.get(`/teacher/classes/${classId}`)).text();
  const assignmentId = /\/assignments\/(?!new\b)([a-z0-9]+)/.exec(overview)?.[1];
  const studentId = /\/students\/([a-z0-9]+)/.exec(overview)?.[1];
  expect(assignmentId && studentId, "an assignment and a student on the class overview").toBeTruthy();

  // A question the teacher wrote and a custom set, made through the forms as a teacher would.
  const author = await browser.newContext({ baseURL });
  const authorPage = await author.newPage();
  await signInWithForm(authorPage, DEMO_TEACHER);
  const teacherQuestionId = await writeTrueFalseQuestion(authorPage, "The phone layout test wrote this statement.");
  await authorPage.goto("/teacher/sets");
  await authorPage.getByLabel("Name").fill("Phone layout set");
  await authorPage.getByRole("button", { name: "Create set" }).click();
  await authorPage.waitForURL(/\/teacher\/sets\/[A-Za-z0-9_-]+/);
  const customSetId = /\/teacher\/sets\/([A-Za-z0-9_-]+)/.exec(authorPage.url())![1]!;
  await author.close();

  // A practice quiz of the student's, started through the set page.
  const studentPage = await student.newPage();
  const attemptId = await startQuizFromSetPage(studentPage, "siege-of-wadi-deif", { length: 5 });
  await studentPage.close();

  // A live session of the demo class, joined by the student, so both its host page and its player page open.
  const liveStart = { classId, source: { kind: "study-set", setId: "siege-of-wadi-deif", length: 3 } };
  const live = (await (await teacher.request.post("/api/live/sessions", { data: liveStart })).json()) as { sessionId: string; pin: string };
  expect((await student.request.post("/api/live/join", { data: { pin: live.pin } })).status()).toBe(200);

  return {
    classId: classId!,
    assignmentId: assignmentId!,
    studentId: studentId!,
    attemptId,
    teacherQuestionId: encodeURIComponent(teacherQuestionId),
    customSetId,
    liveSessionId: live.sessionId,
  } as Record<string, string>;
}

// One walk over every page per theme, so the ids are made once; each page's problems are reported together at the end.
for (const theme of ["light", "dark"] as const) {
  test(`every page fits a 360 px phone in the ${theme} theme, with controls tall enough to tap and no axe violations`, async ({ browser, baseURL }) => {
    // axe over the whole timeline alone takes a minute on a loaded machine.
    test.setTimeout(900_000);
    const make = async () => {
      const context = await browser.newContext({ baseURL, viewport: PHONE, colorScheme: theme });
      await context.addCookies([{ name: THEME_COOKIE, value: theme, url: baseURL! }]);
      return context;
    };
    const contexts: Record<Visitor, BrowserContext> = { anonymous: await make(), student: await make(), teacher: await make() };
    await signInWithApi(contexts.student.request, PHONE_STUDENT);
    await signInWithApi(contexts.teacher.request, DEMO_TEACHER);
    const values = await placeholderValues(browser, baseURL!, contexts.teacher, contexts.student);
    const problems: string[] = [];
    for (const route of PAGES) {
      const visitor = visitorFor(route);
      const unknown = [...route.path.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1]!).filter((name) => !values[name]);
      if (unknown.length > 0) {
        // A page this walk cannot open is a page nobody checked: it fails until placeholderValues() fills it.
        problems.push(`${route.path}: phone-layout.spec.ts does not know how to fill ${unknown.map((name) => `:${name}`).join(", ")}; add it to placeholderValues()`);
        continue;
      }
      const page = await contexts[visitor].newPage();
      const response = await page.goto(route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => values[name]!));
      if (response?.status() !== 200) {
        problems.push(`${route.path} (${visitor}): answered ${response?.status()}`);
        await page.close();
        continue;
      }
      // Open every <details> too: what they hold must fit as well.
      await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) {
        problems.push(`${route.path} (${visitor}): the page is ${width} px wide and scrolls sideways (${await page.evaluate(widestElements, PHONE.width)})`);
      }
      for (const control of await page.evaluate(undersizedControls, TAP)) problems.push(`${route.path} (${visitor}): ${control}`);
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const violation of violations) {
        problems.push(`${route.path} (${visitor}): axe ${violation.id} on ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
      }
      await page.close();
    }
    for (const context of Object.values(contexts)) await context.close();
    expect(problems, `pages checked: ${PAGES.length}`).toEqual([]);
  });
}
