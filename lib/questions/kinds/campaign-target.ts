/**
 * campaign-target: which place was the objective of a campaign, typed from the
 * documents' description of it ("the base that most of the army's helicopters
 * in Idlib flew from") and the fighting's dates, so a student must know what
 * the place was, not read it off a campaign's name: "What was the objective of
 * the battle for Harem?" answered itself. Typed, every spelling of the place is
 * accepted (Maarat al-Numan, Maarrat al-Nu'man, Maaret al-Numan, Arabic script).
 * It replaced a matching question of all the places against all the
 * descriptions, which "town" and "base" in the descriptions half answered.
 *
 * A place is asked once, from its first campaign (Maarat al-Numan in 2012,
 * not again in 2020). A place whose description names it ("the central prison
 * of the provincial capital" for the Idlib central prison) would give itself
 * away and is left out, as is a target with no single place (the border
 * crossings).
 */
import type { LoadedPlace } from "../../content/load";
import type { Campaign } from "../../content/schema";
import { dateInterval, formatDate } from "../../content/dates";
import { capitalize, lowerFirst, mentionsAny, namesOf, questionId, refs, subjectName, type GeneratorContext, type QuestionDraft } from "../generators/context";
import type { QuestionKind } from "./kind";

const TEMPLATE = "campaign-target";

type Target = NonNullable<Campaign["target"]>;
interface PlaceTarget {
  campaign: Campaign;
  target: Target & { place: string };
}

function startOf(campaign: Campaign): string {
  return dateInterval(campaign.start).start;
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
  asks: "which place was the objective of a campaign, typed from the documents' description of it",
  generate(ctx) {
    return placeTargets(ctx).map(({ campaign, target }) => {
      const place = ctx.placeById.get(target.place)!;
      const when = spanText(campaign);
      return {
        id: questionId(TEMPLATE, [campaign.id]),
        category: "places",
        type: "typed",
        template: TEMPLATE,
        skill: "significance",
        // The description, and the fighting's dates so that only one place fits ("a town close to the Turkish
        // border" alone fits several); never the campaign's name, which names the place.
        prompt: `${capitalize(target.text)}: the objective of ${KIND_PHRASES[campaign.kind]} (${when}). Type the name of the place.`,
        answer: { text: place.name },
        // Every spelling the place goes by, Arabic script included, and for a base its town's name: "Taftanaz"
        // for the Taftanaz airbase is how the documents often say it.
        accept: [...namesOf(place), ...namesOfItsTown(ctx, place)],
        explanation: `It was ${subjectName(place)}, the objective of ${campaign.inSentence}. ${capitalize(subjectName(place))} was ${lowerFirst(target.text)}.`,
        sources: [...campaign.citations, ...target.citations],
        studySets: campaign.studySets,
        refs: refs({ places: [target.place] }),
        difficulty: 3,
      } satisfies QuestionDraft;
    });
  },
};

/** The names of the town a base is named after ("Taftanaz" for the Taftanaz airbase), or none. */
function namesOfItsTown(ctx: GeneratorContext, place: LoadedPlace): string[] {
  if (!/base|airport|heliport/i.test(place.kind)) return [];
  const town = [...ctx.placeById.values()].find(
    (other) => other.id !== place.id && ["city", "town", "village"].includes(other.kind) && place.name.startsWith(`${other.name} `),
  );
  return town ? namesOf(town) : [];
}

/** "8–13 October 2012", "October 2012 to mid April 2013", "to 25 December 2012" (a start known only by its year). */
function spanText(campaign: Campaign): string {
  const { start, end } = campaign;
  if (start.precision === "day" && end.precision === "day" && !start.qualifier && !end.qualifier)
    return formatDate({ precision: "range", start: start.date, end: end.date });
  if (start.precision === "year") return `to ${formatDate(end)}`;
  return `${formatDate(start)} to ${formatDate(end)}`;
}

/** How a prompt names a campaign of each kind without its name. */
const KIND_PHRASES: Record<Campaign["kind"], string> = {
  battle: "a battle",
  siege: "a siege",
  offensive: "an offensive",
  campaign: "a campaign",
  clashes: "months of clashes",
};
