/**
 * npm run bank:export -- --out FILE [--seed SEED]
 * npm run bank:export -- --format gift|qti|apkg|kahoot|quizlet|csv [--set SET_ID] --out FILE
 *
 * With --format: the questions (of one study set with --set, else the whole bank) as a file for
 * Moodle, a QTI LMS, Anki, Kahoot, Quizlet or a spreadsheet (docs/exports.md), and the export's
 * report (how many exported; each question left out, with the reason) printed.
 *
 * Without --format: writes the whole question bank, keys included, as JSON:
 * { "version": string, "generatedAt": ISO time, "questions": Question[] }, where
 * each question's `sources` carry the document's title beside its id:
 * [{ doc, title, section }].
 * The shape is documented in docs/question-bank.md. The file holds every
 * answer: it is for teachers and LMS imports, never for students.
 */
import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { loadKnowledgeBase } from "../lib/content/load-knowledge-base";
import { EXPORT_FORMATS, isExportFormat } from "../lib/exports/shared";
import { DEFAULT_BANK_SEED, generateQuestionBank } from "../lib/questions/bank";
import { QUESTION_CATEGORIES, QUESTION_TYPES, SKILLS } from "../lib/questions/types";

const USAGE = `usage: npm run bank:export -- --out FILE [--seed SEED]
       npm run bank:export -- --format ${EXPORT_FORMATS.join("|")} [--set SET_ID] --out FILE`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      seed: { type: "string", default: DEFAULT_BANK_SEED },
      format: { type: "string" },
      set: { type: "string" },
    },
  });
  if (!values.out) {
    console.error(USAGE);
    return 2;
  }
  const kb = loadKnowledgeBase();
  const bank = generateQuestionBank(kb, values.seed);
  if (values.format !== undefined || values.set !== undefined) {
    const format = values.format;
    if (format === undefined) {
      console.error(`--set needs --format\n${USAGE}`);
      return 2;
    }
    if (!isExportFormat(format)) {
      console.error(`unknown format "${format}": choose one of ${EXPORT_FORMATS.join(", ")}\n${USAGE}`);
      return 2;
    }
    const set = values.set === undefined ? undefined : kb.studySets.find((s) => s.id === values.set);
    if (values.set !== undefined && !set) {
      console.error(`unknown study set "${values.set}": choose one of ${kb.studySets.map((s) => s.id).join(", ")}`);
      return 2;
    }
    const questions = set ? bank.questions.filter((q) => q.topics.includes(set.id)) : bank.questions;
    const sourceTitles = new Map(kb.sources.map((source) => [source.file, source.title]));
    // Loaded only here: the writers pull in exceljs, yazl and SQLite, which the JSON export does not need.
    const { exportQuestions } = await import("../lib/exports/export-questions");
    const file = exportQuestions(questions, format, { title: set?.title ?? "Idlib and Aleppo 2012–13", sourceTitles });
    const out = resolve(values.out);
    mkdirSync(dirname(out), { recursive: true });
    await pipeline(file.body, createWriteStream(out));
    console.log(`wrote ${file.report.exported} of ${questions.length} questions as ${format} to ${values.out}`);
    if (file.report.leftOut.length > 0) {
      console.log(`left out ${file.report.leftOut.length}:`);
      for (const item of file.report.leftOut) console.log(`  ${item.id}: ${item.reason} (“${item.prompt}”)`);
    }
    return 0;
  }
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

process.exitCode = await main();
