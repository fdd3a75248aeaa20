import { describe, expect, it } from "vitest";
import { refuseMalformedPath } from "./url-path";

const statusOf = (path: string) => refuseMalformedPath(new Request(`http://localhost:3000${path}`))?.status ?? null;

describe("refuseMalformedPath", () => {
  it("lets through every path the app makes, encoded non-ASCII included", () => {
    for (const path of ["/", "/student/quiz/cmx99cvnf0000ku7dtfmx96ia", "/join/ABC234", `/api/attempts/${encodeURIComponent("é Ω/🙂")}/finish`, "/a%20b"]) {
      expect(statusOf(path), path).toBeNull();
    }
  });

  it("answers 400 to broken percent-escapes, which Next.js answers with 500", () => {
    for (const path of ["/api/attempts/%zz/finish", "/api/auth/%", "/student/quiz/%E0%A4%A", "/teacher/classes/%C0%AF"]) {
      expect(statusOf(path), path).toBe(400);
    }
  });
});
