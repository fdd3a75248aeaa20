"use client";

/** Loads the page the student asked for again: the address bar still shows it, not /offline. */
export function TryAgainButton() {
  return (
    <button type="button" className="button" onClick={() => window.location.reload()}>
      Try again
    </button>
  );
}
