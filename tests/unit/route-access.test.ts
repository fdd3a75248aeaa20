import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROUTE_ACCESS } from "../../lib/auth/route-access";

/** Every page.tsx and route.ts under app/, as a URL pattern ("[id]" becomes one segment of anything). */
function appRoutes(dir = "app", prefix = ""): { file: string; pattern: RegExp }[] {
  const found: { file: string; pattern: RegExp }[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // Route groups such as (auth) add nothing to the URL.
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      found.push(...appRoutes(full, prefix + segment));
    } else if (entry.name === "page.tsx" || entry.name === "route.ts") {
      const source = (prefix || "/").replace(/\[[^\]]+\]/g, "[^/]+");
      found.push({ file: full, pattern: new RegExp(`^${source}$`) });
    }
  }
  return found;
}

describe("the authorization matrix's route list", () => {
  it("names every page and route handler in app/, so the matrix test requests each one", () => {
    const listed = ROUTE_ACCESS.map((route) => route.path.replace(/:[A-Za-z]+/g, "placeholder"));
    const missing = appRoutes()
      // next-auth's own endpoints are exercised by the sign-in tests.
      .filter(({ file }) => !file.includes("[...nextauth]"))
      .filter(({ pattern }) => !listed.some((p) => pattern.test(p)))
      .map(({ file }) => file);
    expect(missing).toEqual([]);
  });

  it("opens the account page to every signed-in person and teacher invitations to teachers only", () => {
    const accessOf = (path: string) => ROUTE_ACCESS.find((route) => route.path === path)?.access;
    expect(accessOf("/account")).toBe("account:use");
    expect(accessOf("/teacher/invitations")).toBe("teacher:invite");
    // Reached after the account is gone, so it cannot ask for a session; it shows nothing personal.
    expect(accessOf("/account/deleted")).toBe("public");
    expect(accessOf("/sign-up")).toBe("public");
  });

  it("lists no path twice for the same method", () => {
    const keys = ROUTE_ACCESS.map((route) => `${route.method ?? "GET"} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
