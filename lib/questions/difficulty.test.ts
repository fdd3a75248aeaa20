import { describe, expect, it } from "vitest";
import { difficultyOf } from "./difficulty";
import type { QuestionDraft } from "./generators/context";
import { optionsOf, QUESTION_BASE } from "./test-fixtures";

const base = { ...QUESTION_BASE, category: "figures" as const };
const summary = [{ doc: "000_4e18d6cfd8d74cdd.txt", section: "infobox" }];
const detail = [{ doc: "002_475e68448c0becbd.txt", section: "July 2012" }];
const choice = (sources: typeof summary, difficulty: 1 | 2 | 3): QuestionDraft => ({
  ...base,
  type: "multiple-choice",
  template: "figure-value-choice",
  selectMany: false,
  options: optionsOf({ a: "1", b: "2" }),
  answer: { correct: ["a"] },
  sources,
  difficulty,
});

describe("difficultyOf", () => {
  it("rates a summary-box fact with distant options easiest, a running-text detail harder", () => {
    expect(difficultyOf(choice(summary, 1))).toBe(1);
    expect(difficultyOf(choice(detail, 1))).toBe(2);
  });

  it("adds one when the options are close or the answer must be produced", () => {
    expect(difficultyOf(choice(detail, 3))).toBe(3);
    const typed: QuestionDraft = {
      ...base,
      type: "typed",
      template: "commander-typed",
      answer: { text: "Basil Eissa" },
      accept: ["Basil Eissa"],
      sources: summary,
      difficulty: 1,
    };
    expect(difficultyOf(typed)).toBe(2);
    expect(difficultyOf({ ...typed, sources: detail })).toBe(3);
  });

  it("treats the big-picture kinds as headline facts whatever section they cite", () => {
    expect(difficultyOf({ ...choice(detail, 2), template: "campaign-result" })).toBe(1);
  });
});
