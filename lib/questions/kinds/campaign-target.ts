/**
 * campaign-target: what made each objective of the unit's campaigns worth
 * fighting for. One matching question pairs each target place with the
 * documents' description of it ("the base that most of the army's helicopters
 * in Idlib flew from"), so a student must know what the place was, not read it
 * off a campaign's name: "What was the objective of the battle for Harem?"
 * answered itself.
 *
 * A place is matched once, from its first campaign (Maarat al-Numan in 2012,
 * not again in 2020). A place whose description names it ("the central prison
 * of the provincial capital" for the Idlib central prison) would give itself
 * away and is left out. A target with no single place (the border crossings)
 * is the extra option that matches no place.
 */
import type { Campaign } from "../../content/schema";
import { dateInterval } from "../../content/dates";
import { capitalize, lowerFirst, mentionsAny, namesOf, subjectName, type GeneratorContext } from "../generators/context";
import { matchingQuestion, type OptionEntry } from "./build-question";
import type { QuestionKind } from "./kind";

const TEMPLATE = "campaign-target";
/** Fewer places than this is not worth matching. */
const MIN_PLACES = 3;

type Target = NonNullable<Campaign["target"]>;
interface PlaceTarget {
  campaign: Campaign;
  target: Target & { place: string };
}

function startOf(campaign: Campaign): string {
  return dateInterval(campaign.start).start;
}

/** "2012–2013", or "2012" when every campaign falls in one year. */
function yearsOf(campaigns: readonly Campaign[]): string {
  const first = Math.min(...campaigns.map((c) => Number(startOf(c).slice(0, 4))));
  const last = Math.max(...campaigns.map((c) => Number(dateInterval(c.end).end.slice(0, 4))));
  return first === last ? String(first) : `${first}–${last}`;
}

/** Does the description name the place, or a long word of its name ("prison")? Then matching it is no test. */
function namesItsPlace(ctx: GeneratorContext, target: Target & { place: string }): boolean {
  const place = ctx.placeById.get(target.place);
  if (!place) return true;
  const words = place.name.split(/\s+/).filter((word) => word.length >= 5);
  return mentionsAny(target.text, [...namesOf(place), ...words]);
}

/** Each target place once, from its earliest campaign, in time order. */
function placeTargets(ctx: GeneratorContext): PlaceTarget[] {
  const campaigns = [...ctx.kb.campaigns].sort((a, b) => startOf(a).localeCompare(startOf(b)) || a.id.localeCompare(b.id));
  const seen = new Set<string>();
  const targets: PlaceTarget[] = [];
  for (const campaign of campaigns) {
    const target = campaign.target;
    if (!target?.place || seen.has(target.place)) continue;
    seen.add(target.place);
    const placed = { ...target, place: target.place };
    if (!namesItsPlace(ctx, placed)) targets.push({ campaign, target: placed });
  }
  return targets;
}

export const campaignTarget: QuestionKind = {
  template: TEMPLATE,
  asks: "what made each campaign's objective worth fighting for",
  generate(ctx) {
    const targets = placeTargets(ctx);
    if (targets.length < MIN_PLACES) return [];
    const described = new Set(targets.map((t) => t.target.text.toLowerCase()));
    // The extra option: a target with no single place, so it can match none of them.
    const extra = [...ctx.kb.campaigns]
      .sort((a, b) => a.id.localeCompare(b.id))
      .find((c) => c.target && !c.target.place && !described.has(c.target.text.toLowerCase()));
    const option = (campaignId: string, text: string): OptionEntry => ({ key: `target:${campaignId}`, text });
    const options = targets.map((t) => option(t.campaign.id, t.target.text));
    if (extra?.target) options.push(option(extra.id, extra.target.text));
    const campaigns = [...targets.map((t) => t.campaign), ...(extra ? [extra] : [])];

    return matchingQuestion(ctx, TEMPLATE, targets.map((t) => t.campaign.id), {
      category: "places",
      skill: "significance",
      prompt: `Each of these places was the main objective of an attack or siege in ${yearsOf(targets.map((t) => t.campaign))}. Match each place to what it was.`,
      premises: targets.map((t) => ({
        key: `place:${t.target.place}`,
        text: ctx.placeById.get(t.target.place)!.name,
        match: option(t.campaign.id, t.target.text).key,
      })),
      options,
      explanation: [
        ...targets.map(
          (t) => `${capitalize(subjectName(ctx.placeById.get(t.target.place)!))} was ${lowerFirst(t.target.text)}.`,
        ),
        ...(extra?.target ? [`${capitalize(extra.inSentence)} was aimed at ${lowerFirst(extra.target.text)}, not at any one of these places.`] : []),
      ].join(" "),
      sources: campaigns.flatMap((c) => c.target!.citations),
      // The sets of the matched places' campaigns: the extra option does not make it a question about the border crossings.
      studySets: [...new Set(targets.flatMap((t) => t.campaign.studySets))],
      refs: { places: targets.map((t) => t.target.place) },
      difficulty: 2,
    });
  },
};
