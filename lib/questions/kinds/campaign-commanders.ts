/**
 * campaign-commanders: who led one side of a battle or campaign, as the
 * documents name them. Wrong options are commanders of the same side named in
 * other campaigns of the unit. A side the documents leave "unknown" is not
 * asked; the explanation says the other side's commanders are not named.
 */
import { sideInSentence } from "../generators/context";
import { sideForcesKind } from "./campaign-question";
import { forcesInSentence, listInSentence } from "./kind";

export const campaignCommanders = sideForcesKind({
  template: "campaign-commanders",
  asks: "who commanded one side of a battle or campaign",
  field: "commanders",
  ask(ctx, campaign, side, pool) {
    const correct = side.commanders.slice(0, 4);
    const unnamed = campaign.sides.filter((s) => s.side !== side.side && s.commanders.length === 0);
    const unnamedNote =
      unnamed.length > 0
        ? ` The sources do not name the commanders of ${listInSentence(unnamed.map((s) => sideInSentence(s.side)))}.`
        : "";
    return {
      pick: (rng) => ({ correct, wrong: rng.sample(pool, Math.min(pool.length, Math.max(2, 5 - correct.length))) }),
      prompt: `Which of these commanders led ${sideInSentence(side.side)} in ${campaign.inSentence}?`,
      explanation: (keys) =>
        `The sources name ${forcesInSentence(ctx, keys)} as ${keys.length > 1 ? "commanders" : "a commander"} of ${sideInSentence(side.side)}. ` +
        `The others led in other fighting.${unnamedNote}`,
      difficulty: 2,
    };
  },
});
