/**
 * campaign-backers: which outside state backed which side. Asked as matching
 * when a campaign names backers for two sides (Russia and Turkey in 2020), and
 * as a choice among the unit's outside states otherwise.
 */
import { lowerFirst, SIDE_LABELS } from "../generators/context";
import { matchingQuestion, sideOption } from "./build-question";
import { aboutCampaign, campaignsInOrder } from "./campaign-question";
import { forceName, type QuestionKind } from "./kind";

const TEMPLATE = "campaign-backers";

export const campaignBackers: QuestionKind = {
  template: TEMPLATE,
  asks: "which outside state backed which side",
  generate: (ctx) =>
    campaignsInOrder(ctx).flatMap((campaign) => {
      const backed = campaign.sides.flatMap((s) => s.backers.map((backer) => ({ backer, side: s.side })));
      const sides = [...new Set(backed.map((b) => b.side))];
      if (backed.length < 2 || sides.length < 2) return [];
      return matchingQuestion(ctx, TEMPLATE, [campaign.id], {
        category: "forces",
        skill: "recall",
        prompt: `In ${campaign.inSentence}, which side did each outside state back? Match each state to the side.`,
        premises: backed.map((b) => ({ key: `backer:${b.backer}`, text: forceName(ctx, b.backer), match: sideOption(b.side).key })),
        options: sides.map(sideOption),
        explanation: backed.map((b) => `${forceName(ctx, b.backer)} backed ${lowerFirst(SIDE_LABELS[b.side])}.`).join(" "),
        ...aboutCampaign(campaign, campaign.sides.flatMap((s) => s.citations)),
        refs: { forces: backed.map((b) => b.backer) },
        difficulty: 1,
      });
    }),
};
