/**
 * campaign-result: which side came out ahead in a battle or campaign. The
 * options are the sides that fought, plus "neither side", and the feedback
 * gives the result in full (what was won, and what was not). A campaign
 * whose name tells its outcome ("the rebel capture of the crossings", "the
 * offensive that retook Maarat al-Numan") is not asked: it answers itself.
 */
import type { Side } from "../../content/schema";
import { choiceQuestion, sideOption } from "./build-question";
import { aboutCampaign, campaignRefs, campaignsInOrder } from "./campaign-question";
import type { QuestionKind } from "./kind";

const TEMPLATE = "campaign-result";
/**
 * Not "it ended without a winner": some campaigns had not ended when the
 * documents stop (the siege of Abu al-Duhur), and one article gives no verdict.
 */
const NEITHER = "Neither side clearly, by the end of the documents' account";
/** Words in a campaign's name that say who won. */
const OUTCOME_IN_NAME = /\b(capture|captured|recapture|retook|retake|took|seized|overran|fall|fell)\b/i;

export const campaignResult: QuestionKind = {
  template: TEMPLATE,
  asks: "which side came out ahead in a battle or campaign",
  generate: (ctx) =>
    campaignsInOrder(ctx).flatMap((campaign) => {
      const sides = [...new Set<Side>(campaign.sides.map((s) => s.side).filter((s) => s !== "foreign"))];
      if (sides.length < 2 || OUTCOME_IN_NAME.test(campaign.inSentence)) return [];
      return choiceQuestion(ctx, TEMPLATE, [campaign.id], () => ({
        category: "forces",
        skill: "recall",
        prompt: `Which side came out ahead in ${campaign.inSentence}?`,
        options: [...sides.map(sideOption), { key: "side:none", text: NEITHER }],
        keys: [`side:${campaign.result.winner}`],
        explanation: `${campaign.result.text}.`,
        ...aboutCampaign(campaign, campaign.result.citations),
        refs: campaignRefs(campaign),
        difficulty: 1,
      }));
    }),
};
