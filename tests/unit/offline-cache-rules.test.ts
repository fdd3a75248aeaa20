/**
 * What the service worker keeps on the device (components/offline/cache-rules.ts): the quiz page's
 * HTML and the public map data, and nothing else: no API call, no RSC payload, no results page (it
 * shows the correct answers), no teacher page.
 */
import { describe, expect, it } from "vitest";
import {
  isQuizDataRequest,
  isQuizPageRequest,
  isSavableQuizPage,
  isSessionChange,
  saveQuizPageMessage,
  type RequestFacts,
} from "@/components/offline/cache-rules";

const ORIGIN = "https://study.example.org";

function request(path: string, over: Partial<Omit<RequestFacts, "url" | "headers">> & { headers?: Record<string, string> } = {}): RequestFacts {
  const headers = new Headers(over.headers ?? {});
  return { sameOrigin: true, method: "GET", mode: "navigate", ...over, url: new URL(path, ORIGIN), headers };
}

describe("quiz pages", () => {
  it("keeps the quiz page the browser opens, and the one the page asks the worker to save", () => {
    expect(isQuizPageRequest(request("/student/quiz/abc123"))).toBe(true);
    const [path, init] = saveQuizPageMessage("/student/quiz/abc123").payload.urlsToCache[0];
    expect(isQuizPageRequest(request(path, { mode: "cors", headers: init.headers }))).toBe(true);
  });

  it("never keeps the results page, an RSC payload, another site's page or a POST", () => {
    expect(isQuizPageRequest(request("/student/quiz/abc123/summary"))).toBe(false);
    expect(isQuizPageRequest(request("/student/quiz/abc123?_rsc=1x2y", { mode: "cors", headers: { rsc: "1" } }))).toBe(false);
    expect(isQuizPageRequest(request("/student/quiz/abc123", { mode: "cors", headers: { rsc: "1", accept: "text/html" } }))).toBe(false);
    expect(isQuizPageRequest(request("/student/quiz/abc123", { sameOrigin: false }))).toBe(false);
    expect(isQuizPageRequest(request("/student/quiz/abc123", { method: "POST" }))).toBe(false);
    // A script's fetch of the same address that does not ask for HTML.
    expect(isQuizPageRequest(request("/student/quiz/abc123", { mode: "cors" }))).toBe(false);
  });

  it("keeps no other page: teacher pages, the study home, the answer API", () => {
    for (const path of ["/teacher/classes/c1/students/s1", "/teacher", "/student", "/student/progress", "/api/attempts/abc/responses"]) {
      expect(isQuizPageRequest(request(path)), path).toBe(false);
      expect(isQuizDataRequest(request(path, { mode: "cors" })), path).toBe(false);
    }
  });

  it("saves only the student's own page: no redirect, error or someone else's 404", () => {
    expect(isSavableQuizPage({ status: 200, redirected: false, type: "basic" })).toBe(true);
    // Followed to the sign-in page or the results page.
    expect(isSavableQuizPage({ status: 200, redirected: true, type: "basic" })).toBe(false);
    // A navigation's redirect, not followed.
    expect(isSavableQuizPage({ status: 0, redirected: false, type: "opaqueredirect" })).toBe(false);
    expect(isSavableQuizPage({ status: 404, redirected: false, type: "basic" })).toBe(false);
    expect(isSavableQuizPage({ status: 500, redirected: false, type: "basic" })).toBe(false);
  });
});

describe("quiz data", () => {
  it("keeps the public governorate map, fetched by quizzes with a map question", () => {
    expect(isQuizDataRequest(request("/api/map/governorates", { mode: "cors" }))).toBe(true);
    expect(isQuizDataRequest(request("/api/map/governorates", { method: "POST" }))).toBe(false);
  });
});

describe("sign-in and sign-out", () => {
  it("are seen, so the pages saved for the previous person are deleted", () => {
    const post = (path: string) => ({ url: new URL(path, ORIGIN), sameOrigin: true, method: "POST" });
    expect(isSessionChange(post("/api/auth/signout"))).toBe(true);
    expect(isSessionChange(post("/api/auth/callback/credentials"))).toBe(true);
    expect(isSessionChange({ ...post("/api/auth/signout"), method: "GET" })).toBe(false);
    expect(isSessionChange(post("/api/attempts/abc/responses"))).toBe(false);
  });
});
