import { useEffect, useRef } from "react";
import { saveQuizPageMessage } from "./cache-rules";

/**
 * Keeps this device's copy of the quiz page as the server last rendered it, so a reload without a
 * connection shows every answer stored so far. The service worker saves a page the browser loads
 * itself; this asks it to save the page when the student arrived by a client-side navigation (no
 * HTML was loaded then), when the worker first takes control, and again each time `answeredCount`
 * grows, i.e. after the server stored an answer. One extra page request per answer is the price.
 */
export function useSavedQuizPage(answeredCount: number) {
  const firstRun = useRef(true);
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const container = navigator.serviceWorker;
    const save = () => {
      if (navigator.onLine) container.controller?.postMessage(saveQuizPageMessage(location.pathname));
    };
    const loadedThroughWorker =
      container.controller !== null && performance.getEntriesByType("navigation")[0]?.name === location.href;
    if (!(firstRun.current && loadedThroughWorker)) save();
    firstRun.current = false;
    container.addEventListener("controllerchange", save);
    return () => container.removeEventListener("controllerchange", save);
  }, [answeredCount]);
}
