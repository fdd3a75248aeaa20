import { expect, test, type APIRequestContext, type Browser } from "./fixtures";
import { loadKnowledgeBase } from "../../lib/content/load-knowledge-base";
import { isAllowed, type Actor } from "../../lib/auth/policy";
import { ROUTE_ACCESS, type RouteAccess } from "../../lib/auth/route-access";
import { buildFlashcards } from "../../lib/flashcards/cards";
import { sampleResponse } from "../../lib/questions/sample-response";
import { DEMO_TEACHER, E2E_TEACHER_SIGNUP_CODE, signInWithApi, signInWithForm } from "./helpers";
import { currentQuestion, questionBank, startQuizFromSetPage } from "./quiz-helpers";
import { writeTrueFalseQuestion } from "./authoring-helpers";

type Persona = "anonymous" | "student" | "other student" | "teacher" | "other teacher";
const personas: Persona[] = ["anonymous", "student", "other student", "teacher", "other teacher"];

/** Students no other spec uses, so the matrix owns their records. */
const MATRIX_STUDENT = "student3@example.com";
const OTHER_STUDENT = "student4@example.com";

interface PersonaContext {
  request: APIRequestContext;
  actor: Actor | null;
}

async function signInPersonas(browser: Browser, baseURL: string) {
  const contexts = new Map<Persona, PersonaContext>();
  for (const persona of personas) {
    const request = (await browser.newContext({ baseURL })).request;
    let actor: Actor | null = null;
    if (persona === "student") actor = { id: "student", ...(await signInWithApi(request, MATRIX_STUDENT)) } as Actor;
    if (persona === "other student") actor = { id: "other student", ...(await signInWithApi(request, OTHER_STUDENT)) } as Actor;
    if (persona === "teacher") actor = { id: "teacher", ...(await signInWithApi(request, DEMO_TEACHER)) } as Actor;
    if (persona === "other teacher") {
      // A second teacher, created through the real sign-up form.
      const email = `matrix.${Date.now()}@school.example`;
      await createTeacherThroughUi(browser, baseURL, email);
      actor = { id: "other teacher", ...(await signInWithApi(request, email, "matrix-password-1")) } as Actor;
    }
    contexts.set(persona, { request, actor });
  }
  return contexts;
}

/**
 * The matrix: every persona × every route in ROUTE_ACCESS × its method, with the
 * expectation computed from the policy table and the route's owner. Requests are
 * well-formed (a real question, a real card), so a refusal can only come from
 * who is asking.
 */
test("every persona gets exactly the access the policy grants, on every route and method", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const contexts = await signInPersonas(browser, baseURL!);

  // The resources the placeholders name: the demo teacher's class, one of its assignments and
  // students, and a practice attempt started by the matrix student through the set page.
  const teacher = contexts.get("teacher")!.request;
  const teacherHome = await (await teacher.get("/teacher")).text();
  const classId = /\/teacher\/classes\/([a-z0-9]+)/.exec(teacherHome)?.[1];
  expect(classId, "demo class link on the teacher home page").toBeTruthy();
  const overview = await (await teacher.get(`/teacher/classes/${classId}`)).text();
  const assignmentId = /\/assignments\/(?!new\b)([a-z0-9]+)/.exec(overview)?.[1];
  const studentId = /\/students\/([a-z0-9]+)/.exec(overview)?.[1];
  expect(assignmentId, "an assignment link on the class overview").toBeTruthy();
  expect(studentId, "a student link on the class overview").toBeTruthy();

  // A question the demo teacher wrote, for the edit page (only its author may open it).
  const authorPage = await (await browser.newContext({ baseURL })).newPage();
  await signInWithForm(authorPage, DEMO_TEACHER);
  const teacherQuestionId = await writeTrueFalseQuestion(authorPage, "The matrix test wrote this statement.");
  // A custom set of the demo teacher's, not shared: only its owner may open it.
  await authorPage.goto("/teacher/sets");
  await authorPage.getByLabel("Name").fill("Matrix set");
  await authorPage.getByRole("button", { name: "Create set" }).click();
  await authorPage.waitForURL(/\/teacher\/sets\/[A-Za-z0-9_-]+/);
  const customSetId = /\/teacher\/sets\/([A-Za-z0-9_-]+)/.exec(authorPage.url())![1]!;

  const studentPage = await (await browser.newContext({ baseURL })).newPage();
  await signInWithForm(studentPage, MATRIX_STUDENT);
  const attemptId = await startQuizFromSetPage(studentPage, "siege-of-wadi-deif", { length: 5 });
  const question = await currentQuestion(studentPage);
  const card = buildFlashcards(loadKnowledgeBase())[0]!;

  // A live session of the demo class: the matrix's student joins it, and its first question is open.
  const liveStart = { classId, source: { kind: "study-set", setId: "siege-of-wadi-deif", length: 3 } };
  const live = (await (await teacher.post("/api/live/sessions", { data: liveStart })).json()) as { sessionId: string; pin: string };
  expect(live.pin).toMatch(/^\d{6}$/);
  const student = contexts.get("student")!.request;
  expect((await student.post("/api/live/join", { data: { pin: live.pin } })).status()).toBe(200);
  expect((await teacher.post(`/api/live/${live.sessionId}/host/commands`, { data: { command: "next", version: 1 } })).status()).toBe(200);
  const firstState = await openStream(student, baseURL!, `/api/live/${live.sessionId}/player/stream`);
  const liveQuestion = questionBank().get((JSON.parse(/^data: (.*)$/m.exec(firstState.body)![1]!) as { question: { id: string } }).question.id)!;

  const fill = (path: string) =>
    path
      .replace(":classId", classId!)
      .replace(":assignmentId", assignmentId!)
      .replace(":studentId", studentId!)
      .replace(":attemptId", attemptId)
      .replace(":teacherQuestionId", encodeURIComponent(teacherQuestionId))
      .replace(":customSetId", customSetId)
      .replace(":liveSessionId", live.sessionId);
  const bodyFor = (route: RouteAccess, persona: Persona) => {
    const uniqueId = `matrix-${persona.replace(" ", "-")}-${Date.now()}`;
    if (route.path.endsWith("/responses")) return { clientResponseId: uniqueId, questionId: question.id, response: sampleResponse(question) };
    if (route.path === "/api/flashcards/reviews") return { clientReviewId: uniqueId, cardId: card.id, rating: 3 };
    if (route.path === "/api/live/sessions") return liveStart;
    if (route.path === "/api/live/join") return { pin: live.pin };
    if (route.path.endsWith("/answers")) return { clientAnswerId: uniqueId, questionId: liveQuestion.id, response: sampleResponse(liveQuestion) };
    if (route.path.endsWith("/host/commands")) return { command: "reveal", version: 2 };
    return undefined;
  };

  const failures: string[] = [];
  for (const route of ROUTE_ACCESS) {
    const path = fill(route.path);
    const method = route.method ?? "GET";
    for (const persona of personas) {
      const { request, actor } = contexts.get(persona)!;
      const roleAllowed = isAllowed(actor, route.access);
      const notOwner =
        (route.owner === "demo teacher" && persona === "other teacher") || (route.owner === "student" && persona === "other student");
      let expected: number[];
      // Live player routes: the session decides, not the role (lib/auth/route-access.ts).
      if (route.live === "player") expected = persona === "student" ? [200] : [404];
      else if (route.live === "join") expected = persona === "student" || persona === "other student" ? [200] : [403];
      else if (roleAllowed && !notOwner) expected = route.path === "/" && actor ? [307] : [200];
      else if (!actor) expected = route.kind === "page" ? [307] : [401];
      // Someone else's attempt is "not found" rather than "forbidden": its existence is not confirmed.
      else if (notOwner) expected = route.owner === "student" ? [404] : [403];
      else expected = [403];

      const response = route.stream
        ? await openStream(request, baseURL!, path)
        : method === "GET"
          ? await request.get(path, { maxRedirects: 0 })
          : await request.post(path, { data: bodyFor(route, persona), maxRedirects: 0, failOnStatusCode: false });
      const status = response.status();
      if (!expected.includes(status)) failures.push(`${persona} ${method} ${route.path}: got ${status}, expected ${expected.join("/")}`);
      if (!expected.includes(200) && status !== 307) {
        const body = await response.text();
        for (const secret of ["join code", "student1@example.com", question.prompt]) {
          if (body.includes(secret)) failures.push(`${persona} ${method} ${route.path}: refused, but the response contains "${secret}"`);
        }
      }
    }
  }
  expect(failures).toEqual([]);

  // The refused answers left no trace: the owner's attempt holds exactly the one answer the owner sent.
  await studentPage.goto(`/student/quiz/${attemptId}/summary`);
  // The matrix finished the attempt (its owner may), so the line may go on to say how long it took.
  await expect(studentPage.getByText(/^You answered 1 of 5 questions( in [a-z0-9 ]+)?\.$/)).toBeVisible();
});

/**
 * Server actions are POSTs too. The teacher's "Make a new code" request, replayed
 * byte for byte with another teacher's or a student's session, changes nothing.
 * Every other action is called as each refused persona in tests/integration/action-access.test.ts.
 */
test("a teacher's server action replayed by anyone else is refused and changes nothing", async ({ browser, baseURL }) => {
  const contexts = await signInPersonas(browser, baseURL!);
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signInWithForm(page, DEMO_TEACHER);
  await page.getByRole("link", { name: /Year 11 History/ }).click();
  await page.getByRole("link", { name: "Manage the roster and join code" }).click();
  const codeText = page.getByText(/^Join code: [A-Z2-9]{8}$/);
  const before = await codeText.textContent();

  const actionRequest = page.waitForRequest((request) => request.method() === "POST" && "next-action" in request.headers());
  await page.getByRole("button", { name: "Make a new code" }).click();
  const captured = await actionRequest;
  await expect(codeText).not.toHaveText(before!);
  const ownCode = await codeText.textContent();

  const headers = await captured.allHeaders();
  const replayHeaders = Object.fromEntries(
    ["next-action", "content-type", "next-router-state-tree", "accept"].filter((h) => headers[h]).map((h) => [h, headers[h]!]),
  );
  const replay = (persona: Persona) =>
    contexts.get(persona)!.request.post(captured.url(), {
      headers: replayHeaders,
      data: captured.postDataBuffer()!,
      maxRedirects: 0,
      failOnStatusCode: false,
    });
  for (const persona of ["anonymous", "student", "other student", "other teacher"] as const) {
    const response = await replay(persona);
    expect(response.status(), `${persona} replaying the action`).toBeLessThan(500);
    await page.reload();
    await expect(codeText, `the code after ${persona} replayed the action`).toHaveText(ownCode!);
  }

  // The replay itself works: sent with the owner's session, it does make a new code.
  await replay("teacher");
  await page.reload();
  await expect(codeText).not.toHaveText(ownCode!);
});

/**
 * A Server-Sent Events request: the status, and the first event when it streams (an SSE response
 * never ends by itself, so it is cut after that), or the whole body of a refusal.
 */
async function openStream(request: APIRequestContext, baseURL: string, path: string) {
  const { cookies } = await request.storageState();
  const controller = new AbortController();
  const response = await fetch(new URL(path, baseURL), {
    headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") },
    redirect: "manual",
    signal: controller.signal,
  });
  let body = "";
  if (response.ok) {
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    while (!/^data: /m.test(body)) {
      const { value, done } = await reader.read();
      if (done) break;
      body += decoder.decode(value);
    }
    controller.abort();
  } else {
    body = await response.text();
  }
  return { status: () => response.status, text: async () => body, body };
}

async function createTeacherThroughUi(browser: Browser, baseURL: string, email: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Other Teacher");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("matrix-password-1");
  await page.getByRole("radio", { name: "Teacher" }).check();
  await page.getByLabel("Teacher sign-up code").fill(E2E_TEACHER_SIGNUP_CODE);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/teacher$/);
  await context.close();
}
