/**
 * The public view is what a student's browser receives before answering.
 * These tests prove, over the whole bank and several attempt seeds, that it
 * carries no key: no accepted answer, no number or coordinates to be typed,
 * and no field that marks a choice as correct.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../content/load-knowledge-base";
import { generateQuestionBank } from "./bank";
import { mentionsAny } from "./generators/context";
import { toPublicQuestion } from "./public-view";
import type { PublicQuestion, QuestionBank } from "./types";

let bank: QuestionBank;
const SEEDS = ["attempt-1", "attempt-2", "attempt-3"];

beforeAll(() => {
  bank = generateQuestionBank(loadKnowledgeBase());
});

const ALLOWED_FIELDS: Record<PublicQuestion["type"], string[]> = {
  "multiple-choice": ["id", "category", "type", "prompt", "selectMany", "options"],
  "true-false": ["id", "category", "type", "prompt"],
  ordering: ["id", "category", "type", "prompt", "options"],
  matching: ["id", "category", "type", "prompt", "premises", "options"],
  typed: ["id", "category", "type", "prompt"],
  numeric: ["id", "category", "type", "prompt", "unit"],
  "map-pin": ["id", "category", "type", "prompt"],
};

/** Every string in the view except the question id (a hash, which may contain any digits). */
function visibleText(view: PublicQuestion): string {
  const withoutId: Partial<PublicQuestion> = { ...view };
  delete withoutId.id;
  return JSON.stringify(withoutId);
}

describe("public view", () => {
  it("holds only the fields a student needs, and options are just id and text", () => {
    for (const q of bank.questions)
      for (const seed of SEEDS) {
        const view = toPublicQuestion(q, seed);
        expect(Object.keys(view).sort(), q.id).toEqual([...ALLOWED_FIELDS[view.type]].sort());
        const lists = [..."options" in view ? [view.options] : [], ...(view.type === "matching" ? [view.premises] : [])];
        for (const list of lists) for (const option of list) expect(Object.keys(option).sort()).toEqual(["id", "text"]);
        expect(JSON.stringify(view)).not.toMatch(/"(answer|accept|correct|explanation|sources|key|isCorrect)"/);
      }
  });

  it("never contains an accepted answer of a typed question", () => {
    const typed = bank.questions.filter((q) => q.type === "typed");
    expect(typed.length).toBeGreaterThanOrEqual(5);
    for (const q of typed) for (const seed of SEEDS) expect(mentionsAny(visibleText(toPublicQuestion(q, seed)), q.accept), q.id).toBe(false);
  });

  it("never contains the accepted numbers of a numeric question", () => {
    const numeric = bank.questions.filter((q) => q.type === "numeric");
    expect(numeric.length).toBeGreaterThan(20);
    for (const q of numeric) {
      if (q.type !== "numeric") continue;
      // Range questions name the claims in the prompt on purpose; a single value must never appear.
      if (q.answer.min !== q.answer.max) continue;
      const text = visibleText(toPublicQuestion(q, "attempt-1"));
      expect(text, q.id).not.toMatch(new RegExp(`(^|[^\\d.])${q.answer.value}([^\\d]|$)`));
    }
  });

  it("never contains the coordinates of a map question", () => {
    const pins = bank.questions.filter((q) => q.type === "map-pin");
    expect(pins.length).toBeGreaterThan(20);
    for (const q of pins) {
      if (q.type !== "map-pin") continue;
      const text = visibleText(toPublicQuestion(q, "attempt-1"));
      expect(text, q.id).not.toContain(q.answer.lat.toFixed(2));
      expect(text, q.id).not.toContain(q.answer.lon.toFixed(2));
      expect(text, q.id).not.toMatch(/\d+\.\d{3,}/);
    }
  });

  it("puts the correct choice in every position about equally often", () => {
    const single = bank.questions.filter((q) => q.type === "multiple-choice" && !q.selectMany && q.options.length === 4);
    const positions = [0, 0, 0, 0];
    for (const q of single) {
      if (q.type !== "multiple-choice") continue;
      const view = toPublicQuestion(q, "attempt-1");
      if (view.type !== "multiple-choice") continue;
      positions[view.options.findIndex((o) => o.id === q.answer.correct[0])]! += 1;
    }
    for (const count of positions) expect(count / single.length).toBeGreaterThan(0.15);
  });
});
