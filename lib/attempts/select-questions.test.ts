import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../content/load-knowledge-base";
import { generateQuestionBank } from "../questions/bank";
import type { Question, QuestionBank } from "../questions/types";
import { QuizRequestSchema } from "./quiz-request";
import {
  ALL_HELD_BACK_MESSAGE,
  countMatchingQuestions,
  NoQuestionsError,
  selectAssignmentQuestions,
  selectQuestions,
} from "./select-questions";

const bank: QuestionBank = generateQuestionBank(loadKnowledgeBase());
const request = (input: Record<string, unknown>) => QuizRequestSchema.parse(input);
const ids = (qs: Question[]) => qs.map((q) => q.id);

describe("selectQuestions", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const r = request({ setId: "battle-of-maarat-al-numan-2012" });
    expect(ids(selectQuestions(bank, r, "seed-1"))).toEqual(ids(selectQuestions(bank, r, "seed-1")));
    expect(ids(selectQuestions(bank, r, "seed-1"))).not.toEqual(ids(selectQuestions(bank, r, "seed-2")));
  });

  it("does not depend on the order of the bank", () => {
    const r = request({ setId: "siege-of-wadi-deif" });
    const reversed = { ...bank, questions: [...bank.questions].reverse() };
    expect(ids(selectQuestions(reversed, r, "s"))).toEqual(ids(selectQuestions(bank, r, "s")));
  });

  it("returns the requested number of distinct questions, all from the set", () => {
    const picked = selectQuestions(bank, request({ setId: "taftanaz-airbase", length: 20 }), "s");
    expect(picked).toHaveLength(20);
    expect(new Set(ids(picked)).size).toBe(20);
    expect(picked.every((q) => q.topics.includes("taftanaz-airbase"))).toBe(true);
  });

  it("mixes question types and categories in a 10-question quiz", () => {
    for (const seed of ["a", "b", "c"]) {
      const picked = selectQuestions(bank, request({ setId: "idlib-timeline-2012-10" }), seed);
      expect(picked).toHaveLength(10);
      expect(new Set(picked.map((q) => q.type)).size).toBeGreaterThanOrEqual(5);
      expect(new Set(picked.map((q) => q.category)).size).toBeGreaterThanOrEqual(3);
    }
  });

  it("respects category, type and topic filters", () => {
    const picked = selectQuestions(
      bank,
      request({ topics: ["siege-of-wadi-deif", "taftanaz-airbase"], categories: ["places"], types: ["typed", "map-pin"], length: 50 }),
      "s",
    );
    expect(picked.length).toBeGreaterThan(0);
    for (const q of picked) {
      expect(q.category).toBe("places");
      expect(["typed", "map-pin"]).toContain(q.type);
      expect(q.topics.some((t) => t === "siege-of-wadi-deif" || t === "taftanaz-airbase")).toBe(true);
    }
    expect(new Set(picked.map((q) => q.type))).toEqual(new Set(["typed", "map-pin"]));
  });

  it("takes an explicit question list in its order, skipping unknown and repeated ids", () => {
    const chosen = [bank.questions[40]!.id, bank.questions[3]!.id, "no-such-question", bank.questions[40]!.id, bank.questions[7]!.id];
    const picked = selectQuestions(bank, request({ questionIds: chosen, length: 50 }), "any");
    expect(ids(picked)).toEqual([bank.questions[40]!.id, bank.questions[3]!.id, bank.questions[7]!.id]);
  });

  it("throws NoQuestionsError when nothing matches", () => {
    expect(() => selectQuestions(bank, request({ setId: "no-such-set" }), "s")).toThrow(NoQuestionsError);
    expect(() => selectQuestions(bank, request({ questionIds: ["nope"] }), "s")).toThrow(NoQuestionsError);
  });

  it("returns every match when fewer than the length exist", () => {
    const r = request({ setId: "border-crossings-summer-2012", scope: "all", types: ["map-pin"], length: 50 });
    const n = countMatchingQuestions(bank, r);
    expect(n).toBeLessThan(50);
    expect(selectQuestions(bank, r, "s")).toHaveLength(n);
  });
});

describe("countMatchingQuestions", () => {
  it("counts the questions a request could draw from", () => {
    const inSet = bank.questions.filter((q) => q.topics.includes("siege-of-wadi-deif"));
    expect(countMatchingQuestions(bank, { setId: "siege-of-wadi-deif", scope: "all" })).toBe(inSet.length);
    expect(countMatchingQuestions(bank, { setId: "siege-of-wadi-deif", scope: "all", categories: ["chronology"] })).toBe(
      inSet.filter((q) => q.category === "chronology").length,
    );
  });

  it("starts from the set's core questions unless the request asks for all", () => {
    const core = bank.questions.filter((q) => q.coreIn.includes("siege-of-wadi-deif"));
    expect(core.length).toBeGreaterThanOrEqual(20);
    expect(countMatchingQuestions(bank, { setId: "siege-of-wadi-deif" })).toBe(core.length);
    expect(countMatchingQuestions(bank, { setId: "siege-of-wadi-deif", scope: "core" })).toBe(core.length);
    const picked = selectQuestions(bank, request({ setId: "siege-of-wadi-deif", length: 20 }), "s");
    expect(picked.every((q) => q.coreIn.includes("siege-of-wadi-deif"))).toBe(true);
  });

  it("never picks an excluded (held-back) question, and says so when every match is excluded", () => {
    const r = request({ setId: "siege-of-wadi-deif", length: 50 });
    const all = selectQuestions(bank, r, "s");
    const excluded = new Set(ids(all).slice(0, 10));
    const picked = selectQuestions(bank, r, "s", excluded);
    expect(picked.length).toBe(all.length - 10);
    expect(picked.some((q) => excluded.has(q.id))).toBe(false);
    expect(countMatchingQuestions(bank, r, excluded)).toBe(countMatchingQuestions(bank, r) - 10);
    // An explicit list (a retry) is filtered the same way.
    const retry = request({ questionIds: ids(all).slice(0, 12), length: 12 });
    expect(ids(selectQuestions(bank, retry, "s", excluded))).toEqual(ids(all).slice(10, 12));
    expect(() => selectQuestions(bank, r, "s", new Set(ids(all)))).toThrow(ALL_HELD_BACK_MESSAGE);
  });

  it("draws an assignment's questions with the assignment's own seed, as the demo and benchmark data do", () => {
    const r = request({ setId: "taftanaz-airbase", length: 20 });
    expect(ids(selectAssignmentQuestions(bank, "a1", r))).toEqual(ids(selectQuestions(bank, r, "assignment:a1")));
  });
});
