import { describe, expect, it } from "vitest";
import { attribution } from "../generators/context";
import { pointOf } from "../generators/figures";
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
    }
    expect(questions.map((q) => q.prompt)).toContain(
      "The battle for Maarat al-Numan was fought between 8 and 13 October 2012. Sources disagree about the number of rebel fighters killed in the battle. Which of them gave the higher figure?",
    );
  });
});
