import { describe, expect, it } from "vitest";
import { reasoningChoice } from "./reasoning-choice";
import { kb, keyTexts, run, wrongTexts } from "./test-support";

describe("reasoning-choice", () => {
  const questions = run(reasoningChoice);

  it("asks every reasoning entry once, with its skill", () => {
    expect(questions).toHaveLength(kb.reasonings.length);
    for (const q of questions) {
      const r = kb.reasonings.find((x) => x.question === q.prompt)!;
      expect(q.skill).toBe(r.skill);
      expect(keyTexts(q)).toEqual([r.answer]);
      expect(wrongTexts(q)).toHaveLength(3);
      for (const wrong of wrongTexts(q)) expect(r.distractors.map((d) => d.text)).toContain(wrong);
    }
  });

  it("explains why the most tempting wrong answer is wrong", () => {
    for (const q of questions) {
      const r = kb.reasonings.find((x) => x.question === q.prompt)!;
      expect(r.distractors.some((d) => q.explanation.includes(d.whyWrong.slice(1, 40))), q.id).toBe(true);
    }
  });
});
