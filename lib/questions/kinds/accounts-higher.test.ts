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
});
