import { describe, expect, it } from "vitest";
import { campaignBelligerents } from "./campaign-belligerents";
import { forceName } from "./kind";
import { ctx, kb, keyTexts, run, wrongTexts } from "./test-support";

describe("campaign-belligerents", () => {
  const questions = run(campaignBelligerents);

  it("asks about the campaigns' non-government sides", () => {
    expect(questions.length).toBeGreaterThan(0);
  });

  it("marks exactly the side's listed belligerents, and offers only groups from other fighting as wrong", () => {
    for (const q of questions) {
      const campaign = kb.campaigns.find((c) => q.prompt.includes(c.inSentence))!;
      expect(campaign, q.prompt).toBeDefined();
      const everyone = campaign.sides.flatMap((s) => [...s.belligerents, ...s.units, ...s.commanders]).map((id) => forceName(ctx, id));
      const side = campaign.sides.find((s) => s.belligerents.some((id) => keyTexts(q).includes(forceName(ctx, id))))!;
      expect(keyTexts(q).sort()).toEqual(side.belligerents.slice(0, 4).map((id) => forceName(ctx, id)).sort());
      for (const wrong of wrongTexts(q)) expect(everyone, q.id).not.toContain(wrong);
    }
  });
});
