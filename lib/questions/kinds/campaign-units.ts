/**
 * campaign-units: which named units fought on one side of a battle or
 * campaign (brigades, regiments, battalions under the belligerents). Up to
 * three of the side's units are the keys; wrong options are units of the same
 * side named only in other campaigns.
 */
import { byId, sideInSentence, type QuestionDraft } from "../generators/context";
import { campaignForceChoice, forceName, forcesListedOnlyElsewhere, listInSentence, type QuestionKind } from "./kind";

const TEMPLATE = "campaign-units";

export const campaignUnits: QuestionKind = {
  template: TEMPLATE,
  asks: "which named units fought on one side of a battle or campaign",
  generate(ctx) {
    const out: QuestionDraft[] = [];
    const campaigns = [...ctx.kb.campaigns].sort(byId);
    const names = (ids: string[]) => listInSentence(ids.map((id) => forceName(ctx, id)));
    for (const campaign of campaigns) {
      for (const side of campaign.sides) {
        if (side.units.length === 0) continue;
        const pool = forcesListedOnlyElsewhere(ctx, campaign, campaigns, side.side, "units");
        if (pool.length < 2) continue;
        out.push(
          campaignForceChoice(ctx, {
            template: TEMPLATE,
            campaign,
            side,
            pick: (rng) => {
              const correct = rng.sample(side.units, Math.min(3, side.units.length)).sort();
              return { correct, wrong: rng.sample(pool, Math.min(pool.length, 5 - correct.length)) };
            },
            prompt: `Which of these units do the sources list on the side of ${sideInSentence(side.side)} in ${campaign.inSentence}?`,
            explanation: (_keys, wrong) =>
              `The sources list ${names(side.units)} on the side of ${sideInSentence(side.side)}. ${names(wrong)} appear in other fighting of the unit.`,
            difficulty: side.units.length > 3 ? 3 : 2,
          }),
        );
      }
    }
    return out;
  },
};
