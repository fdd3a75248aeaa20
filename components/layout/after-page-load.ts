/**
 * Runs work the page does not need to show itself (registering the offline worker, fetching data for a
 * later question) once the page has loaded and the main thread is idle, so it never competes with
 * hydration on a slow phone. `maxWaitMs` bounds the wait for an idle moment. Returns a cancel function
 * for an effect's cleanup.
 */
export function afterPageLoad(task: () => void, maxWaitMs = 3000): () => void {
  let cancelIdle: (() => void) | undefined;
  const whenIdle = () => {
    if (typeof window.requestIdleCallback === "function") {
      const handle = window.requestIdleCallback(task, { timeout: maxWaitMs });
      cancelIdle = () => window.cancelIdleCallback(handle);
    } else {
      // Safari has no requestIdleCallback: a short delay still lets hydration finish first.
      const handle = window.setTimeout(task, 200);
      cancelIdle = () => window.clearTimeout(handle);
    }
  };
  if (document.readyState === "complete") {
    whenIdle();
    return () => cancelIdle?.();
  }
  window.addEventListener("load", whenIdle, { once: true });
  return () => {
    window.removeEventListener("load", whenIdle);
    cancelIdle?.();
  };
}
