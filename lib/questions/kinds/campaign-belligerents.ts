/**
 * campaign-belligerents: which groups fought on one side of a battle or
 * campaign, as the documents' summaries list them. Select all that apply.
 * Wrong options are groups of the same side that the documents list in other
 * campaigns but never in this one, so each is wrong for a reason a student can
 * know from the unit. A side whose only belligerent is the state's armed forces
 * is not asked (the answer would be a tautology).
 */
import { sideInSentence } from "../generators/context";
import { sideForcesKind } from "./campaign-question";
import { capitalise } from "../generators/forces/shared";
import { forcesInSentence } from "./kind";

export const campaignBelligerents = sideForcesKind({
  template: "campaign-belligerents",
  asks: "which groups fought on one side of a battle or campaign",
  field: "belligerents",
  ask(ctx, campaign, side, elsewhere) {
    if (side.side === "government" || side.side === "foreign") return null;
    const correct = side.belligerents.slice(0, 4);
    const sideWords = sideInSentence(side.side);
    return {
      pick: (rng) => ({
        correct,
        wrong: rng.sample(elsewhere, Math.min(elsewhere.length, Math.max(2, 5 - correct.length))),
      }),
      prompt: `Which ${correct.length > 1 ? "groups" : "group"} do the sources list as fighting on the side of ${sideWords} in ${campaign.inSentence}?`,
      explanation: (keys, wrong) =>
        `The sources list ${forcesInSentence(ctx, keys)} on the side of ${sideWords}. ` +
        `${capitalise(forcesInSentence(ctx, wrong))} appear in other fighting, not in this one. ${campaign.result.text}.`,
      difficulty: 1,
      places: campaign.places.slice(0, 1),
    };
  },
});
