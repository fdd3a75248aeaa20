/**
 * campaign-units: which named units fought on one side of a battle or
 * campaign (brigades, regiments, battalions under the belligerents). Up to
 * three of the side's units are the keys; wrong options are units of the same
 * side named only in other campaigns.
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

const TEMPLATE = "campaign-units";

export const campaignUnits: QuestionKind = {
  template: TEMPLATE,
  asks: "which named units fought on one side of a battle or campaign",
  generate(ctx) {
    const out: QuestionDraft[] = [];
    const campaigns = [...ctx.kb.campaigns].sort(byId);
    for (const campaign of campaigns) {
      for (const side of campaign.sides) {
        if (side.units.length === 0) continue;
        const pool = forcesListedOnlyElsewhere(ctx, campaign, campaigns, side.side, "units");
        if (pool.length < 2) continue;
        const qid = questionId(TEMPLATE, [campaign.id, side.side]);
        const rng = rngFor(ctx, qid);
        const correct = rng.sample(side.units, Math.min(3, side.units.length)).sort();
        const wrong = rng.sample(pool, Math.min(pool.length, 5 - correct.length));
        const entries = [...correct, ...wrong].map((id) => ({ key: `force:${id}`, text: forceName(ctx, id) }));
        const many = correct.length > 1;
        out.push({
          id: qid,
          category: "forces",
          type: "multiple-choice",
          template: TEMPLATE,
          skill: "recall",
          prompt: `Which of these units do the sources list on the side of ${sideInSentence(side.side)} in ${campaign.inSentence}?${many ? " Select all that apply." : ""}`,
          selectMany: many,
          options: makeOptions(qid, rng.shuffle(entries)),
          answer: { correct: correct.map((id) => optionId(qid, `force:${id}`)) },
          explanation:
            `The sources list ${listInSentence(side.units.map((id) => forceName(ctx, id)))} on the side of ${sideInSentence(side.side)}. ` +
            `${listInSentence(wrong.map((id) => forceName(ctx, id)))} appear in other fighting of the unit.`,
          sources: campaignCitations(campaign, side.citations),
          refs: refs({ forces: correct }),
          studySets: campaign.studySets,
          difficulty: side.units.length > 3 ? 3 : 2,
        });
      }
    }
    return out;
  },
};
