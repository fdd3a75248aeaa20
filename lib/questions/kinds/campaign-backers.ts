/**
 * campaign-backers: which outside state backed which side. Asked as matching
 * when a campaign names backers for two sides (Russia and Turkey in 2020), and
 * as a choice among the unit's outside states otherwise.
 */
import {
  byId,
  makeOptions,
  questionId,
  refs,
  rngFor,
  SIDE_LABELS,
  type QuestionDraft,
} from "../generators/context";
import { campaignCitations, forceName, type QuestionKind } from "./kind";

const TEMPLATE = "campaign-backers";

export const campaignBackers: QuestionKind = {
  template: TEMPLATE,
  asks: "which outside state backed which side",
  generate(ctx) {
    const out: QuestionDraft[] = [];
    for (const campaign of [...ctx.kb.campaigns].sort(byId)) {
      const backed = campaign.sides.flatMap((s) => s.backers.map((backer) => ({ backer, side: s.side })));
      if (backed.length < 2) continue;
      const sides = [...new Set(backed.map((b) => b.side))];
      if (sides.length < 2) continue;
      const qid = questionId(TEMPLATE, [campaign.id]);
      const rng = rngFor(ctx, qid);
      const pairs: Record<string, string> = {};
      const premises = backed.map((b) => ({ key: `backer:${b.backer}`, text: forceName(ctx, b.backer) }));
      const options = sides.map((side) => ({ key: `side:${side}`, text: SIDE_LABELS[side] }));
      const premiseOptions = makeOptions(qid, premises);
      const sideOptions = makeOptions(qid, options);
      backed.forEach((b, i) => {
        pairs[premiseOptions[i]!.id] = sideOptions[sides.indexOf(b.side)]!.id;
      });
      out.push({
        id: qid,
        category: "forces",
        type: "matching",
        template: TEMPLATE,
        skill: "recall",
        prompt: `In ${campaign.inSentence}, which side did each outside state back? Match each state to the side.`,
        premises: rng.shuffle(premiseOptions),
        options: rng.shuffle(sideOptions),
        answer: { pairs },
        explanation: backed.map((b) => `${forceName(ctx, b.backer)} backed ${SIDE_LABELS[b.side].charAt(0).toLowerCase()}${SIDE_LABELS[b.side].slice(1)}.`).join(" "),
        sources: campaignCitations(campaign, ...campaign.sides.map((s) => s.citations)),
        refs: refs({ forces: backed.map((b) => b.backer) }),
        studySets: campaign.studySets,
        difficulty: 1,
      });
    }
    return out;
  },
};
