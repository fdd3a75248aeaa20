import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { isAllowed, type Actor } from "../../lib/auth/policy";
import { ROUTE_ACCESS } from "../../lib/auth/route-access";
import { DEMO_STUDENT, DEMO_TEACHER, signInWithApi } from "./helpers";

type Persona = "anonymous" | "student" | "teacher" | "other teacher";
const personas: Persona[] = ["anonymous", "student", "teacher", "other teacher"];

/** The matrix: every persona against every route in ROUTE_ACCESS, expectations from the policy table. */
test("every role gets exactly the access the policy grants, on every route", async ({ baseURL }) => {
  const contexts = new Map<Persona, { request: APIRequestContext; actor: Actor | null }>();
  for (const persona of personas) {
    const request = await playwrightRequest.newContext({ baseURL });
    let actor: Actor | null = null;
    if (persona === "student") actor = { id: "student", ...(await signInWithApi(request, DEMO_STUDENT)) } as Actor;
    if (persona === "teacher") actor = { id: "teacher", ...(await signInWithApi(request, DEMO_TEACHER)) } as Actor;
    if (persona === "other teacher") {
      // A second teacher, created through the real sign-up form.
      const email = `matrix.${Date.now()}@school.example`;
      await createTeacherThroughUi(baseURL!, email);
      actor = { id: "other", ...(await signInWithApi(request, email, "matrix-password-1")) } as Actor;
    }
    contexts.set(persona, { request, actor });
  }

  const teacherHome = await (await contexts.get("teacher")!.request.get("/teacher")).text();
  const classId = /\/teacher\/classes\/([a-z0-9]+)/.exec(teacherHome)?.[1];
  expect(classId, "demo class link on the teacher home page").toBeTruthy();

  const failures: string[] = [];
  for (const route of ROUTE_ACCESS) {
    const path = route.path.replace(":classId", classId!);
    for (const persona of personas) {
      const { request, actor } = contexts.get(persona)!;
      const roleAllowed = isAllowed(actor, route.access);
      const allowed = roleAllowed && !(route.ownedByDemoTeacher && persona === "other teacher");
      const response = await request.get(path, { maxRedirects: 0 });
      const status = response.status();
      let expected: number[];
      if (allowed) expected = route.path === "/" && actor ? [307] : [200];
      else if (!actor && route.kind === "page") expected = [307];
      else if (!actor) expected = [401];
      else expected = [403];
      if (!expected.includes(status)) failures.push(`${persona} GET ${route.path}: got ${status}, expected ${expected.join("/")}`);
      if (!allowed && status !== 307) {
        const body = await response.text();
        if (body.includes("join code") || body.includes("student1@example.com")) {
          failures.push(`${persona} GET ${route.path}: refused, but the response contains class data`);
        }
      }
    }
  }
  expect(failures).toEqual([]);
  for (const { request } of contexts.values()) await request.dispose();
});

async function createTeacherThroughUi(baseURL: string, email: string) {
  const { chromium } = await import("@playwright/test");
  const config = test.info().project.use;
  const browser = await chromium.launch(config.launchOptions);
  const page = await browser.newPage({ baseURL });
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Other Teacher");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("matrix-password-1");
  await page.getByRole("radio", { name: "Teacher" }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/teacher$/);
  await browser.close();
}
