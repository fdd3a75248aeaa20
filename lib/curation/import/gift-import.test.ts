import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { grade } from "../../questions/grade";
import { giftBlockStarts, importGift } from "./gift-import";
import { importIsReady, type ImportContext } from "./import-types";

const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), "tests", "fixtures", "gift", name), "utf8");

const CONTEXT: ImportContext = {
  defaults: { category: "places", skill: "locate", difficulty: "1", topics: ["siege-of-wadi-deif"] },
  sources: [],
  studySets: [{ id: "siege-of-wadi-deif", title: "Siege of Wadi Deif" }],
};

describe("GIFT import", () => {
  it("maps every GIFT type we support, with the import page's category, skill and topics", () => {
    const result = importGift(fixture("every-type.gift"), CONTEXT);
    expect(result.fileProblems).toEqual([]);
    expect(result.lines.map((l) => [l.number, l.line, l.type, l.status])).toEqual([
      [1, 4, "multiple-choice", "ready"],
      [2, 11, "multiple-choice", "ready"],
      [3, 18, "true-false", "ready"],
      [4, 20, "typed", "ready"],
      [5, 26, "numeric", "ready"],
      [6, 28, "matching", "ready"],
    ]);
    expect(importIsReady(result)).toBe(true);
    const [single, many, tf, typed, numeric, matching] = result.questions;
    for (const q of result.questions) {
      expect(q).toMatchObject({ category: "places", skill: "locate", difficulty: 1, topics: ["siege-of-wadi-deif"], template: "teacher" });
    }
    expect(single).toMatchObject({ selectMany: false, explanation: "The governorate takes its name from its capital." });
    expect(many).toMatchObject({ selectMany: true });
    if (many?.type !== "multiple-choice") throw new Error("expected multiple choice");
    const right = many.options.filter((o) => many.answer.correct.includes(o.id)).map((o) => o.text);
    expect(right).toEqual(["Maarat al-Numan", "Taftanaz airbase"]);
    expect(tf).toMatchObject({ answer: { value: true }, explanation: "It guards the highway from the east." });
    expect(typed).toMatchObject({ answer: { text: "Maarat al-Numan" }, accept: ["Maarat al-Numan", "Maarrat al-Numan"] });
    expect(numeric).toMatchObject({ answer: { value: 60, min: 50, max: 70, display: "60" } });
    expect(grade(numeric!, { value: 55 }).score).toBe(1);
    expect(grade(numeric!, { value: 75 }).score).toBe(0);
    if (matching?.type !== "matching") throw new Error("expected matching");
    expect(matching.premises.map((p) => p.text)).toEqual(["Taftanaz", "Bab al-Hawa", "Wadi Deif"]);
  });

  it("turns a range low..high into min and max", () => {
    const result = importGift("How many fighters? {#1000..1500 ####Estimates vary.}", CONTEXT);
    expect(result.questions[0]).toMatchObject({ type: "numeric", answer: { value: 1250, min: 1000, max: 1500 } });
  });

  it("reports a syntax error with the parser's line and what it expected, and imports nothing", () => {
    const result = importGift(fixture("broken-syntax.gift"), CONTEXT);
    expect(result.lines).toEqual([]);
    expect(result.questions).toEqual([]);
    expect(result.fileProblems).toHaveLength(1);
    const [problem] = result.fileProblems;
    expect(problem!.line).toBeGreaterThanOrEqual(2);
    expect(problem!.problem).toMatch(/cannot be read/);
    expect(problem!.expected).toMatch(/Expected/);
    expect(importIsReady(result)).toBe(false);
  });

  it("refuses essays and questions the schema refuses, each with its starting line", () => {
    const result = importGift(fixture("unsupported.gift"), CONTEXT);
    expect(result.lines.map((l) => [l.line, l.type, l.status])).toEqual([
      [1, "multiple-choice", "ready"],
      [3, "Essay", "error"],
      [5, "multiple-choice", "error"],
      [11, "typed", "error"],
    ]);
    expect(result.lines[1]!.problems[0]).toMatchObject({ line: 3, problem: "Not supported: essay questions." });
    expect(result.lines[2]!.problems[0]).toMatchObject({ line: 5, problem: "Mark at least one choice as correct." });
    expect(result.lines[3]!.problems[0]).toMatchObject({ line: 11, problem: "The explanation can't be empty.", expected: expect.stringContaining("####") });
    expect(importIsReady(result)).toBe(false);
  });

  it("finds where blocks start, skipping comments and blank lines", () => {
    expect(giftBlockStarts("// note\n\nA {T}\n\n\n// x\nB {F}\nstill B\n")).toEqual([3, 7]);
  });

  it("refuses more than 500 questions", () => {
    const many = Array.from({ length: 501 }, (_, i) => `Question ${i}? {T####Yes.}`).join("\n\n");
    expect(importGift(many, CONTEXT).fileProblems[0]!.expected).toMatch(/at most 500/);
  });
});

describe("GIFT text formats", () => {
  it("shows [html] text as plain text, without tags", () => {
    const result = importGift("[html]Which <b>city</b> is the capital &amp; largest town?{=Idlib ~Hama ####It is <i>Idlib</i>.}", CONTEXT);
    expect(result.questions[0]).toMatchObject({ prompt: "Which city is the capital & largest town?", explanation: "It is Idlib." });
  });

  it("keeps GIFT's escaped characters as the characters they stand for", () => {
    const result = importGift("Is a\\=b written with \\{braces\\}?{T####Yes\\: it is.}", CONTEXT);
    expect(result.questions[0]).toMatchObject({ prompt: "Is a=b written with {braces}?", explanation: "Yes: it is." });
  });
});
