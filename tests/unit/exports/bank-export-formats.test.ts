/** `npm run bank:export -- --format F --set S --out FILE` writes each format for one study set and prints the report. */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import { planExport } from "@/lib/exports/export-questions";
import { EXPORT_FORMATS } from "@/lib/exports/shared";
import { DEFAULT_BANK_SEED, generateQuestionBank } from "@/lib/questions/bank";
import { checkAnki, checkCsv, checkGift, checkKahoot, checkQti, checkQuizlet, expectedQuestionCards } from "./check-exports";

const TSX = join(process.cwd(), "node_modules", ".bin", "tsx");
const dir = mkdtempSync(join(tmpdir(), "bank-export-formats-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const kb = loadKnowledgeBase();
const set = kb.studySets.find((s) => s.id === "siege-of-wadi-deif")!;
const questions = generateQuestionBank(kb, DEFAULT_BANK_SEED).questions.filter((q) => q.topics.includes(set.id));
const context = { title: set.title, sourceTitles: new Map(kb.sources.map((s) => [s.file, s.title])) };

describe("bank:export --format", () => {
  it("writes every format for a chosen set, each read back by its importer, and prints what it left out", { timeout: 120_000 }, async () => {
    for (const format of EXPORT_FORMATS) {
      const out = join(dir, `wadi-deif.${format}`);
      const printed = execFileSync(TSX, ["scripts/bank-export.ts", "--format", format, "--set", set.id, "--out", out], { encoding: "utf8" });
      const { kept, report } = planExport(questions, format);
      expect(printed).toContain(`wrote ${report.exported} of ${questions.length} questions as ${format}`);
      for (const item of report.leftOut) expect(printed).toContain(`${item.id}: ${item.reason}`);
      const bytes = readFileSync(out);
      if (format === "gift") checkGift(bytes.toString("utf8"), questions, report, context);
      if (format === "qti") await checkQti(bytes, questions, report);
      if (format === "apkg") await checkAnki(bytes, set.title, expectedQuestionCards(kept, context));
      if (format === "kahoot") checkKahoot(bytes, questions, report);
      if (format === "quizlet") checkQuizlet(bytes.toString("utf8"), kept, context);
      if (format === "csv") checkCsv(bytes, kept, context);
    }
  });

  it("refuses an unknown format or set with the usage", { timeout: 60_000 }, () => {
    const badFormat = spawnSync(TSX, ["scripts/bank-export.ts", "--format", "pdf", "--out", join(dir, "x")], { encoding: "utf8" });
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain('unknown format "pdf"');
    const badSet = spawnSync(TSX, ["scripts/bank-export.ts", "--format", "gift", "--set", "nope", "--out", join(dir, "x")], { encoding: "utf8" });
    expect(badSet.status).toBe(2);
    expect(badSet.stderr).toContain('unknown study set "nope"');
  });
});
