/**
 * The service worker: keeps the app shell and the quizzes a student opened on
 * this device, so a quiz reloaded without a connection still shows its
 * questions and the answers waiting in localStorage (the quiz runner sends
 * those itself when the connection returns). Built by esbuild through
 * app/serwist/[path]/route.ts and served as /serwist/sw.js; type-checked with
 * tsconfig.sw.json (it runs in a worker, not a window). What is cached and
 * why: docs/decisions/012-offline-app-shell.md.
 */
import { ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, StaleWhileRevalidate } from "serwist";
import type { PrecacheEntry, RouteMatchCallbackOptions, SerwistGlobalConfig, SerwistPlugin } from "serwist";
import {
  OFFLINE_PAGE,
  PERSONAL_CACHES,
  QUIZ_DATA_CACHE,
  QUIZ_PAGES_CACHE,
  QUIZ_PAGES_MAX,
  QUIZ_PAGES_MAX_AGE_SECONDS,
  QUIZ_PAGE_TIMEOUT_SECONDS,
  isQuizDataRequest,
  isQuizPageRequest,
  isSavableQuizPage,
  isSessionChange,
  type RequestFacts,
} from "../components/offline/cache-rules";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    /** Replaced at build time by the list of static files (Next's chunks and CSS) and the offline page. */
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const facts = ({ url, sameOrigin, request }: RouteMatchCallbackOptions): RequestFacts => ({
  url,
  sameOrigin,
  method: request.method,
  mode: request.mode,
  headers: request.headers,
});

async function forgetQuizPage(request: Request) {
  const cache = await caches.open(QUIZ_PAGES_CACHE);
  await cache.delete(request.url, { ignoreVary: true });
}

/**
 * Only the student's own page is kept. A redirect (signed out, quiz finished), a 404 or a 403 also
 * drops the copy saved earlier; a server error keeps it, since the quiz may well work again soon.
 */
const quizPageRules: SerwistPlugin = {
  cacheWillUpdate: async ({ request, response }) => {
    if (isSavableQuizPage(response)) return response;
    if (response.status < 500) await forgetQuizPage(request);
    return null;
  },
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  // Precached files are the same for everyone; without cookies the offline page is rendered signed out,
  // so it never carries the name of whoever was signed in when the worker installed. A few at a time,
  // so the download leaves room for the pages the student is opening meanwhile.
  precacheOptions: { fetchOptions: { credentials: "omit" }, cleanupOutdatedCaches: true, concurrency: 3 },
  // A new worker takes over open tabs at once (see the decision record for why that is safe here).
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: true,
  disableDevLogs: true,
  runtimeCaching: [
    {
      matcher: (options) => isQuizPageRequest(facts(options)),
      handler: new NetworkFirst({
        cacheName: QUIZ_PAGES_CACHE,
        networkTimeoutSeconds: QUIZ_PAGE_TIMEOUT_SECONDS,
        // Only HTML documents live in this cache, so Next's Vary headers (RSC, router state) need not match.
        matchOptions: { ignoreVary: true },
        plugins: [
          quizPageRules,
          new ExpirationPlugin({ maxEntries: QUIZ_PAGES_MAX, maxAgeSeconds: QUIZ_PAGES_MAX_AGE_SECONDS, maxAgeFrom: "last-used" }),
        ],
      }),
    },
    {
      matcher: (options) => isQuizDataRequest(facts(options)),
      handler: new StaleWhileRevalidate({
        cacheName: QUIZ_DATA_CACHE,
        plugins: [new ExpirationPlugin({ maxEntries: 4, maxAgeSeconds: 30 * 24 * 60 * 60 })],
      }),
    },
    // Every other page comes from the network only; when that fails, the offline page (below) answers.
    { matcher: ({ request }) => request.mode === "navigate", handler: new NetworkOnly() },
  ],
  fallbacks: { entries: [{ url: OFFLINE_PAGE, matcher: ({ request }) => request.destination === "document" }] },
});

async function clearPersonalCaches() {
  await Promise.all(PERSONAL_CACHES.map((name) => caches.delete(name)));
}

/**
 * After an update the saved quiz pages name the previous build's chunks, which the new precache no
 * longer holds: fetch them again while the connection is there, and drop those that are gone.
 */
async function refreshSavedQuizPages() {
  if (!(await caches.has(QUIZ_PAGES_CACHE))) return;
  const cache = await caches.open(QUIZ_PAGES_CACHE);
  for (const saved of await cache.keys()) {
    try {
      const response = await fetch(saved.url, { headers: { accept: "text/html" }, credentials: "same-origin" });
      if (isSavableQuizPage(response)) await cache.put(saved.url, response);
      else if (response.status < 500) await cache.delete(saved, { ignoreVary: true });
    } catch {
      // Offline now: keep the copy, it is still the student's best chance.
    }
  }
}

// Registered before Serwist's own listeners. A person signing in or out must never be shown pages saved
// for someone else. The request itself goes to the network untouched (no respondWith).
self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (isSessionChange({ url, sameOrigin: url.origin === self.location.origin, method: event.request.method })) {
    event.waitUntil(clearPersonalCaches());
  }
});
// Not held in waitUntil: pages wait for an activating worker, and must not wait for these fetches.
self.addEventListener("activate", () => void refreshSavedQuizPages().catch(() => undefined));

serwist.addEventListeners();
