/** `npm run bank:export` writes the documented JSON shape (docs/question-bank.md). */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const TSX = join(process.cwd(), "node_modules", ".bin", "tsx");
const dir = mkdtempSync(join(tmpdir(), "bank-export-"));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each test starts the CLI in its own process, which builds the whole bank: seconds, not milliseconds.
describe("bank:export", () => {
  it("writes version, generatedAt and every question with its key, and prints counts", { timeout: 60_000 }, () => {
    const out = join(dir, "nested", "bank.json");
    const printed = execFileSync(TSX, ["scripts/bank-export.ts", "--out", out], { encoding: "utf8" });
    expect(printed).toMatch(/wrote \d+ questions/);
    expect(printed).toMatch(/chronology\s+\d+/);
    expect(printed).toMatch(/beyond recall and sequence: \d+ of \d+/);

    const file = JSON.parse(readFileSync(out, "utf8"));
    expect(typeof file.version).toBe("string");
    expect(new Date(file.generatedAt).toISOString()).toBe(file.generatedAt);
    expect(file.questions.length).toBeGreaterThanOrEqual(400);
    for (const q of file.questions) {
      for (const field of ["id", "category", "type", "skill", "prompt", "answer", "explanation", "sources", "topics", "coreIn", "difficulty"])
        expect(q, `${q.id} lacks ${field}`).toHaveProperty(field);
      // Sources name the document by title for people, and keep the machine id.
      for (const source of q.sources) {
        expect(source.doc, q.id).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
        expect(source.title, q.id).not.toMatch(/\.txt$/);
        expect(source.title.length, q.id).toBeGreaterThan(5);
      }
      if (["multiple-choice", "ordering", "matching"].includes(q.type)) expect(q.options.length).toBeGreaterThan(1);
      if (q.type === "typed") expect(q.accept.length).toBeGreaterThan(0);
    }
  });

  it("explains its usage when --out is missing", { timeout: 60_000 }, () => {
    const result = spawnSync(TSX, ["scripts/bank-export.ts"], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("usage: npm run bank:export -- --out FILE");
  });
});
