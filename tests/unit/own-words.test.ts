/**
 * Content honesty: everything the app says is in its own words. No run of ten
 * words in the knowledge base or the question bank may repeat a run from the
 * source documents. The documents live beside the project (../shared/seeds) and
 * are not copied into it; without them this check is skipped, except in CI.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../lib/content/load-knowledge-base";
import { generateQuestionBank } from "../../lib/questions/bank";

const SEEDS_DIR = resolve(process.cwd(), "../shared/seeds");
const RUN_LENGTH = 10;
const haveSeeds = existsSync(SEEDS_DIR);

function words(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[‘’ʿʾ'`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function runs(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + RUN_LENGTH <= w.length; i++) out.push(w.slice(i, i + RUN_LENGTH).join(" "));
  return out;
}

function sourceRuns(): Set<string> {
  const all = new Set<string>();
  for (const file of readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")))
    for (const run of runs(readFileSync(join(SEEDS_DIR, file), "utf8"))) all.add(run);
  return all;
}

describe.skipIf(!haveSeeds && !process.env.CI)("own words", () => {
  it("finds the source documents (they must sit beside the project in CI)", () => {
    expect(haveSeeds, `no source documents at ${SEEDS_DIR}`).toBe(true);
  });

  it("repeats no ten-word run of a source document in content or questions", () => {
    const copied = sourceRuns();
    const kb = loadKnowledgeBase();
    const texts: [string, string][] = [
      ...kb.events.map((e): [string, string] => [`event ${e.id}`, `${e.title}. ${e.summary}`]),
      ...kb.events.flatMap((e) => e.alternativeDates.map((a): [string, string] => [`event ${e.id} date note`, a.note])),
      ...kb.forces.map((f): [string, string] => [`force ${f.id}`, f.description]),
      ...kb.places.map((p): [string, string] => [`place ${p.id}`, p.description ?? ""]),
      ...kb.discrepancies.map((d): [string, string] => [`discrepancy ${d.id}`, d.summary]),
      ...kb.figures.flatMap((f) => f.claims.map((c): [string, string] => [`figure ${f.id}`, `${f.subject}. ${c.note ?? ""}`])),
      ...kb.studySets.map((s): [string, string] => [`study set ${s.id}`, s.description]),
      ...generateQuestionBank(kb).questions.map((q): [string, string] => [`question ${q.id}`, `${q.prompt} ${q.explanation}`]),
    ];
    const offenders = texts.flatMap(([where, text]) => {
      const hit = runs(text).find((r) => copied.has(r));
      return hit ? [`${where}: "${hit}"`] : [];
    });
    expect(offenders).toEqual([]);
  });
});
