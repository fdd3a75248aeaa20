import { SIDE_LABELS } from "../generators/context";
import { describe, expect, it } from "vitest";
import { campaignResult } from "./campaign-result";

import { kb, keyTexts, run } from "./test-support";

describe("campaign-result", () => {
  const questions = run(campaignResult);

  it("asks who came out ahead, keyed to the documents' result, with the result in the feedback", () => {
    expect(questions.length).toBeGreaterThan(3);
    for (const q of questions) {
      const campaign = kb.campaigns.find((c) => q.prompt.includes(c.inSentence))!;
      const key = keyTexts(q)[0]!;
      if (campaign.result.winner === "none") expect(key).toMatch(/^Neither side/);
      else expect(key).toBe(SIDE_LABELS[campaign.result.winner]);
      expect(q.explanation).toContain(campaign.result.text);
    }
  });
});
