import { describe, expect, it } from "vitest";
import { campaignUnits } from "./campaign-units";
import { forceName } from "./kind";
import { ctx, kb, keyTexts, run, wrongTexts } from "./test-support";

describe("campaign-units", () => {
  const questions = run(campaignUnits);

  it("asks about named units", () => {
    expect(questions.length).toBeGreaterThan(0);
  });

  it("keys are units of the campaign; wrong options are units named only in other campaigns", () => {
    for (const q of questions) {
      const campaign = kb.campaigns.find((c) => q.prompt.includes(c.inSentence))!;
      const units = campaign.sides.flatMap((s) => [...s.units, ...s.belligerents]).map((id) => forceName(ctx, id));
      for (const key of keyTexts(q)) expect(units, q.id).toContain(key);
      for (const wrong of wrongTexts(q)) expect(units, q.id).not.toContain(wrong);
    }
  });
});
