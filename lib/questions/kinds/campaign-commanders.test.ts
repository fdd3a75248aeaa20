import { describe, expect, it } from "vitest";
import { campaignCommanders } from "./campaign-commanders";
import { forceName } from "./kind";
import { ctx, kb, keyTexts, run, wrongTexts } from "./test-support";

describe("campaign-commanders", () => {
  const questions = run(campaignCommanders);

  it("asks who led a side wherever the documents name commanders", () => {
    expect(questions.length).toBeGreaterThan(0);
  });

  it("keys are the side's commanders; wrong options led elsewhere, never in this campaign", () => {
    for (const q of questions) {
      const campaign = kb.campaigns.find((c) => q.prompt.includes(c.inSentence))!;
      const named = campaign.sides.flatMap((s) => s.commanders).map((id) => forceName(ctx, id));
      for (const key of keyTexts(q)) expect(named, q.id).toContain(key);
      for (const wrong of wrongTexts(q)) expect(named, q.id).not.toContain(wrong);
    }
  });
});
