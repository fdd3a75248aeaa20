/**
 * campaign-commanders: who led one side of a battle or campaign, as the
 * documents name them (with rank). Wrong options are commanders of the same
 * side named in other campaigns of the unit. A side the documents leave
 * "unknown" is not asked; the explanation says the other side's commanders
 * are not named.
 */
import { byId, makeOptions, optionId, questionId, refs, rngFor, type QuestionDraft } from "../generators/context";
import { campaignCitations, forceName, listInSentence, SIDE_IN_SENTENCE, type QuestionKind } from "./kind";

const TEMPLATE = "campaign-commanders";

export const campaignCommanders: QuestionKind = {
  template: TEMPLATE,
  asks: "who commanded one side of a battle or campaign",
  generate(ctx) {
    const out: QuestionDraft[] = [];
    const campaigns = [...ctx.kb.campaigns].sort(byId);
    // Every commander the documents tie to any campaign, with the campaign's side: the pool of wrong options.
    const commanders = ctx.kb.forces.filter((f) => f.kind === "commander").sort(byId);
    for (const campaign of campaigns) {
      const named = new Set(campaign.sides.flatMap((s) => s.commanders));
      for (const side of campaign.sides) {
        if (side.commanders.length === 0) continue;
        const pool = commanders
          .filter((c) => c.side === side.side && !named.has(c.id))
          .filter((c) => campaigns.some((other) => other.id !== campaign.id && !other.places.some((p) => campaign.places.includes(p)) && other.sides.some((s) => s.commanders.includes(c.id))))
          .map((c) => c.id);
        if (pool.length < 2) continue;
        const qid = questionId(TEMPLATE, [campaign.id, side.side]);
        const rng = rngFor(ctx, qid);
        const correct = side.commanders.slice(0, 4);
        const wrong = rng.sample(pool, Math.min(pool.length, Math.max(2, 5 - correct.length)));
        const entries = [...correct, ...wrong].map((id) => ({ key: `force:${id}`, text: forceName(ctx, id) }));
        const many = correct.length > 1;
        const unnamed = campaign.sides.filter((s) => s.side !== side.side && s.commanders.length === 0);
        const unnamedNote =
          unnamed.length > 0
            ? ` The sources do not name the commanders of ${listInSentence(unnamed.map((s) => SIDE_IN_SENTENCE[s.side]))}.`
            : "";
        out.push({
          id: qid,
          category: "forces",
          type: "multiple-choice",
          template: TEMPLATE,
          skill: "recall",
          prompt: many
            ? `Which of these commanders led ${SIDE_IN_SENTENCE[side.side]} in ${campaign.inSentence}? Select all that apply.`
            : `Which of these commanders led ${SIDE_IN_SENTENCE[side.side]} in ${campaign.inSentence}?`,
          selectMany: many,
          options: makeOptions(qid, rng.shuffle(entries)),
          answer: { correct: correct.map((id) => optionId(qid, `force:${id}`)) },
          explanation:
            `The sources name ${listInSentence(correct.map((id) => forceName(ctx, id)))} as ${correct.length > 1 ? "commanders" : "a commander"} of ${SIDE_IN_SENTENCE[side.side]}. ` +
            `The others led in other fighting of the unit.${unnamedNote}`,
          sources: campaignCitations(campaign, side.citations),
          refs: refs({ forces: correct }),
          studySets: campaign.studySets,
          difficulty: 2,
        });
      }
    }
    return out;
  },
};
