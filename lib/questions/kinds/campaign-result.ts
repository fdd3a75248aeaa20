/**
 * campaign-result: which side came out ahead in a battle or campaign. The
 * options are the sides that fought, plus "neither side", and the feedback
 * gives the result in full (what was won, and what was not).
 */
import type { Side } from "../../content/schema";
import {
  byId,
  makeOptions,
  optionId,
  questionId,
  refs,
  rngFor,
  SIDE_LABELS,
  type QuestionDraft,
} from "../generators/context";
import { campaignCitations, type QuestionKind } from "./kind";

const TEMPLATE = "campaign-result";
const NEITHER = "Neither side: it ended without a clear winner";

export const campaignResult: QuestionKind = {
  template: TEMPLATE,
  asks: "which side came out ahead in a battle or campaign",
  generate(ctx) {
    const out: QuestionDraft[] = [];
    for (const campaign of [...ctx.kb.campaigns].sort(byId)) {
      const sides = [...new Set<Side>(campaign.sides.map((s) => s.side).filter((s) => s !== "foreign"))];
      if (sides.length < 2) continue;
      const qid = questionId(TEMPLATE, [campaign.id]);
      const rng = rngFor(ctx, qid);
      const entries = [
        ...sides.map((side) => ({ key: `side:${side}`, text: SIDE_LABELS[side] })),
        { key: "side:none", text: NEITHER },
      ];
      const key = `side:${campaign.result.winner}`;
      out.push({
        id: qid,
        category: "forces",
        type: "multiple-choice",
        template: TEMPLATE,
        skill: "recall",
        prompt: `Which side came out ahead in ${campaign.inSentence}?`,
        selectMany: false,
        options: makeOptions(qid, rng.shuffle(entries)),
        answer: { correct: [optionId(qid, key)] },
        explanation: `${campaign.result.text}.`,
        sources: campaignCitations(campaign, campaign.result.citations),
        refs: refs({ events: campaign.event ? [campaign.event] : [], places: campaign.places.slice(0, 1) }),
        studySets: campaign.studySets,
        difficulty: 1,
      });
    }
    return out;
  },
};
