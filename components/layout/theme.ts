/** The reader's colour theme choice, kept in a cookie so the server renders it and the page never flashes. */
export const THEME_COOKIE = "theme";

export type Theme = "light" | "dark";

/** The saved choice, or undefined to follow the system (no cookie, or a value we did not write). */
export function themeFromCookie(value: string | undefined): Theme | undefined {
  return value === "light" || value === "dark" ? value : undefined;
}
