/**
 * campaign-target: what an offensive or siege was aimed at. Wrong options are
 * the targets of the unit's other campaigns: real objectives, but of other
 * fighting, so a student who knows the unit can tell them apart.
 */
import {
  byId,
  capitalize,
  makeOptions,
  optionId,
  questionId,
  refs,
  rngFor,
  type QuestionDraft,
} from "../generators/context";
import { campaignCitations, type QuestionKind } from "./kind";

const TEMPLATE = "campaign-target";

export const campaignTarget: QuestionKind = {
  template: TEMPLATE,
  asks: "what an offensive or siege was aimed at",
  generate(ctx) {
    const out: QuestionDraft[] = [];
    const campaigns = [...ctx.kb.campaigns].sort(byId);
    for (const campaign of campaigns) {
      if (!campaign.target) continue;
      const target = campaign.target;
      const pool = campaigns
        .filter((other) => other.id !== campaign.id && other.target && other.target.place !== target.place)
        .map((other) => other.target!.text);
      const distinct = [...new Set(pool)].filter((t) => t.toLowerCase() !== target.text.toLowerCase());
      if (distinct.length < 3) continue;
      const qid = questionId(TEMPLATE, [campaign.id]);
      const rng = rngFor(ctx, qid);
      const texts = [target.text, ...rng.sample(distinct, 3)];
      out.push({
        id: qid,
        category: "places",
        type: "multiple-choice",
        template: TEMPLATE,
        skill: "recall",
        prompt: `What was the main objective of ${campaign.inSentence}?`,
        selectMany: false,
        options: makeOptions(qid, rng.shuffle(texts.map((text) => ({ key: `target:${text}`, text })))),
        answer: { correct: [optionId(qid, `target:${target.text}`)] },
        explanation: `${capitalize(campaign.inSentence)} aimed at this: ${target.text.charAt(0).toLowerCase()}${target.text.slice(1)}. ${campaign.result.text}.`,
        sources: campaignCitations(campaign, target.citations),
        refs: refs({ places: target.place ? [target.place] : campaign.places.slice(0, 1) }),
        studySets: campaign.studySets,
        difficulty: 2,
      });
    }
    return out;
  },
};
