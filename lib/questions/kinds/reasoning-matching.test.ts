import { describe, expect, it } from "vitest";
import { reasoningMatching } from "./reasoning-matching";
import { kb, run } from "./test-support";

describe("reasoning-matching", () => {
  const questions = run(reasoningMatching);

  it("pairs each cause with its own effect, and asks each link at most once", () => {
    const seen = new Set<string>();
    for (const q of questions) {
      if (q.type !== "matching") throw new Error("expected matching");
      expect(q.premises.length).toBeGreaterThanOrEqual(3);
      for (const premise of q.premises) {
        const r = kb.reasonings.find((x) => x.link?.cause === premise.text)!;
        const option = q.options.find((o) => o.id === q.answer.pairs[premise.id])!;
        expect(option.text).toBe(r.link!.effect);
        expect(seen.has(r.id), r.id).toBe(false);
        seen.add(r.id);
      }
    }
    if (kb.reasonings.filter((r) => r.link).length >= 3) expect(questions.length).toBeGreaterThan(0);
  });
});
