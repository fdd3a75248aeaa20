/**
 * campaign-units: which named units fought on one side of a battle or
 * campaign (brigades, regiments, battalions under the belligerents). Up to
 * three of the side's units are the keys; wrong options are units of the same
 * side named only in other campaigns.
 */
import { sideInSentence } from "../generators/context";
import { sideForcesKind } from "./campaign-question";
import { capitalise } from "../generators/forces/shared";
import { forcesInSentence } from "./kind";

export const campaignUnits = sideForcesKind({
  template: "campaign-units",
  asks: "which named units fought on one side of a battle or campaign",
  field: "units",
  ask(ctx, campaign, side, pool) {
    // The army and the air force fought nearly everywhere: as keys they make a pattern a student
    // learns instead of the battle, so only the formations the documents name are asked.
    const named = side.units.filter((id) => ctx.forceById.get(id)?.kind !== "armed-forces");
    if (named.length === 0) return null;
    return {
      pick: (rng) => {
        const correct = rng.sample(named, Math.min(3, named.length)).sort();
        return { correct, wrong: rng.sample(pool, Math.min(pool.length, 5 - correct.length)) };
      },
      prompt: `Which of these units do the sources list on the side of ${sideInSentence(side.side)} in ${campaign.inSentence}?`,
      explanation: (_keys, wrong) =>
        `The sources list ${forcesInSentence(ctx, side.units)} on the side of ${sideInSentence(side.side)}. ${capitalise(forcesInSentence(ctx, wrong))} appear in other fighting.`,
      difficulty: side.units.length > 3 ? 3 : 2,
    };
  },
});
