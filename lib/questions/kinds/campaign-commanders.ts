/**
 * campaign-commanders: who led one side of a battle or campaign, as the
 * documents name them (with rank). Wrong options are commanders of the same
 * side named in other campaigns of the unit. A side the documents leave
 * "unknown" is not asked; the explanation says the other side's commanders
 * are not named.
 */
import {
  byId,
  makeOptions,
  optionId,
  questionId,
  refs,
  rngFor,
  sideInSentence,
  type QuestionDraft,
} from "../generators/context";
import { campaignCitations, forceName, forcesListedOnlyElsewhere, listInSentence, type QuestionKind } from "./kind";

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
        const qid = questionId(TEMPLATE, [campaign.id, side.side]);
        const rng = rngFor(ctx, qid);
        const correct = side.commanders.slice(0, 4);
        const wrong = rng.sample(pool, Math.min(pool.length, Math.max(2, 5 - correct.length)));
        const entries = [...correct, ...wrong].map((id) => ({ key: `force:${id}`, text: forceName(ctx, id) }));
        const many = correct.length > 1;
        const unnamed = campaign.sides.filter((s) => s.side !== side.side && s.commanders.length === 0);
        const unnamedNote =
          unnamed.length > 0
            ? ` The sources do not name the commanders of ${listInSentence(unnamed.map((s) => sideInSentence(s.side)))}.`
            : "";
        out.push({
          id: qid,
          category: "forces",
          type: "multiple-choice",
          template: TEMPLATE,
          skill: "recall",
          prompt: `Which of these commanders led ${sideInSentence(side.side)} in ${campaign.inSentence}?${many ? " Select all that apply." : ""}`,
          selectMany: many,
          options: makeOptions(qid, rng.shuffle(entries)),
          answer: { correct: correct.map((id) => optionId(qid, `force:${id}`)) },
          explanation:
            `The sources name ${listInSentence(correct.map((id) => forceName(ctx, id)))} as ${correct.length > 1 ? "commanders" : "a commander"} of ${sideInSentence(side.side)}. ` +
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
