/**
 * What the campaign kinds share: the campaigns in a fixed order, what every
 * question about a campaign carries (its citations and study sets), and the
 * kinds that ask "which of these forces…" about one side.
 */
import type { Campaign, CampaignSide, Citation, Side } from "../../content/schema";
import type { SeededRandom } from "../random";
import type { Difficulty } from "../types";
import { byId, mentionsAny, namesOf, type GeneratorContext } from "../generators/context";
import { choiceQuestion, forceChoices } from "./build-question";
import type { QuestionKind } from "./kind";

/** The campaigns in id order, the order every campaign kind asks in. */
export function campaignsInOrder(ctx: GeneratorContext): Campaign[] {
  return [...ctx.kb.campaigns].sort(byId);
}

/** The sources and study sets of a question about `campaign`: its own citations first, then the ones given. */
export function aboutCampaign(campaign: Campaign, citations: readonly Citation[]) {
  return { sources: [...campaign.citations, ...citations], studySets: campaign.studySets };
}

/** A question about the campaign as a whole refers to its event and its main place. */
export function campaignRefs(campaign: Campaign) {
  return { events: campaign.event ? [campaign.event] : [], places: campaign.places.slice(0, 1) };
}

/**
 * Whether `text` names a place the campaign's own name names: "Maarat al-Numan" or "the M5 highway
 * at Maarat al-Numan" as an option of a question about "the October 2012 battle for Maarat al-Numan",
 * "the armoured regiment at Wadi Deif" in one about "the siege of the Wadi Deif base". Such an option
 * answers itself when it is a key and is plainly wrong as a distractor, so it is never offered.
 */
export function namesCampaignPlace(ctx: GeneratorContext, campaign: Campaign): (text: string) => boolean {
  // "Idlib Governorate" names a province, not the city: options in or named after the city give nothing away.
  const name = campaign.inSentence.replace(/\S+ governorate/gi, "");
  // Every spelling of each place the name names: "Maarrat al-Nu'man Martyrs Brigade" names Maarat al-Numan too.
  const spellings = [...ctx.placeById.values()].map(namesOf).filter((names) => mentionsAny(name, names)).flat();
  return (text) => mentionsAny(text, spellings);
}

/** Campaigns fought over other ground than `campaign`: only their forces may be its wrong options. */
function campaignsElsewhere(campaign: Campaign, all: readonly Campaign[]): Campaign[] {
  return all.filter((other) => other.id !== campaign.id && !other.places.some((p) => campaign.places.includes(p)));
}

/**
 * Wrong options for "who fought / led on this side": forces listed under `field` for the same side
 * in campaigns fought elsewhere, never anywhere in this campaign, never a whole side ("the rebels").
 * A force the documents leave out of a campaign was not necessarily absent, so the prompts say
 * "do the sources list".
 */
function forcesListedOnlyElsewhere(
  ctx: GeneratorContext,
  campaign: Campaign,
  all: readonly Campaign[],
  side: Side,
  field: "belligerents" | "units" | "commanders",
): string[] {
  const here = new Set(campaign.sides.flatMap((s) => [...s.belligerents, ...s.units, ...s.commanders]));
  const listed = campaignsElsewhere(campaign, all).flatMap((other) =>
    other.sides.filter((s) => s.side === side).flatMap((s) => s[field]),
  );
  return [...new Set(listed)].filter((id) => !here.has(id) && ctx.forceById.get(id)?.kind !== "side");
}

/** What a side-forces kind asks about one side of a campaign. */
export interface SideForcesQuestion {
  /** Picks the keys and the wrong options, as force ids, with the question's randomness. */
  pick: (rng: SeededRandom) => { correct: string[]; wrong: string[] };
  prompt: string;
  explanation: (correct: string[], wrong: string[]) => string;
  difficulty: Difficulty;
  /** Places the question is also about, for study-set topics. */
  places?: string[];
}

/**
 * A kind that asks "which of these forces…" about each side of each campaign. The wrong
 * options come from the forces listed under `field` only elsewhere. A side that lists none
 * under `field`, that has fewer than two wrong options, or for which `ask` returns null is
 * not asked.
 */
export function sideForcesKind(kind: {
  template: string;
  asks: string;
  field: "belligerents" | "units" | "commanders";
  ask: (ctx: GeneratorContext, campaign: Campaign, side: CampaignSide, pool: string[]) => SideForcesQuestion | null;
}): QuestionKind {
  return {
    template: kind.template,
    asks: kind.asks,
    generate(ctx) {
      const campaigns = campaignsInOrder(ctx);
      return campaigns.flatMap((campaign) =>
        campaign.sides.flatMap((listedSide) => {
          const givenAway = namesCampaignPlace(ctx, campaign);
          const offerable = (id: string) => !givenAway(ctx.forceById.get(id)?.name ?? id);
          const side = { ...listedSide, [kind.field]: listedSide[kind.field].filter(offerable) };
          const pool = forcesListedOnlyElsewhere(ctx, campaign, campaigns, side.side, kind.field).filter(offerable);
          const question = side[kind.field].length > 0 && pool.length >= 2 ? kind.ask(ctx, campaign, side, pool) : null;
          if (!question) return [];
          return choiceQuestion(ctx, kind.template, [campaign.id, side.side], (rng) => {
            const { correct, wrong } = question.pick(rng);
            return {
              category: "forces",
              skill: "recall",
              prompt: question.prompt,
              ...forceChoices(ctx, correct, wrong),
              explanation: question.explanation(correct, wrong),
              ...aboutCampaign(campaign, side.citations),
              refs: { forces: correct, places: question.places ?? [] },
              difficulty: question.difficulty,
            };
          });
        }),
      );
    },
  };
}
