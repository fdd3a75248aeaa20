"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { afterPageLoad } from "@/components/layout/after-page-load";
import { SERVICE_WORKER_URL } from "./cache-rules";

/** Student pages: the offline shell is for quizzes, so teachers and visitors never download it. */
const WANTS_OFFLINE_SHELL = /^\/student(\/|$)/;

let registered = false;

/**
 * Registers the service worker (app/sw.ts) in production builds, once a student page is shown: in
 * `next dev` a worker would serve stale pages while the code changes, so there it removes any worker a
 * production build left on the same address. Registered from this effect, not an inline script, so the
 * strict CSP needs nothing but `worker-src 'self'`. It waits for the page's load and an idle moment:
 * installing the worker downloads the app's static files, which should not compete with the page being opened.
 */
export function ServiceWorkerRegistration() {
  const pathname = usePathname();
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    if (process.env.NODE_ENV !== "production") {
      void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((registration) => void registration.unregister()));
      return;
    }
    if (registered || !WANTS_OFFLINE_SHELL.test(pathname)) return;
    const register = () => {
      registered = true;
      navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: "/" }).catch(() => {
        registered = false;
      });
    };
    return afterPageLoad(register);
  }, [pathname]);
  return null;
}
