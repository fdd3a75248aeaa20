"use client";

import { useEffect } from "react";
import { afterPageLoad } from "@/components/layout/after-page-load";

const RENEWED_AT_KEY = "session-renewed-at";
const RENEW_EVERY_MS = 60 * 60_000;

/**
 * Keeps a session that is being used alive. Page loads and answers read the session cookie without
 * re-issuing it (re-encrypting on every request would double the cost of each answer), so at most
 * once an hour this asks next-auth's GET /api/auth/session, which checks the session's row and
 * re-issues the cookie with a fresh SESSION_MAX_AGE_DAYS lifetime. A session left unused expires.
 */
export function SessionKeepAlive() {
  useEffect(() => {
    try {
      if (Date.now() - Number(localStorage.getItem(RENEWED_AT_KEY) ?? 0) < RENEW_EVERY_MS) return;
    } catch {
      // Storage blocked: renew on every page load instead, which is still correct.
    }
    // After the page has loaded: the renewal is not needed to show it.
    return afterPageLoad(() => {
      try {
        localStorage.setItem(RENEWED_AT_KEY, String(Date.now()));
      } catch {
        // As above.
      }
      void fetch("/api/auth/session", { credentials: "same-origin", cache: "no-store" }).catch(() => undefined);
    });
  }, []);
  return null;
}
