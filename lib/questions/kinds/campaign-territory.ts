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
import type { Side } from "../../content/schema";
import { datePhrase, formatDate } from "../../content/dates";
import { capitalize, sideInSentence, subjectName } from "../generators/context";
import { choiceQuestion, forceChoices } from "./build-question";
import { aboutCampaign, campaignsInOrder, namesCampaignPlace } from "./campaign-question";
import { forcesInSentence, listInSentence, type QuestionKind } from "./kind";

/** "The captures of Salqin and Harem are known only from the rebels' own announcements. " */
function claimsNote(places: string[]): string {
  const unique = [...new Set(places)];
  if (unique.length === 0) return "";
  const noun = unique.length > 1 ? "captures" : "capture";
  const verb = unique.length > 1 ? "are" : "is";
  return `The ${noun} of ${listInSentence(unique)} ${verb} known only from the captors' own announcements. `;
}

const SIDE_WORDS: Partial<Record<Side, RegExp>> = { government: /\bgovernment\b/i, rebels: /\brebels?\b/i };

function namesSide(name: string, side: Side): boolean {
  return SIDE_WORDS[side]?.test(name) ?? false;
}

export const campaignTerritory: QuestionKind = {
  template: "campaign-territory",
  asks: "which places a side took in a campaign",
  generate(ctx) {
    const campaigns = campaignsInOrder(ctx);
    const name = (id: string) => ctx.placeById.get(id)?.name ?? id;
    // In a sentence a common-noun name takes its article: "the Bab al-Hawa border crossing".
    const nameInSentence = (id: string) => {
      const place = ctx.placeById.get(id);
      return place ? subjectName(place) : id;
    };
    return campaigns.flatMap((campaign) =>
      [...new Set(campaign.territory.map((t) => t.by))].flatMap((side) => {
        const givenAway = namesCampaignPlace(ctx, campaign);
        const taken = campaign.territory.filter(
          (t) => t.by === side && (t.change === "captured" || t.change === "recaptured") && !givenAway(name(t.place)),
        );
        if (taken.length < 2) return [];
        const takenIds = new Set(campaign.territory.map((t) => t.place));
        const pool = campaigns
          .filter((other) => other.id !== campaign.id)
          .flatMap((other) => other.territory.filter((t) => t.by !== side || t.change === "held"))
          .map((t) => t.place)
          .filter((id, i, all) => all.indexOf(id) === i && !takenIds.has(id) && ctx.placeById.has(id) && !givenAway(name(id)));
        if (pool.length < 2) return [];
        return choiceQuestion(ctx, "campaign-territory", [campaign.id, side], (rng) => {
          const correct = rng.sample(taken.map((t) => t.place), Math.min(3, taken.length)).sort();
          // Wrong places from the keys' own governorates first: a 2020 village near Maarat al-Numan among the
          // Aleppo towns of 2012 is ruled out by where it is, not by what the student knows of the campaign.
          const governorates = new Set(correct.map((id) => ctx.placeById.get(id)?.governorate));
          const nearby = pool.filter((id) => governorates.has(ctx.placeById.get(id)?.governorate));
          const wanted = Math.min(pool.length, 5 - correct.length);
          const first = rng.sample(nearby, Math.min(nearby.length, wanted));
          const wrong = [...first, ...rng.sample(pool.filter((id) => !first.includes(id)), wanted - first.length)];
          return {
            category: "places",
            skill: "recall",
            // Two or more keys: the builder adds "Select all that apply."
            // "Did the government take in the government offensive" says the side twice: a name that gives it asks without.
            prompt: namesSide(campaign.inSentence, side)
              ? `Which of these places were taken in ${campaign.inSentence}?`
              : `Which of these places did ${sideInSentence(side)} take in ${campaign.inSentence}?`,
            options: [...correct, ...wrong].map((id) => ({ key: `place:${id}`, text: name(id) })),
            keys: correct.map((id) => `place:${id}`),
            explanation:
              `In ${campaign.inSentence}, ${sideInSentence(side)} took ${listInSentence([...new Set(taken.map((t) => nameInSentence(t.place)))])}. ` +
              claimsNote(taken.filter((t) => t.claimed).map((t) => nameInSentence(t.place))) +
              `${capitalize(listInSentence(wrong.map(nameInSentence)))} changed hands in other fighting, or not at all.`,
            ...aboutCampaign(campaign, taken.flatMap((t) => t.citations)),
            refs: { places: correct },
            difficulty: 2,
          };
        });
      }),
    );
  },
};

const PAST_PARTICIPLE: Record<string, string> = { besieged: "besieged", retook: "retaken", took: "taken" };

export const campaignCaptor: QuestionKind = {
  template: "campaign-captor",
  asks: "which named group took a place in a campaign",
  generate: (ctx) =>
    campaignsInOrder(ctx).flatMap((campaign) =>
      campaign.territory.flatMap((change) => {
        if (change.forces.length === 0 || change.change === "held") return [];
        const place = ctx.placeById.get(change.place);
        if (!place) return [];
        const credited = new Set(change.forces);
        const otherSides = campaign.sides.filter((s) => s.side !== change.by).flatMap((s) => s.belligerents);
        const creditedElsewhere = campaign.territory
          .filter((t) => t.place !== change.place && t.by === change.by)
          .flatMap((t) => t.forces)
          .filter((id) => !credited.has(id));
        const pool = [...new Set([...otherSides, ...creditedElsewhere])].filter((id) => !credited.has(id));
        if (pool.length < 2) return [];
        const when = change.date ? ` ${datePhrase(change.date)}` : "";
        // A place can change hands twice in one campaign: the change and its date tell them apart.
        const facts = [campaign.id, change.place, change.change, change.date ? formatDate(change.date) : ""];
        return choiceQuestion(ctx, "campaign-captor", facts, (rng) => {
          const correct = change.forces.slice(0, 3);
          const wrong = rng.sample(pool, Math.min(pool.length, Math.max(2, 4 - correct.length)));
          const verb = change.change === "besieged" ? "besieged" : change.change === "recaptured" ? "retook" : "took";
          const groups = correct.length > 1 ? "groups" : "group";
          // A capture known only from its captors is asked as their claim, never as a plain fact.
          const prompt = change.claimed
            ? `In ${campaign.inSentence}, which ${groups} claimed to have ${PAST_PARTICIPLE[verb]} ${subjectName(place)}${when}?`
            : `In ${campaign.inSentence}, which ${groups} do the sources say ${verb} ${subjectName(place)}${when}?`;
          const credit = change.claimed
            ? `The claim was made by ${forcesInSentence(ctx, correct)}; the documents give no account from the other side.`
            : `The sources credit ${forcesInSentence(ctx, correct)} with this.`;
          return {
            category: "forces",
            skill: "recall",
            prompt,
            ...forceChoices(ctx, correct, wrong),
            explanation: `${credit} ${campaign.result.text}.`,
            ...aboutCampaign(campaign, change.citations),
            refs: { forces: correct, places: [change.place] },
            difficulty: 2,
          };
        });
      }),
    ),
};
