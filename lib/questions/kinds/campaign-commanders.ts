/**
 * campaign-commanders: who led one side of a battle or campaign, as the
 * documents name them. Wrong options are commanders of the same side named in
 * other campaigns of the unit. A side the documents leave "unknown" is not
 * asked; the explanation says the other side's commanders are not named.
 */
import { byId, sideInSentence, type QuestionDraft } from "../generators/context";
import { campaignForceChoice, forceName, forcesListedOnlyElsewhere, listInSentence, type QuestionKind } from "./kind";

const TEMPLATE = "campaign-commanders";

export const campaignCommanders: QuestionKind = {
  template: TEMPLATE,
  asks: "who commanded one side of a battle or campaign",
  generate(ctx) {
    const out: QuestionDraft[] = [];
    const campaigns = [...ctx.kb.campaigns].sort(byId);
    for (const campaign of campaigns) {
      for (const side of campaign.sides) {
        if (side.commanders.length === 0) continue;
        const pool = forcesListedOnlyElsewhere(ctx, campaign, campaigns, side.side, "commanders");
        if (pool.length < 2) continue;
        const correct = side.commanders.slice(0, 4);
        const unnamed = campaign.sides.filter((s) => s.side !== side.side && s.commanders.length === 0);
        const unnamedNote =
          unnamed.length > 0
            ? ` The sources do not name the commanders of ${listInSentence(unnamed.map((s) => sideInSentence(s.side)))}.`
            : "";
        out.push(
          campaignForceChoice(ctx, {
            template: TEMPLATE,
            campaign,
            side,
            pick: (rng) => ({ correct, wrong: rng.sample(pool, Math.min(pool.length, Math.max(2, 5 - correct.length))) }),
            prompt: `Which of these commanders led ${sideInSentence(side.side)} in ${campaign.inSentence}?`,
            explanation: (keys) =>
              `The sources name ${listInSentence(keys.map((id) => forceName(ctx, id)))} as ${keys.length > 1 ? "commanders" : "a commander"} of ${sideInSentence(side.side)}. ` +
              `The others led in other fighting of the unit.${unnamedNote}`,
            difficulty: 2,
          }),
        );
      }
    }
    return out;
  },
};
