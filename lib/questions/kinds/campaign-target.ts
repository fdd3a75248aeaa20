/**
 * campaign-target: what an offensive or siege was aimed at. Wrong options are
 * the targets of the unit's other campaigns: real objectives, but of other
 * fighting, so a student who knows the unit can tell them apart.
 */
import { lowerFirst, mentionsAny, namesOf, subjectName } from "../generators/context";
import { choiceQuestion } from "./build-question";
import { aboutCampaign, campaignsInOrder } from "./campaign-question";
import type { QuestionKind } from "./kind";

const TEMPLATE = "campaign-target";

/**
 * "the Idlib central prison, the checkpoints ... of the provincial capital": the place is named first
 * unless the campaign's name or the description already names it (or a word of it: "central prison").
 */
function targetInSentence(
  target: { text: string; place?: string },
  campaignName: string,
  placeById: ReadonlyMap<string, { name: string; aliases: readonly string[]; arabic?: string }>,
): string {
  const place = target.place ? placeById.get(target.place) : undefined;
  const description = lowerFirst(target.text);
  if (!place) return description;
  const words = place.name.split(/\s+/).filter((word) => word.length >= 5);
  const named = mentionsAny(`${campaignName} ${target.text}`, [...namesOf(place), ...words]);
  return named ? description : `${subjectName(place)}, ${description}`;
}

export const campaignTarget: QuestionKind = {
  template: TEMPLATE,
  asks: "what an offensive or siege was aimed at",
  generate(ctx) {
    const campaigns = campaignsInOrder(ctx);
    return campaigns.flatMap((campaign) => {
      const target = campaign.target;
      if (!target) return [];
      const pool = campaigns
        .filter((other) => other.id !== campaign.id && other.target && other.target.place !== target.place)
        .map((other) => other.target!.text);
      const distinct = [...new Set(pool)].filter((t) => t.toLowerCase() !== target.text.toLowerCase());
      if (distinct.length < 3) return [];
      return choiceQuestion(ctx, TEMPLATE, [campaign.id], (rng) => ({
        category: "places",
        skill: "recall",
        prompt: `What was the main objective of ${campaign.inSentence}?`,
        options: [target.text, ...rng.sample(distinct, 3)].map((text) => ({ key: `target:${text}`, text })),
        keys: [`target:${target.text}`],
        explanation: `The main objective of ${campaign.inSentence} was ${targetInSentence(target, campaign.inSentence, ctx.placeById)}. ${campaign.result.text}.`,
        ...aboutCampaign(campaign, target.citations),
        refs: { places: target.place ? [target.place] : campaign.places.slice(0, 1) },
        difficulty: 2,
      }));
    });
  },
};
