/**
 * campaign-target: what an offensive or siege was aimed at. Wrong options are
 * the targets of the unit's other campaigns: real objectives, but of other
 * fighting, so a student who knows the unit can tell them apart.
 */
import { capitalize, lowerFirst } from "../generators/context";
import { choiceQuestion } from "./build-question";
import { aboutCampaign, campaignsInOrder } from "./campaign-question";
import type { QuestionKind } from "./kind";

const TEMPLATE = "campaign-target";

export const campaignTarget: QuestionKind = {
  template: TEMPLATE,
  asks: "what an offensive or siege was aimed at",
  generate(ctx) {
    const campaigns = campaignsInOrder(ctx);
    return campaigns.flatMap((campaign) => {
      const target = campaign.target;
      if (!target) return [];
      const pool = campaigns
        .filter((other) => other.id !== campaign.id && other.target && other.target.place !== target.place)
        .map((other) => other.target!.text);
      const distinct = [...new Set(pool)].filter((t) => t.toLowerCase() !== target.text.toLowerCase());
      if (distinct.length < 3) return [];
      return choiceQuestion(ctx, TEMPLATE, [campaign.id], (rng) => ({
        category: "places",
        skill: "recall",
        prompt: `What was the main objective of ${campaign.inSentence}?`,
        options: [target.text, ...rng.sample(distinct, 3)].map((text) => ({ key: `target:${text}`, text })),
        keys: [`target:${target.text}`],
        explanation: `${capitalize(campaign.inSentence)} aimed at this: ${lowerFirst(target.text)}. ${campaign.result.text}.`,
        ...aboutCampaign(campaign, target.citations),
        refs: { places: target.place ? [target.place] : campaign.places.slice(0, 1) },
        difficulty: 2,
      }));
    });
  },
};
