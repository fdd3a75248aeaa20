import { PERSONAL_CACHES } from "./cache-rules";

/**
 * Deletes the pages this device saved for the person signed in (their quizzes). Sign-out calls it
 * before leaving the page. The service worker does the same when it sees next-auth's sign-in or
 * sign-out request go by; this covers a sign-out that does not go through next-auth's endpoint,
 * and a browser where the worker is not running yet.
 */
export async function clearSavedPages(): Promise<void> {
  if (typeof caches === "undefined") return;
  await Promise.all(PERSONAL_CACHES.map((name) => caches.delete(name).catch(() => false)));
}
