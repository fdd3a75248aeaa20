/**
 * Territory that changed hands in a campaign, asked two ways:
 * - campaign-territory: which of these places did a side take? (select all);
 *   wrong options are places the unit records another side taking, or holding,
 *   in other campaigns, so each is wrong for a reason the unit teaches;
 * - campaign-captor: which named group took a place, where the documents name
 *   it (the YPG took Kobanî; the rebels who overran Taftanaz). Wrong options
 *   are groups of the other sides in that campaign and same-side groups the
 *   documents credit with other places in it, never a group left unmentioned.
 */
import { formatDate } from "../../content/dates";
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
import { campaignCitations, forceName, listInSentence, type QuestionKind } from "./kind";

export const campaignTerritory: QuestionKind = {
  template: "campaign-territory",
  asks: "which places a side took in a campaign",
  generate(ctx) {
    const out: QuestionDraft[] = [];
    const campaigns = [...ctx.kb.campaigns].sort(byId);
    for (const campaign of campaigns) {
      const sides = [...new Set(campaign.territory.map((t) => t.by))];
      for (const side of sides) {
        const taken = campaign.territory.filter((t) => t.by === side && (t.change === "captured" || t.change === "recaptured"));
        if (taken.length < 2) continue;
        const takenIds = new Set(campaign.territory.map((t) => t.place));
        const pool = campaigns
          .filter((other) => other.id !== campaign.id)
          .flatMap((other) => other.territory.filter((t) => t.by !== side || t.change === "held"))
          .map((t) => t.place)
          .filter((id, i, all) => all.indexOf(id) === i && !takenIds.has(id) && ctx.placeById.has(id));
        if (pool.length < 2) continue;
        const qid = questionId("campaign-territory", [campaign.id, side]);
        const rng = rngFor(ctx, qid);
        const correct = rng.sample(taken.map((t) => t.place), Math.min(3, taken.length)).sort();
        const wrong = rng.sample(pool, Math.min(pool.length, 5 - correct.length));
        const name = (id: string) => ctx.placeById.get(id)?.name ?? id;
        out.push({
          id: qid,
          category: "places",
          type: "multiple-choice",
          template: "campaign-territory",
          skill: "recall",
          prompt: `Which of these places did ${sideInSentence(side)} take in ${campaign.inSentence}? Select all that apply.`,
          selectMany: true,
          options: makeOptions(qid, rng.shuffle([...correct, ...wrong].map((id) => ({ key: `place:${id}`, text: name(id) })))),
          answer: { correct: correct.map((id) => optionId(qid, `place:${id}`)) },
          explanation:
            `In ${campaign.inSentence}, ${sideInSentence(side)} took ${listInSentence([...new Set(taken.map((t) => name(t.place)))])}. ` +
            `${listInSentence(wrong.map(name))} changed hands in other fighting of the unit, or not at all.`,
          sources: campaignCitations(campaign, ...taken.map((t) => t.citations)),
          refs: refs({ places: correct }),
          studySets: campaign.studySets,
          difficulty: 2,
        });
      }
    }
    return out;
  },
};

export const campaignCaptor: QuestionKind = {
  template: "campaign-captor",
  asks: "which named group took a place in a campaign",
  generate(ctx) {
    const out: QuestionDraft[] = [];
    for (const campaign of [...ctx.kb.campaigns].sort(byId)) {
      for (const change of campaign.territory) {
        if (change.forces.length === 0 || change.change === "held") continue;
        const place = ctx.placeById.get(change.place);
        if (!place) continue;
        const credited = new Set(change.forces);
        const otherSides = campaign.sides.filter((s) => s.side !== change.by).flatMap((s) => s.belligerents);
        const creditedElsewhere = campaign.territory
          .filter((t) => t.place !== change.place && t.by === change.by)
          .flatMap((t) => t.forces)
          .filter((id) => !credited.has(id));
        const pool = [...new Set([...otherSides, ...creditedElsewhere])].filter((id) => !credited.has(id));
        if (pool.length < 2) continue;
        // A place can change hands twice in one campaign: the change and its date tell them apart.
        const qid = questionId("campaign-captor", [campaign.id, change.place, change.change, change.date ? formatDate(change.date) : ""]);
        const rng = rngFor(ctx, qid);
        const correct = change.forces.slice(0, 3);
        const wrong = rng.sample(pool, Math.min(pool.length, Math.max(2, 4 - correct.length)));
        const when = change.date ? ` (${formatDate(change.date)})` : "";
        const verb = change.change === "besieged" ? "besieged" : change.change === "recaptured" ? "retook" : "took";
        out.push({
          id: qid,
          category: "forces",
          type: "multiple-choice",
          template: "campaign-captor",
          skill: "recall",
          prompt:
            correct.length > 1
              ? `In ${campaign.inSentence}, which groups do the sources credit with the move that ${verb} ${place.name}${when}? Select all that apply.`
              : `In ${campaign.inSentence}, which group do the sources credit with the move that ${verb} ${place.name}${when}?`,
          selectMany: correct.length > 1,
          options: makeOptions(qid, rng.shuffle([...correct, ...wrong].map((id) => ({ key: `force:${id}`, text: forceName(ctx, id) })))),
          answer: { correct: correct.map((id) => optionId(qid, `force:${id}`)) },
          explanation: `The sources credit ${listInSentence(correct.map((id) => forceName(ctx, id)))} with this. ${campaign.result.text}.`,
          sources: campaignCitations(campaign, change.citations),
          refs: refs({ forces: correct, places: [change.place] }),
          studySets: campaign.studySets,
          difficulty: 2,
        });
      }
    }
    return out;
  },
};
