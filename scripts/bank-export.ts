/**
 * npm run bank:export -- --out FILE [--seed SEED]
 *
 * Writes the whole question bank, keys included, as JSON:
 * { "version": string, "generatedAt": ISO time, "questions": Question[] }, where
 * each question's `sources` carry the document's title beside its id:
 * [{ doc, title, section }].
 * The shape is documented in docs/question-bank.md. The file holds every
 * answer: it is for teachers and LMS imports, never for students.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadKnowledgeBase } from "../content/index";
import { DEFAULT_BANK_SEED, generateQuestionBank } from "../lib/questions/bank";
import { QUESTION_CATEGORIES, QUESTION_TYPES, SKILLS } from "../lib/questions/types";

function main(): number {
  const { values } = parseArgs({
    options: { out: { type: "string" }, seed: { type: "string", default: DEFAULT_BANK_SEED } },
  });
  if (!values.out) {
    console.error("usage: npm run bank:export -- --out FILE [--seed SEED]");
    return 2;
  }
  const kb = loadKnowledgeBase();
  const bank = generateQuestionBank(kb, values.seed);
  const titleOf = new Map(kb.sources.map((source) => [source.file, source.title]));
  const questions = bank.questions.map((q) => ({
    ...q,
    sources: q.sources.map((c) => ({ doc: c.doc, title: titleOf.get(c.doc) ?? c.doc, section: c.section })),
  }));
  const file = resolve(values.out);
  mkdirSync(dirname(file), { recursive: true });
  const payload = { version: bank.version, generatedAt: new Date().toISOString(), questions };
  writeFileSync(file, `${JSON.stringify(payload, null, 2)}\n`);

  // Counts by category × type, so a glance shows the spread.
  const header = ["category", ...QUESTION_TYPES, "total"];
  const rows = QUESTION_CATEGORIES.map((category) => {
    const inCategory = bank.questions.filter((q) => q.category === category);
    return [category, ...QUESTION_TYPES.map((t) => String(inCategory.filter((q) => q.type === t).length)), String(inCategory.length)];
  });
  rows.push(["total", ...QUESTION_TYPES.map((t) => String(bank.questions.filter((q) => q.type === t).length)), String(bank.questions.length)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(`wrote ${bank.questions.length} questions (bank version ${bank.version}) to ${values.out}\n`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));

  // Skills by category: how much of the bank asks more than recall and sequence.
  const skillHeader = ["category", ...SKILLS, "total"];
  const skillRows = QUESTION_CATEGORIES.map((category) => {
    const inCategory = bank.questions.filter((q) => q.category === category);
    return [category, ...SKILLS.map((s) => String(inCategory.filter((q) => q.skill === s).length)), String(inCategory.length)];
  });
  skillRows.push(["total", ...SKILLS.map((s) => String(bank.questions.filter((q) => q.skill === s).length)), String(bank.questions.length)]);
  const skillWidths = skillHeader.map((h, i) => Math.max(h.length, ...skillRows.map((r) => r[i]!.length)));
  const skillLine = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(skillWidths[i]!) : c.padStart(skillWidths[i]!))).join("  ");
  const beyond = bank.questions.filter((q) => q.skill !== "recall" && q.skill !== "sequence").length;
  console.log("");
  console.log(skillLine(skillHeader));
  for (const row of skillRows) console.log(skillLine(row));
  console.log(`\nbeyond recall and sequence: ${beyond} of ${bank.questions.length} (${((100 * beyond) / bank.questions.length).toFixed(1)}%)`);
  return 0;
}

process.exitCode = main();
