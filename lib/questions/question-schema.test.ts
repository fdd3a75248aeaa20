import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../content/load-knowledge-base";
import { generateQuestionBank } from "./bank";
import { parseQuestion, QuestionSchema } from "./question-schema";
import { SAMPLE_QUESTIONS } from "./test-fixtures";
import type { Question, QuestionBank } from "./types";

let bank: QuestionBank;

beforeAll(() => {
  bank = generateQuestionBank(loadKnowledgeBase());
});

describe("generated questions", () => {
  it("every question in the bank passes the schema unchanged", () => {
    const failures: string[] = [];
    for (const question of bank.questions) {
      const parsed = QuestionSchema.safeParse(question);
      if (!parsed.success) failures.push(`${question.id}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
      else expect(parsed.data).toEqual(question);
    }
    expect(failures).toEqual([]);
    expect(bank.questions.length).toBeGreaterThan(100);
  });
});

const valid = SAMPLE_QUESTIONS;

/** The messages for `question` after `change`, or [] when it passes. */
function messagesFor<T extends Question["type"]>(type: T, change: (q: Extract<Question, { type: T }>) => unknown): string[] {
  const copy = structuredClone(valid[type]) as Extract<Question, { type: T }>;
  const result = parseQuestion(change(copy) ?? copy);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

describe("teacher questions", () => {
  it("accepts one valid question of each type", () => {
    for (const question of Object.values(valid)) expect(parseQuestion(question)).toMatchObject({ ok: true });
  });

  it("accepts a free-text citation", () => {
    expect(parseQuestion({ ...valid["true-false"], sourceNote: "Class textbook, p. 42" })).toMatchObject({ ok: true });
  });

  it("refuses an unknown type and says which types exist", () => {
    expect(messagesFor("true-false", (q) => ({ ...q, type: "essay" })).join()).toContain("multiple-choice, true-false");
  });

  it("refuses empty, overlong and hidden-character text with the field's name", () => {
    expect(messagesFor("true-false", (q) => void (q.prompt = "  "))).toEqual(["prompt: The question can't be empty."]);
    expect(messagesFor("true-false", (q) => void (q.prompt = "x".repeat(501)))).toEqual([
      "prompt: The question must be at most 500 characters.",
    ]);
    expect(messagesFor("true-false", (q) => void (q.explanation = "y".repeat(2001)))).toEqual([
      "explanation: The explanation must be at most 2000 characters.",
    ]);
    expect(messagesFor("multiple-choice", (q) => void (q.options[1]!.text = "z".repeat(201)))).toEqual([
      "options.1.text: A choice must be at most 200 characters.",
    ]);
    expect(messagesFor("true-false", (q) => void (q.prompt = "abc\u202Edef")).join()).toContain("right-to-left override");
  });

  it("refuses a difficulty outside 1–3 and an unknown skill", () => {
    expect(messagesFor("true-false", (q) => ({ ...q, difficulty: 4 }))).toEqual(["difficulty: Difficulty is 1, 2 or 3."]);
    expect(messagesFor("true-false", (q) => ({ ...q, skill: "guessing" })).join()).toContain("Choose a skill");
  });

  it("multiple choice: unique ids, correct answers among the choices, one unless several are allowed", () => {
    expect(messagesFor("multiple-choice", (q) => void (q.options[1]!.id = "a")).join()).toContain('share the id "a"');
    expect(messagesFor("multiple-choice", (q) => void (q.answer.correct = []))).toEqual([
      "answer.correct: Mark at least one choice as correct.",
    ]);
    expect(messagesFor("multiple-choice", (q) => void (q.answer.correct = ["zz"]))).toEqual([
      "answer.correct: A correct answer must be one of the choices.",
    ]);
    expect(
      messagesFor("multiple-choice", (q) => {
        q.options.push({ id: "c", text: "Homs" });
        q.answer.correct = ["a", "b"];
      }),
    ).toEqual(["answer.correct: Mark exactly one correct choice, or let students pick several."]);
    expect(
      messagesFor("multiple-choice", (q) => {
        q.options.push({ id: "c", text: "Homs" });
        q.selectMany = true;
        q.answer.correct = ["a", "b"];
      }),
    ).toEqual([]);
    expect(messagesFor("multiple-choice", (q) => void (q.options = [q.options[0]!]))).toContain(
      "options: Give at least two choices.",
    );
  });

  it("ordering: the order is a permutation of 2–12 items", () => {
    expect(messagesFor("ordering", (q) => void (q.answer.order = ["a", "a"]))).toEqual([
      "answer.order: The correct order must list every item exactly once.",
    ]);
    expect(messagesFor("ordering", (q) => void (q.answer.order = ["a"]))).toEqual([
      "answer.order: The correct order must list every item exactly once.",
    ]);
    expect(
      messagesFor("ordering", (q) => {
        q.options = Array.from({ length: 13 }, (_, i) => ({ id: `i${i}`, text: `Item ${i}` }));
        q.answer.order = q.options.map((o) => o.id);
      }),
    ).toEqual(["options: Give at most 12 items to put in order."]);
  });

  it("matching: every premise maps to an existing option", () => {
    expect(messagesFor("matching", (q) => void delete q.answer.pairs.p2)).toEqual(["premises.1.text: “Aleppo” has no match."]);
    expect(messagesFor("matching", (q) => void (q.answer.pairs.p1 = "nowhere"))).toEqual([
      "premises.0.text: “Idlib” is matched to an option that does not exist.",
    ]);
    expect(messagesFor("matching", (q) => void (q.premises = [q.premises[0]!]))).toContain("premises: Give at least 2 pairs.");
  });

  it("typed: accepted answers are given and include the answer", () => {
    expect(messagesFor("typed", (q) => void (q.accept = []))).toContain("accept: Give at least one accepted answer.");
    expect(messagesFor("typed", (q) => void (q.accept = ["Idleb"]))).toEqual([
      "accept: The accepted answers must include the answer itself.",
    ]);
  });

  it("numeric: min ≤ value ≤ max, all finite", () => {
    expect(messagesFor("numeric", (q) => void (q.answer.min = 11))).toEqual([
      "answer.min: The lowest accepted value can't be above the answer.",
    ]);
    expect(messagesFor("numeric", (q) => void (q.answer.max = 9))).toEqual([
      "answer.max: The highest accepted value can't be below the answer.",
    ]);
    expect(messagesFor("numeric", (q) => void (q.answer.value = Number.POSITIVE_INFINITY))).toEqual(["answer.value: The answer must be a number."]);
    expect(messagesFor("numeric", (q) => void (q.answer.value = Number.NaN)).join()).toContain("The answer");
  });

  it("map pin: inside the map's area, 0 < full ≤ partial ≤ 200 km", () => {
    expect(messagesFor("map-pin", (q) => void (q.answer.lat = 51.5)).join()).toContain("The latitude must be between 32 and 38");
    expect(messagesFor("map-pin", (q) => void (q.answer.lon = -0.1)).join()).toContain("The longitude must be between 35 and 43");
    expect(messagesFor("map-pin", (q) => void (q.answer.fullCreditKm = 0))).toEqual([
      "answer.fullCreditKm: The full-credit radius must be more than 0 km.",
    ]);
    expect(messagesFor("map-pin", (q) => void (q.answer.partialCreditKm = 5))).toEqual([
      "answer.partialCreditKm: The partial-credit radius can't be smaller than the full-credit radius.",
    ]);
    expect(
      messagesFor("map-pin", (q) => {
        q.answer.partialCreditKm = 250;
      }),
    ).toEqual(["answer.partialCreditKm: The partial-credit radius must be at most 200 km."]);
  });
});
