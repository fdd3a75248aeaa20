import { describe, expect, it } from "vitest";
import { attribution } from "../generators/context";
import { pointOf, statedAsNumber } from "../generators/figures";
import { accountsHigher } from "./accounts-higher";
import { ctx, kb, keyTexts, run } from "./test-support";

describe("accounts-higher", () => {
  it("keys the source with the highest number, and only for real disputes", () => {
    const questions = run(accountsHigher);
    for (const q of questions) {
      const figure = kb.figures.find((f) => f.id === q.refs.figures[0])!;
      expect(figure.disputed).toBe(true);
      const top = [...figure.claims].sort((a, b) => pointOf(b.value) - pointOf(a.value))[0]!;
      expect(keyTexts(q)[0]!.toLowerCase()).toBe(attribution(ctx, top).toLowerCase());
      expect(q.skill).toBe("compare-accounts");
    }
  });

  it("opens with the event told as a sentence, as the other dispute questions do, not a headline with a bracketed date", () => {
    const questions = run(accountsHigher);
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      expect(q.prompt, q.id).toMatch(/^[A-Z][^.]*\d{4}[^.]*\. Sources disagree about /);
      expect(q.prompt, q.id).not.toMatch(/\(\d|\(by /);
      // "By 9 October 2012, the bodies were found" would need "had been found": the date goes last.
      expect(q.prompt, q.id).not.toMatch(/^By /);
    }
  });

  it("is no coin toss: at least three sources, the highest figure clearly above every other", () => {
    const questions = run(accountsHigher);
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      if (q.type !== "multiple-choice") throw new Error(`${q.id} is not multiple choice`);
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(3);
      const points = kb.figures
        .find((f) => f.id === q.refs.figures[0])!
        .claims.filter(statedAsNumber)
        .map((c) => pointOf(c.value))
        .sort((a, b) => b - a);
      // 196 against 190 soldiers is near agreement, not two accounts to set against each other.
      expect(points[0]!, q.id).toBeGreaterThanOrEqual(points[1]! * 1.5);
    }
    // The two-source disputes are still asked, as "which figure did X give" (figure-dispute-choice).
    const twoSources = kb.figures.filter((f) => f.disputed && f.claims.filter(statedAsNumber).length === 2);
    expect(twoSources.length).toBeGreaterThan(0);
    for (const f of twoSources) expect(questions.some((q) => q.refs.figures.includes(f.id)), f.id).toBe(false);
  });
});
