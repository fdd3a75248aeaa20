import { describe, expect, it } from "vitest";
import { campaignCaptor, campaignTerritory } from "./campaign-territory";
import { forceName } from "./kind";
import { ctx, kb, keyTexts, run, wrongTexts } from "./test-support";

describe("campaign-territory", () => {
  it("keys are places the side took in the campaign; wrong options are not", () => {
    const questions = run(campaignTerritory);
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      const campaign = kb.campaigns.find((c) => q.prompt.includes(c.inSentence))!;
      const names = campaign.territory.map((t) => ctx.placeById.get(t.place)!.name);
      for (const key of keyTexts(q)) expect(names, q.id).toContain(key);
      for (const wrong of wrongTexts(q)) expect(names, q.id).not.toContain(wrong);
    }
  });
});

describe("campaign-captor", () => {
  it("credits the named groups the documents credit, never a group of the same change as wrong", () => {
    const questions = run(campaignCaptor);
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      const campaign = kb.campaigns.find((c) => q.prompt.includes(c.inSentence))!;
      const change = campaign.territory.find(
        (t) => q.refs.places.includes(t.place) && t.forces.length > 0 && keyTexts(q).includes(ctx.forceById.get(t.forces[0]!)!.name),
      )!;
      expect(keyTexts(q).sort()).toEqual(change.forces.slice(0, 3).map((id) => forceName(ctx, id)).sort());
      for (const wrong of wrongTexts(q)) expect(change.forces.map((id) => forceName(ctx, id))).not.toContain(wrong);
    }
  });
});
