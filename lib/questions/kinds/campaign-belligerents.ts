/**
 * campaign-belligerents: which groups fought on one side of a battle or
 * campaign, as the documents' summaries list them. Select all that apply.
 * Wrong options are groups of the same side that the documents list in other
 * campaigns but never in this one, so each is wrong for a reason a student can
 * know from the unit. A side whose only belligerent is the state's armed forces
 * is not asked (the answer would be a tautology).
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

const TEMPLATE = "campaign-belligerents";

export const campaignBelligerents: QuestionKind = {
  template: TEMPLATE,
  asks: "which groups fought on one side of a battle or campaign",
  generate(ctx) {
    const out: QuestionDraft[] = [];
    const campaigns = [...ctx.kb.campaigns].sort(byId);
    for (const campaign of campaigns) {
      for (const side of campaign.sides) {
        if (side.side === "government" || side.side === "foreign") continue;
        const elsewhere = forcesListedOnlyElsewhere(ctx, campaign, campaigns, side.side, "belligerents");
        if (elsewhere.length < 2 || side.belligerents.length === 0) continue;
        const qid = questionId(TEMPLATE, [campaign.id, side.side]);
        const rng = rngFor(ctx, qid);
        const correct = side.belligerents.slice(0, 4);
        const wrong = rng.sample(elsewhere, Math.min(elsewhere.length, Math.max(2, 5 - correct.length)));
        const entries = [...correct, ...wrong].map((id) => ({ key: `force:${id}`, text: forceName(ctx, id) }));
        const many = correct.length > 1;
        const sideWords = sideInSentence(side.side);
        out.push({
          id: qid,
          category: "forces",
          type: "multiple-choice",
          template: TEMPLATE,
          skill: "recall",
          prompt: many
            ? `Which groups do the sources list as fighting on the side of ${sideWords} in ${campaign.inSentence}? Select all that apply.`
            : `Which group do the sources list as fighting on the side of ${sideWords} in ${campaign.inSentence}?`,
          selectMany: many,
          options: makeOptions(qid, rng.shuffle(entries)),
          answer: { correct: correct.map((id) => optionId(qid, `force:${id}`)) },
          explanation:
            `The sources list ${listInSentence(correct.map((id) => forceName(ctx, id)))} on the side of ${sideWords}. ` +
            `${listInSentence(wrong.map((id) => forceName(ctx, id)))} appear in other fighting of the unit, not in this one. ` +
            `${campaign.result.text}.`,
          sources: campaignCitations(campaign, side.citations),
          refs: refs({ forces: correct, places: campaign.places.slice(0, 1) }),
          studySets: campaign.studySets,
          difficulty: 1,
        });
      }
    }
    return out;
  },
};
