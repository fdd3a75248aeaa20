import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../content/load-knowledge-base";
import { questionCsvHeader, questionCsvRow } from "../../exports/question-csv";
import { generateQuestionBank } from "../../questions/bank";
import { CSV_COLUMN_NAMES, joinListCell } from "../../questions/csv-layout";
import type { Question } from "../../questions/types";
import { importCsv } from "./csv-import";
import { importIsReady, type ImportContext } from "./import-types";

let bank: Question[];
let context: ImportContext;

beforeAll(() => {
  const kb = loadKnowledgeBase();
  bank = generateQuestionBank(kb).questions;
  context = {
    defaults: { category: "chronology", skill: "recall", difficulty: "2", topics: [] },
    sources: kb.sources.map((s) => ({ file: s.file, title: s.title, sections: [...s.sections] })),
    studySets: kb.studySets.map((s) => ({ id: s.id, title: s.title })),
  };
});

/** The parts of a question a teacher cares about, with option ids replaced by their text. */
function keyView(q: Question): unknown {
  const text = (options: readonly { id: string; text: string }[], id: string) => options.find((o) => o.id === id)?.text;
  const common = { type: q.type, prompt: q.prompt, explanation: q.explanation, category: q.category, skill: q.skill, difficulty: q.difficulty, topics: q.topics };
  switch (q.type) {
    case "multiple-choice":
      return { ...common, selectMany: q.selectMany, options: q.options.map((o) => o.text).sort(), correct: q.answer.correct.map((id) => text(q.options, id)).sort() };
    case "true-false":
      return { ...common, value: q.answer.value };
    case "ordering":
      return { ...common, order: q.answer.order.map((id) => text(q.options, id)) };
    case "matching":
      return {
        ...common,
        pairs: q.premises.map((p) => [p.text, text(q.options, q.answer.pairs[p.id]!)]),
        options: q.options.map((o) => o.text).sort(),
      };
    case "typed":
      return { ...common, answer: q.answer.text, accept: [...new Set(q.accept)].sort() };
    case "numeric":
      return { ...common, unit: q.unit, value: q.answer.value, min: q.answer.min, max: q.answer.max };
    case "map-pin":
      return { ...common, answer: q.answer };
  }
}

describe("CSV import", () => {
  it("imports back what the CSV export writes: every generated question, with the same key", () => {
    const sourceTitles = new Map(loadKnowledgeBase().sources.map((s) => [s.file, s.title]));
    const sample = bank.filter((_, i) => i % 3 === 0).slice(0, 500);
    const csv = questionCsvHeader() + sample.map((q) => questionCsvRow(q, { title: "Round trip", sourceTitles })).join("");
    const result = importCsv(csv, context);
    expect(result.fileProblems).toEqual([]);
    expect(result.lines.filter((l) => l.status === "error").map((l) => `${l.line}: ${l.problems.map((p) => p.problem).join("; ")}`)).toEqual([]);
    expect(result.questions).toHaveLength(sample.length);
    result.questions.forEach((imported, i) => {
      expect(keyView(imported)).toEqual(keyView(sample[i]!));
      expect(imported.sources).toEqual(sample[i]!.sources.slice(0, 1));
    });
    expect(new Set(sample.map((q) => q.type)).size).toBe(7);
  });

  it("reads a hand-written sheet: list cells, escaped bars, empty difficulty, a free-text citation", () => {
    const header = CSV_COLUMN_NAMES.join(",");
    const row = (cells: Record<string, string>) => CSV_COLUMN_NAMES.map((name) => `"${(cells[name] ?? "").replace(/"/g, '""')}"`).join(",");
    const csv = [
      header,
      row({
        type: "multiple-choice",
        category: "places",
        skill: "locate",
        prompt: "Which is a crossing?",
        choices: joinListCell(["Bab al-Hawa", "Idlib | city"]),
        correct_choices: "Bab al-Hawa",
        explanation: "It is on the Turkish border.",
        citation: "Class textbook, p. 42",
      }),
      row({ type: "ordering", category: "chronology", skill: "sequence", prompt: "Order these.", order_items: "A | B | C", explanation: "By date." }),
    ].join("\n");
    const result = importCsv(csv, context);
    expect(importIsReady(result)).toBe(true);
    const [mc, ordering] = result.questions;
    expect(mc).toMatchObject({ difficulty: 2, sourceNote: "Class textbook, p. 42", sources: [] });
    if (mc?.type !== "multiple-choice") throw new Error("expected multiple choice");
    expect(mc.options.map((o) => o.text)).toEqual(["Bab al-Hawa", "Idlib | city"]);
    expect(ordering).toMatchObject({ type: "ordering", skill: "sequence" });
  });

  it("reports each bad row with its row number, what is wrong and what was expected", () => {
    const csv = [
      "type,category,skill,prompt,choices,correct_choices,statement_true,explanation,lat,lon,full_credit_km,partial_credit_km,place_name",
      "true-false,places,recall,Idlib is in Syria.,,,true,It is.,,,,,",
      "multiple-choice,places,recall,Pick one,A | B,C,,Because.,,,,,",
      "essay,places,recall,Write,,,,x,,,,,",
      "map-pin,places,locate,Where is London?,,,,Far away.,51.5,-0.1,10,30,London",
      "true-false,sideways,recall,Bad category,,,maybe,Because.,,,,,",
    ].join("\r\n");
    const result = importCsv(csv, context);
    expect(importIsReady(result)).toBe(false);
    expect(result.lines.map((l) => [l.line, l.status])).toEqual([
      [2, "ready"],
      [3, "error"],
      [4, "error"],
      [5, "error"],
      [6, "error"],
    ]);
    expect(result.lines[1]!.problems[0]).toMatchObject({ line: 3, problem: "“C” is in correct_choices but not in choices." });
    expect(result.lines[2]!.problems[0]).toMatchObject({ line: 4, problem: "Unknown question type “essay”." });
    expect(result.lines[3]!.problems.map((p) => p.problem).join()).toContain("The latitude must be between 32 and 38");
    const badRow = result.lines[4]!.problems.map((p) => `${p.problem} / ${p.expected}`).join("\n");
    expect(badRow).toContain("Choose a category");
    expect(badRow).toContain("Say whether the statement is true or false. / true or false in statement_true");
  });

  it("refuses a header it does not know, naming the columns it expects", () => {
    const result = importCsv("kind,question\nx,y\n", context);
    expect(result.fileProblems[0]).toMatchObject({ line: 1, problem: "The header row has no type or prompt column." });
  });
});
