/**
 * What the service worker (app/sw.ts) keeps on this device, as plain functions
 * the worker, the page and the unit tests share. Everything else goes to the
 * network as if there were no worker: API calls (answers, ratings, CSV
 * exports), teacher pages, RSC payloads, the results page. See
 * docs/decisions/012-offline-app-shell.md.
 */

/** Quiz pages the student opened: network first, this copy when the network fails. One person's data. */
export const QUIZ_PAGES_CACHE = "quiz-pages";
/** The governorate map that map questions fetch: the same for everyone, key-free. */
export const QUIZ_DATA_CACHE = "quiz-data";
/** The caches that hold one person's pages, emptied at sign-in and sign-out. */
export const PERSONAL_CACHES = [QUIZ_PAGES_CACHE] as const;

/** The page shown for a navigation that fails with nothing saved for it. Precached, rendered signed out. */
export const OFFLINE_PAGE = "/offline";
/** Where the worker is served from (app/serwist/[path]/route.ts); its scope is the whole site. */
export const SERVICE_WORKER_URL = "/serwist/sw.js";

/** A slower answer than this shows the saved copy of a quiz page (the network's answer still refreshes it). */
export const QUIZ_PAGE_TIMEOUT_SECONDS = 4;
export const QUIZ_PAGES_MAX = 10;
export const QUIZ_PAGES_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

/** The message a page sends the worker to save (or refresh) its saved copy of the page at `path`. */
export function saveQuizPageMessage(path: string) {
  return { type: "CACHE_URLS", payload: { urlsToCache: [[path, { headers: { accept: "text/html" } }]] } } as const;
}

const QUIZ_PAGE_PATH = /^\/student\/quiz\/[^/]+$/;

/** The quiz itself, not its results page (which shows every correct answer). */
export function isQuizPagePath(pathname: string): boolean {
  return QUIZ_PAGE_PATH.test(pathname);
}

/** The parts of a fetch the rules look at: enough to test them without a browser. */
export interface RequestFacts {
  url: URL;
  sameOrigin: boolean;
  method: string;
  /** "navigate" for a page the browser opens. */
  mode: string;
  headers: { get(name: string): string | null };
}

/** The HTML of a quiz page: a navigation, or the page asking the worker to save it. Never its RSC payload. */
export function isQuizPageRequest({ url, sameOrigin, method, mode, headers }: RequestFacts): boolean {
  if (!sameOrigin || method !== "GET" || !isQuizPagePath(url.pathname)) return false;
  if (headers.get("rsc") !== null || url.searchParams.has("_rsc")) return false;
  return mode === "navigate" || (headers.get("accept") ?? "").includes("text/html");
}

/** The map data quizzes fetch: public, key-free, fixed per build. */
export function isQuizDataRequest({ url, sameOrigin, method }: RequestFacts): boolean {
  return sameOrigin && method === "GET" && url.pathname === "/api/map/governorates";
}

/** The page itself, for this user: not a redirect (signed out, quiz finished), an error or a 404. */
export function isSavableQuizPage(response: { status: number; redirected: boolean; type: string }): boolean {
  return response.status === 200 && !response.redirected && response.type === "basic";
}

/** Signing in or out through next-auth: whatever was saved for the previous person must go. */
export function isSessionChange({ url, sameOrigin, method }: Pick<RequestFacts, "url" | "sameOrigin" | "method">): boolean {
  if (!sameOrigin || method !== "POST") return false;
  return url.pathname === "/api/auth/signout" || url.pathname.startsWith("/api/auth/callback/");
}
