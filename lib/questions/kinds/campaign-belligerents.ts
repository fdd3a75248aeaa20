/**
 * campaign-belligerents: which groups fought on one side of a battle or
 * campaign, as the documents' summaries list them. Select all that apply.
 * Wrong options are groups of the same side that the documents list in other
 * campaigns but never in this one, so each is wrong for a reason a student can
 * know from the unit. A side whose only belligerent is the state's armed forces
 * is not asked (the answer would be a tautology).
 */
import { byId, sideInSentence, type QuestionDraft } from "../generators/context";
import { campaignForceChoice, forceName, forcesListedOnlyElsewhere, listInSentence, type QuestionKind } from "./kind";

const TEMPLATE = "campaign-belligerents";

export const campaignBelligerents: QuestionKind = {
  template: TEMPLATE,
  asks: "which groups fought on one side of a battle or campaign",
  generate(ctx) {
    const out: QuestionDraft[] = [];
    const campaigns = [...ctx.kb.campaigns].sort(byId);
    const names = (ids: string[]) => listInSentence(ids.map((id) => forceName(ctx, id)));
    for (const campaign of campaigns) {
      for (const side of campaign.sides) {
        if (side.side === "government" || side.side === "foreign") continue;
        const elsewhere = forcesListedOnlyElsewhere(ctx, campaign, campaigns, side.side, "belligerents");
        if (elsewhere.length < 2 || side.belligerents.length === 0) continue;
        const correct = side.belligerents.slice(0, 4);
        const sideWords = sideInSentence(side.side);
        out.push(
          campaignForceChoice(ctx, {
            template: TEMPLATE,
            campaign,
            side,
            pick: (rng) => ({
              correct,
              wrong: rng.sample(elsewhere, Math.min(elsewhere.length, Math.max(2, 5 - correct.length))),
            }),
            prompt: `Which ${correct.length > 1 ? "groups" : "group"} do the sources list as fighting on the side of ${sideWords} in ${campaign.inSentence}?`,
            explanation: (keys, wrong) =>
              `The sources list ${names(keys)} on the side of ${sideWords}. ` +
              `${names(wrong)} appear in other fighting of the unit, not in this one. ${campaign.result.text}.`,
            difficulty: 1,
            places: campaign.places.slice(0, 1),
          }),
        );
      }
    }
    return out;
  },
};
