"use client";

import { useState, useSyncExternalStore } from "react";
import { THEME_COOKIE, type Theme } from "./theme";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;
const DARK_QUERY = "(prefers-color-scheme: dark)";

function subscribeToSystemTheme(onChange: () => void) {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/**
 * "Dark theme" as a toggle button. Without a saved choice the page follows the system, and so does the
 * button; pressing it saves a choice in a cookie, which the server renders from then on.
 */
export function ThemeToggle({ saved }: { saved: Theme | undefined }) {
  const [chosen, setChosen] = useState<Theme | undefined>(saved);
  const systemIsDark = useSyncExternalStore(
    subscribeToSystemTheme,
    () => window.matchMedia(DARK_QUERY).matches,
    () => false,
  );
  const theme = chosen ?? (systemIsDark ? "dark" : "light");

  function choose(next: Theme) {
    document.documentElement.dataset.theme = next;
    document.cookie = `${THEME_COOKIE}=${next}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
    setChosen(next);
  }

  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={theme === "dark"}
      onClick={() => choose(theme === "dark" ? "light" : "dark")}
    >
      Dark theme
    </button>
  );
}
