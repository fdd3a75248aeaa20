import { describe, expect, it } from "vitest";
import { campaignTarget } from "./campaign-target";
import { kb, keyTexts, run, wrongTexts } from "./test-support";

describe("campaign-target", () => {
  it("keys the campaign's own objective; wrong options are other campaigns' objectives", () => {
    const questions = run(campaignTarget);
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      const campaign = kb.campaigns.find((c) => q.prompt.includes(c.inSentence))!;
      expect(keyTexts(q)).toEqual([campaign.target!.text]);
      const others = kb.campaigns.filter((c) => c.id !== campaign.id && c.target).map((c) => c.target!.text);
      for (const wrong of wrongTexts(q)) expect(others).toContain(wrong);
    }
  });
});
