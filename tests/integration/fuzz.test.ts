/**
 * No 5xx from bad input: a property-based fuzz test of every route handler and
 * every server action of the real production build, over HTTP, as an anonymous
 * visitor, a signed-in student and a signed-in teacher.
 *
 * Routes and actions are read from the build (tests/support/app-surface.ts), so
 * new ones are covered without editing this file. Inputs come from fast-check:
 * malformed text, wrong JSON shapes, wrong content types, truncated multipart,
 * ids that do not exist or belong to someone else, null previous states, and
 * server action calls Next.js cannot decode. Every answer must be < 500, and a
 * server action's reply must not carry a server error digest.
 *
 *   NEXT_DIST_DIR  the build to serve (default .next; run `next build` first)
 *   FUZZ_SEED      repeat a run (printed at the end of every run)
 *   FUZZ_RUNS      runs per route and per action (default 40)
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFlashcards } from "../../lib/flashcards/load-cards";
import { createClass, createUser } from "../../lib/demo/factories";
import { DEMO_CLASS_NAME, DEMO_PASSWORD, DEMO_TEACHER_EMAIL, demoStudentEmail } from "../../lib/demo/seed-demo-data";
import { createPrismaClient, type Database } from "../../lib/db/create-client";
import { QUESTION_CATEGORIES, QUESTION_TYPES } from "../../lib/questions/types";
import { MAX_ACTION_BODY_BYTES } from "../../lib/request-guards/server-action-call";
import {
  actionHeaders,
  discoverRouteHandlers,
  discoverServerActions,
  encodeActionArguments,
  fillPattern,
  HTTP_METHODS,
  serverErrorDigest,
  type RouteHandler,
  type ServerAction,
} from "../support/app-surface";
import {
  actionArguments,
  brokenTransport,
  formArbitrary,
  idArbitrary,
  queryString,
  rawSegments,
  requestBody,
  urlText,
  weirdText,
  type BodySpec,
  type BrokenTransport,
} from "../support/fuzz-arbitraries";
import { clip, describeBody, FuzzReport } from "../support/fuzz-report";
import { HttpSession } from "../support/http-session";
import { productionDistDir, requireProductionBuild, startProductionServer, type ProductionServer } from "../support/production-server";

const distDir = productionDistDir();
// Fails the file at once, with the command to run, when there is no build to serve.
requireProductionBuild(distDir);
const ROUTES = discoverRouteHandlers(distDir);
const ACTIONS = discoverServerActions(distDir);

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SET_ID = "siege-of-wadi-deif";
const report = new FuzzReport();

type PersonaName = "anonymous" | "student" | "teacher";

interface Fixtures {
  /** The teacher's own class, made through the app for this test. */
  fuzzClassId: string;
  fuzzClassJoinCode: string;
  demoClassId: string;
  demoAssignmentIds: string[];
  /** A class of another teacher: the signed-in teacher may not touch it. */
  otherTeachersClassId: string;
  studentIds: { mine: string; other: string; notInFuzzClass: string };
  /** The student's running practice attempt, one they finished, and another student's. */
  attemptId: string;
  finishedAttemptId: string;
  otherStudentsAttemptId: string;
  questionIds: string[];
  cardIds: string[];
  anonymousCsrfToken: string;
}

let server: ProductionServer;
let database: Database;
let personas: Record<PersonaName, HttpSession>;
let fixtures: Fixtures;
const credentials: Record<Exclude<PersonaName, "anonymous">, string> = {
  student: demoStudentEmail(1),
  teacher: DEMO_TEACHER_EMAIL,
};

// ---------------------------------------------------------------------------
// Talking to the app

interface Reply {
  status: number;
  text: string;
  redirect: string | null;
}

async function send(session: HttpSession, path: string, init: RequestInit): Promise<Reply> {
  const response = await session.fetch(path, { ...init, keepCookies: false });
  const text = await response.text();
  return { status: response.status, text, redirect: response.headers.get("x-action-redirect") ?? response.headers.get("location") };
}

/** Calls a server action as the browser does: POST to a page with Next-Action and React's encoding of the arguments. */
async function callAction(
  session: HttpSession,
  action: ServerAction,
  pagePath: string,
  args: unknown[],
  extraHeaders: Record<string, string> = {},
): Promise<Reply> {
  const { body, contentType } = await encodeActionArguments(args);
  return send(session, pagePath, {
    method: "POST",
    headers: { ...actionHeaders(action.id, server.baseUrl, contentType), ...extraHeaders },
    body,
  });
}

function actionNamed(name: string): ServerAction {
  const action = ACTIONS.find((candidate) => candidate.name === name);
  if (!action) throw new Error(`No server action named ${name} in the build (found: ${ACTIONS.map((a) => a.name).join(", ")}).`);
  return action;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

/** A redirect an action answered with, e.g. "/student/quiz/<id>" from "/student/quiz/<id>;push". */
function redirectTarget(reply: Reply, what: string): string {
  expect(reply.status, `${what}: ${clip(reply.text)}`).toBeLessThan(400);
  expect(reply.redirect, `${what} should redirect`).toBeTruthy();
  return reply.redirect!.split(";")[0]!;
}

/** Records a reply and fails (for fast-check to shrink) on a 5xx or a server error in an action's reply. */
function check(target: string, request: string, reply: Reply, { isAction }: { isAction: boolean }) {
  report.record(target, reply.status);
  const digest = isAction ? serverErrorDigest(reply.text) : null;
  if (reply.status >= 500 || digest) {
    const detail = digest ? `server error digest ${digest}` : clip(reply.text);
    report.recordServerError({ target, request, status: reply.status, detail });
    throw new Error(`${target}: ${request} → ${reply.status} ${detail}`);
  }
}

async function ensureSignedIn(name: Exclude<PersonaName, "anonymous">) {
  // A fuzzed action may have ended the session (sign out everywhere, a password change): sign in again.
  if ((await personas[name].sessionUser())?.email !== credentials[name]) {
    await personas[name].signIn(credentials[name], DEMO_PASSWORD);
  }
}

// ---------------------------------------------------------------------------
// Fixtures, made through the app where the app can make them

async function createFixtures(): Promise<Fixtures> {
  const { teacher, student } = personas;
  // Builds the deck in this process (a few seconds): done first, so no request waits on it.
  const cardIds = loadFlashcards()
    .slice(0, 20)
    .map((card) => card.id);
  const otherStudent = new HttpSession(server.baseUrl, "other student");
  await otherStudent.signIn(demoStudentEmail(2), DEMO_PASSWORD);

  const created = await callAction(teacher, actionNamed("createClassAction"), "/teacher", [null, form({ name: "Fuzz class" })]);
  const fuzzClassId = /\/teacher\/classes\/([^/?;]+)/.exec(redirectTarget(created, "creating a class"))![1]!;

  const startPractice = (session: HttpSession) =>
    callAction(session, actionNamed("startPracticeQuizAction"), `/student/sets/${SET_ID}`, [form({ setId: SET_ID, length: "5" })]);
  const attemptIdOf = (reply: Reply) => /\/student\/quiz\/([^/?;]+)/.exec(redirectTarget(reply, "starting a quiz"))![1]!;
  const finishedAttemptId = attemptIdOf(await startPractice(student));
  const finished = await student.fetch(`/api/attempts/${finishedAttemptId}/finish`, { method: "POST" });
  expect(finished.status).toBe(200);
  const attemptId = attemptIdOf(await startPractice(student));
  const otherStudentsAttemptId = attemptIdOf(await startPractice(otherStudent));

  // Read-only lookups of what the demo seed made, and one record the app has no way to make for us.
  const users = await database.user.findMany({
    where: { email: { in: [demoStudentEmail(1), demoStudentEmail(2), demoStudentEmail(3), DEMO_TEACHER_EMAIL] } },
    select: { id: true, email: true },
  });
  const idOf = (email: string) => users.find((user) => user.email === email)!.id;
  const demoClass = await database.class.findFirstOrThrow({
    where: { name: DEMO_CLASS_NAME, teacherId: idOf(DEMO_TEACHER_EMAIL) },
    select: { id: true, assignments: { select: { id: true } } },
  });
  const fuzzClass = await database.class.findUniqueOrThrow({ where: { id: fuzzClassId }, select: { joinCode: true } });
  const attempt = await database.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { questionIds: true } });
  const otherTeacher = await createUser(database, { email: "fuzz-other-teacher@example.com", name: "Other Teacher", role: "teacher" });
  const otherTeachersClass = await createClass(database, { teacherId: otherTeacher.id, name: "Someone else's class" });

  return {
    fuzzClassId,
    fuzzClassJoinCode: fuzzClass.joinCode!,
    demoClassId: demoClass.id,
    demoAssignmentIds: demoClass.assignments.map((assignment) => assignment.id),
    otherTeachersClassId: otherTeachersClass.id,
    studentIds: { mine: idOf(demoStudentEmail(1)), other: idOf(demoStudentEmail(2)), notInFuzzClass: idOf(demoStudentEmail(3)) },
    attemptId,
    finishedAttemptId,
    otherStudentsAttemptId,
    questionIds: JSON.parse(attempt.questionIds) as string[],
    cardIds,
    anonymousCsrfToken: await personas.anonymous.csrfToken(),
  };
}

/** Real values for each dynamic segment a route or page can have; unknown segments get every real id. */
function realParamValues(): Record<string, string[]> {
  const f = fixtures;
  return {
    classId: [f.fuzzClassId, f.demoClassId, f.otherTeachersClassId],
    assignmentId: f.demoAssignmentIds,
    attemptId: [f.attemptId, f.finishedAttemptId, f.otherStudentsAttemptId],
    studentId: Object.values(f.studentIds),
    setId: [SET_ID],
    code: [f.fuzzClassJoinCode, "ABC234"],
  };
}

function allRealIds(): string[] {
  return [...new Set(Object.values(realParamValues()).flat())];
}

/** A damaged or forged cookie next to the visitor's own (the session, next-auth's CSRF and callback cookies). */
const brokenCookie = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  fc
    .tuple(
      fc.constantFrom("next-auth.session-token", "next-auth.csrf-token", "next-auth.callback-url", "__Secure-next-auth.callback-url"),
      fc.oneof(weirdText.map((text) => encodeURIComponent(text.toWellFormed())), fc.constantFrom("%", "%zz", "garbage", "a.b.c", "")),
    )
    .map(([name, value]) => `${name}=${value.slice(0, 3000)}`),
);

const NEXT_AUTH_PATHS = [
  ["csrf"],
  ["session"],
  ["providers"],
  ["signin"],
  ["signin", "credentials"],
  ["callback", "credentials"],
  ["signout"],
  ["error"],
  ["_log"],
  ["verify-request"],
];

/** Values for one dynamic segment: mostly real ids, sometimes fuzz, sometimes raw broken escapes. */
function segmentArbitrary(param: string): fc.Arbitrary<{ value: string | string[]; raw: boolean }> {
  if (param.startsWith("...")) {
    const known: fc.Arbitrary<string[]> = param === "...nextauth" ? fc.constantFrom(...NEXT_AUTH_PATHS) : fc.constant(["x"]);
    return fc.oneof(
      { weight: 4, arbitrary: known.map((value) => ({ value, raw: false })) },
      { weight: 1, arbitrary: fc.array(urlText, { minLength: 1, maxLength: 3 }).map((value) => ({ value, raw: false })) },
      { weight: 1, arbitrary: fc.array(rawSegments, { minLength: 1, maxLength: 2 }).map((value) => ({ value, raw: true })) },
    );
  }
  const real = realParamValues()[param] ?? allRealIds();
  return fc.oneof(
    { weight: 6, arbitrary: idArbitrary(real, { inUrl: true }).map((value) => ({ value, raw: false })) },
    { weight: 1, arbitrary: rawSegments.map((value) => ({ value, raw: true })) },
  );
}

function pathArbitrary(route: RouteHandler): fc.Arbitrary<string> {
  if (route.params.length === 0) return fc.constant(route.pattern);
  const generated = fc.tuple(...route.params.map(segmentArbitrary)).map((segments) =>
    segments.reduce((path, segment, i) => fillPattern(path, { [route.params[i]!]: segment.value }, { raw: segment.raw }), route.pattern),
  );
  return route.prerendered.length > 0 ? fc.oneof(fc.constantFrom(...route.prerendered), generated) : generated;
}

/** A page path that runs the action, with its segments filled from real ids (usually) or fuzz. */
function pagePathOf(pattern: string, values: Record<string, string>): string {
  return fillPattern(pattern, values);
}

// ---------------------------------------------------------------------------
// Field names and values for server action forms

/** The field names an action's forms render (scraped from its pages) and its source reads. */
async function fieldNamesFor(action: ServerAction): Promise<string[]> {
  const names = new Set<string>();
  const sourceFile = path.resolve(import.meta.dirname, "../..", action.file);
  const source = fs.existsSync(sourceFile) ? fs.readFileSync(sourceFile, "utf8") : "";
  for (const m of source.matchAll(/(?:\.get(?:All)?\(|Field\(\s*\w+,\s*|field\(\s*\w+,\s*)"([\w-]{1,40})"/g)) names.add(m[1]!);
  const fill = Object.fromEntries(
    Object.entries({ ...realParamValues(), classId: [fixtures.demoClassId], attemptId: [fixtures.finishedAttemptId] }).map(
      ([name, values]) => [name, values[0]!],
    ),
  );
  for (const page of action.pages) {
    for (const session of Object.values(personas)) {
      const html = await (await session.fetch(pagePathOf(page, fill), { keepCookies: false })).text();
      for (const m of html.matchAll(/<(?:input|select|textarea|button)\b[^>]*?\bname="([^"]+)"/g)) {
        if (!m[1]!.startsWith("$ACTION")) names.add(m[1]!);
      }
    }
  }
  return [...names].sort();
}

function fieldValue(name: string): fc.Arbitrary<string> {
  const f = fixtures;
  const realistic: [RegExp, string[]][] = [
    [/^(setId|topics)$/, [SET_ID, "all-sets", ""]],
    [/^categories$/, [...QUESTION_CATEGORIES]],
    [/^types$/, [...QUESTION_TYPES]],
    [/At$/, ["2031-01-15T09:00", "2020-01-01T00:00", "", "2031-13-45T99:99", "tomorrow"]],
    [/[Zz]one$/, ["Europe/London", "Asia/Damascus", "UTC", "Mars/Olympus_Mons"]],
    [/^feedbackPolicy$/, ["immediately", "after-attempt", "after-due", "never"]],
    [/(length|Limit|Minutes|Count)$/, ["1", "5", "10", "50", "0", "-3", "1.5", "99999", ""]],
    [/^code$/, [f.fuzzClassJoinCode, f.fuzzClassJoinCode.toLowerCase(), "ABC234", "ab-c2 34"]],
    [/email$/i, ["nobody@example.com", demoStudentEmail(4), "not-an-email"]],
    [/password/i, ["long-enough-password-1", "short"]],
    [/^role$/, ["student", "teacher", "admin"]],
    [/^(enabled|json|redirect)$/, ["true", "false"]],
    [/^intent$/, ["preview", "create"]],
    [/^scope$/, ["all", "core"]],
    [/^(allQuestions|shuffleQuestions|shuffleOptions|remember)$/, ["on", "off"]],
  ];
  if (/Id$/.test(name)) return idArbitrary(allRealIds());
  const pool = realistic.find(([pattern]) => pattern.test(name))?.[1];
  return pool ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pool) }, weirdText) : weirdText;
}

// ---------------------------------------------------------------------------

beforeAll(async () => {
  server = await startProductionServer("fuzz");
  database = createPrismaClient(server.databaseUrl);
  personas = {
    anonymous: new HttpSession(server.baseUrl, "anonymous"),
    student: new HttpSession(server.baseUrl, "student"),
    teacher: new HttpSession(server.baseUrl, "teacher"),
  };
  await personas.student.signIn(credentials.student, DEMO_PASSWORD);
  await personas.teacher.signIn(credentials.teacher, DEMO_PASSWORD);
  fixtures = await createFixtures();
}, 180_000);

afterAll(async () => {
  console.log(`\n${report.table({ seed: SEED, runs: RUNS, routes: ROUTES.length, actions: ACTIONS.length })}\n`);
  await database?.$disconnect();
  if (server && report.serverErrors.length > 0) console.log(`Server log (last lines):\n${server.output().slice(-6000)}`);
  await server?.stop();
}, 30_000);

describe("the app's surface, read from the build", () => {
  it("has route handlers and server actions to fuzz", () => {
    expect(ROUTES.map((route) => route.pattern)).toEqual(expect.arrayContaining(["/api/auth/[...nextauth]", "/api/health"]));
    expect(ACTIONS.map((action) => action.name)).toEqual(expect.arrayContaining(["createClassAction", "retryMissedAction"]));
    for (const action of ACTIONS) expect(action.pages.length, `${action.name} runs on some page`).toBeGreaterThan(0);
  });
});

// Each one of these answered 5xx before its fix.
describe("regressions: bad input that used to answer 5xx", () => {
  it.each(["/api/auth/callback/credentials", "/api/auth/session"])(
    'next-auth answers the JSON body "abc" on %s with 400 and a message, not 500',
    async (path) => {
      const reply = await send(personas.anonymous, path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "abc",
      });
      report.record(`POST ${path} (regression)`, reply.status);
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.text)).toEqual({ error: "The request body is not valid JSON." });
    },
  );

  it.each(["removeStudentAction", "restoreStudentAction"])(
    "%s with a student who is not in the class goes back to the roster, which says nothing changed",
    async (name) => {
      const roster = `/teacher/classes/${fixtures.fuzzClassId}/roster`;
      const reply = await callAction(personas.teacher, actionNamed(name), roster, [
        form({ classId: fixtures.fuzzClassId, studentId: fixtures.studentIds.notInFuzzClass }),
      ]);
      report.record(`${name} (regression)`, reply.status);
      expect(reply.status, clip(reply.text)).toBe(200);
      expect(serverErrorDigest(reply.text)).toBeNull();
      expect(redirectTarget(reply, name)).toBe(`${roster}?notice=not-in-class`);
      const page = await (await personas.teacher.fetch(`${roster}?notice=not-in-class`)).text();
      expect(page).toContain("That student is not in this class, so nothing changed.");
    },
  );

  it("retryMissedAction with a non-ASCII attempt id goes back with a message, not 500", async () => {
    const reply = await callAction(personas.student, actionNamed("retryMissedAction"), `/student/quiz/${fixtures.finishedAttemptId}/summary`, [
      form({ attemptId: "é-Ωmega-🙂" }),
    ]);
    report.record("retryMissedAction (regression)", reply.status);
    expect(reply.status, clip(reply.text)).toBe(200);
    expect(serverErrorDigest(reply.text)).toBeNull();
    const target = redirectTarget(reply, "retrying a missed-questions quiz");
    expect(target).toMatch(/^\/student\?error=/);
    expect(decodeURIComponent(target.split("error=")[1]!)).toBe("That quiz could not be found, so there is nothing to retry.");
  });

  it.each([
    ["assignmentFormAction", () => `/teacher/classes/${fixtures.fuzzClassId}/assignments/new`, () => ({ classId: fixtures.fuzzClassId })],
    [
      "updateSettingsAction",
      () => `/teacher/classes/${fixtures.demoClassId}/assignments/${fixtures.demoAssignmentIds[0]}/settings`,
      () => ({ assignmentId: fixtures.demoAssignmentIds[0]! }),
    ],
    [
      "saveExtensionAction",
      () => `/teacher/classes/${fixtures.demoClassId}/assignments/${fixtures.demoAssignmentIds[0]}/settings`,
      () => ({ assignmentId: fixtures.demoAssignmentIds[0]! }),
    ],
  ] as const)("%s with a null previous state answers with its form errors, not 500", async (name, page, fields) => {
    const reply = await callAction(personas.teacher, actionNamed(name), page(), [null, form(fields())]);
    report.record(`${name} (regression)`, reply.status);
    expect(reply.status, clip(reply.text)).toBe(200);
    expect(serverErrorDigest(reply.text)).toBeNull();
    // The reply's form state: invalid (the required fields are empty), counting from version 1.
    expect(reply.text).toContain('"status":"invalid"');
    expect(reply.text).toContain('"version":1');
  });
});

describe("server action calls Next.js cannot decode get a 4xx from the proxy, not 500", () => {
  const page = "/teacher";
  const call = (headers: Record<string, string>, body: string) =>
    send(personas.teacher, page, { method: "POST", headers: { ...actionHeaders(actionNamed("createClassAction").id, server.baseUrl), ...headers }, body });

  it.each([
    ["a body that is not JSON", { "content-type": "text/plain;charset=UTF-8" }, "abc", 400],
    ["arguments that are not a list", { "content-type": "text/plain;charset=UTF-8" }, '"abc"', 400],
    [
      "a truncated multipart body",
      { "content-type": "multipart/form-data; boundary=fuzz" },
      '--fuzz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[null',
      400,
    ],
    ["an Origin of another site", { "content-type": "text/plain;charset=UTF-8", origin: "http://evil.example" }, "[null,null]", 403],
    ["a body over 1 MB", { "content-type": "text/plain;charset=UTF-8" }, JSON.stringify(["x".repeat(MAX_ACTION_BODY_BYTES)]), 413],
  ] as const)("%s", async (_what, headers, body, status) => {
    const reply = await call(headers, body);
    report.record("createClassAction (undecodable)", reply.status);
    expect(reply.status, clip(reply.text)).toBe(status);
    expect(JSON.parse(reply.text)).toHaveProperty("error");
  });
});

describe("route handlers", () => {
  it.each(ROUTES.map((route) => [route.pattern, route] as const))(
    "%s answers methods it does not declare with 405 (a 2xx for a path rendered at build time)",
    async (_pattern, route: RouteHandler) => {
      const path =
        route.prerendered[0] ??
        fillPattern(route.pattern, { ...Object.fromEntries(route.params.map((p) => [p, fixtures.attemptId])), "...nextauth": ["session"] });
      for (const method of HTTP_METHODS.filter((m) => !route.methods.includes(m))) {
        for (const session of [personas.anonymous, personas.teacher]) {
          const reply = await send(session, path, { method, ...(method === "GET" ? {} : { body: "{}" }) });
          check(`${method} ${route.pattern}`, `${method} ${path} as ${session.label}`, reply, { isAction: false });
          // A path the build rendered ahead of time is served as a static file, whatever the method.
          if (route.prerendered.length === 0) expect(reply.status, `${method} ${path}`).toBe(405);
        }
      }
    },
  );

  it.each(ROUTES.map((route) => [route.pattern, route] as const))(
    "%s answers malformed input with a 4xx, never a 5xx",
    async (_pattern, route: RouteHandler) => {
      expect(route.methods.length, `the HTTP methods ${route.pattern} exports`).toBeGreaterThan(0);
      await ensureSignedIn("student");
      await ensureSignedIn("teacher");
      const body = requestBody({
        questionIds: fixtures.questionIds,
        cardIds: fixtures.cardIds,
        csrfToken: fixtures.anonymousCsrfToken,
      });
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom<PersonaName>("anonymous", "student", "teacher"),
          fc.constantFrom(...route.methods),
          pathArbitrary(route),
          queryString,
          body,
          brokenCookie,
          async (persona, method, path, query, spec: BodySpec, cookie) => {
            const withBody = method !== "GET" && spec.body !== undefined;
            const headers: Record<string, string> = withBody && spec.contentType ? { "content-type": spec.contentType } : {};
            if (cookie) headers.cookie = [personas[persona].cookieHeader(), cookie].filter(Boolean).join("; ");
            const reply = await send(personas[persona], `${path}${query}`, {
              method,
              headers,
              ...(withBody ? { body: spec.body } : {}),
            });
            const request =
              `${method} ${clip(path + query, 120)} as ${persona}${cookie ? ` with cookie ${clip(cookie, 80)}` : ""}, ` +
              `${spec.kind} ${spec.contentType ?? ""} ${describeBody(withBody ? spec.body : undefined)}`;
            check(`${method} ${route.pattern}`, request, reply, { isAction: false });
          },
        ),
        { seed: SEED, numRuns: RUNS },
      );
    },
    180_000,
  );
});

describe("server actions", () => {
  it.each(ACTIONS.map((action) => [`${action.name} (${action.file})`, action] as const))(
    "%s answers malformed input with its form errors, a redirect or a 4xx, never a 5xx",
    async (_label, action: ServerAction) => {
      await ensureSignedIn("student");
      await ensureSignedIn("teacher");
      const fieldNames = await fieldNamesFor(action);
      const args = actionArguments(formArbitrary(fieldNames.length > 0 ? fieldNames : ["name"], fieldValue));
      const pageParams = [...new Set(action.pages.flatMap((page) => [...page.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!)))];
      const pageValues = fc.record(
        Object.fromEntries(pageParams.map((param) => [param, idArbitrary(realParamValues()[param] ?? allRealIds(), { inUrl: true })])),
      ) as fc.Arbitrary<Record<string, string>>;
      const referer = fc.option(
        fc.constantFrom(`${server.baseUrl}/student/sets/${SET_ID}?error=x`, `${server.baseUrl}/student/assignments`, "not a url", "http://evil.example/student"),
        { nil: undefined },
      );

      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom<PersonaName>("anonymous", "student", "teacher"),
          fc.constantFrom(...action.pages),
          pageValues,
          queryString,
          referer,
          args,
          // One call in six is one Next.js cannot decode; the rest are encoded as the browser does.
          fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: brokenTransport }),
          async (persona, page, values, query, refererHeader, argumentList, broken: BrokenTransport | null) => {
            const path = `${pagePathOf(page, values)}${query}`;
            const encoded = await encodeActionArguments(argumentList);
            const headers: Record<string, string> = {
              ...actionHeaders(action.id, server.baseUrl, encoded.contentType),
              ...(refererHeader ? { referer: refererHeader } : {}),
            };
            let body: string | FormData = encoded.body;
            if (broken) {
              if ("body" in broken) {
                body = broken.body;
                headers["content-type"] =
                  broken.kind === "truncated multipart"
                    ? "multipart/form-data; boundary=fuzz"
                    : broken.kind === "multipart without boundary"
                      ? "multipart/form-data"
                      : "text/plain;charset=UTF-8";
              }
              if (broken.kind === "foreign origin") headers.origin = broken.origin;
              if (broken.kind === "unknown action id") headers["next-action"] = broken.actionId;
              if (broken.kind === "wrong content type") headers["content-type"] = broken.contentType;
            }
            // A FormData body carries its own multipart content type, unless the point is a wrong one.
            if (body instanceof FormData && broken?.kind !== "wrong content type") delete headers["content-type"];
            const reply = await send(personas[persona], path, { method: "POST", headers, body });
            const request = `POST ${clip(path, 120)} as ${persona}${broken ? ` (${broken.kind})` : ""}: ${describeBody(body)}`;
            check(action.name, request, reply, { isAction: true });
          },
        ),
        { seed: SEED, numRuns: RUNS },
      );
    },
    180_000,
  );
});

describe("in total", () => {
  it("saw no 5xx", () => {
    expect(report.serverErrors.map((e) => `${e.status} ${e.target}: ${e.request}`)).toEqual([]);
  });
});
