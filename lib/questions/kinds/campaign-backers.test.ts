import { SIDE_LABELS } from "../generators/context";
import { describe, expect, it } from "vitest";
import { campaignBackers } from "./campaign-backers";
import { forceName } from "./kind";
import { ctx, kb, run } from "./test-support";

describe("campaign-backers", () => {
  it("matches each outside state to the side the documents say it backed", () => {
    const questions = run(campaignBackers);
    for (const q of questions) {
      if (q.type !== "matching") throw new Error("expected matching");
      const campaign = kb.campaigns.find((c) => q.prompt.includes(c.inSentence))!;
      for (const side of campaign.sides)
        for (const backer of side.backers) {
          const premise = q.premises.find((p) => p.text === forceName(ctx, backer))!;
          const option = q.options.find((o) => o.id === q.answer.pairs[premise.id])!;
          expect(option.text).toBe(SIDE_LABELS[side.side]);
        }
    }
    expect(questions.length).toBeGreaterThanOrEqual(kb.campaigns.some((c) => c.sides.filter((s) => s.backers.length).length >= 2) ? 1 : 0);
  });
});
