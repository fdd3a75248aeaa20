/** place-holder-choice: which force was defending a town when it was attacked. */
import { datePhrase } from "../../../content/dates";
import { questionId, refs, rngFor, sideInSentence, type GeneratorContext, type QuestionDraft } from "../context";
import { FIGHT_WINDOW_DAYS, ForceIndex, HOLDING_ROLES, allDistractors, campConflict, capitalise, dedupeForces, echoesPlace, enoughDistractors, eventsNearby, forceChoice, keysDifficulty, kindClass, listNames, neutralDistractors, placeInSentence, restsOnClaim, gainsFromOpposingSide, eventChoiceFeedback, freshNeutralStems } from "./shared";

// ---------------------------------------------------------------------------
// 13. Which force was holding the place when it was captured? (multiple choice)

/**
 * Only places that were taken: then the defenders certainly held the place
 * itself ("Rebels intercept troops on the edge of Khan Shaykhun" does not
 * mean the army held Khan Shaykhun). The holders are the named forces the
 * documents give a defence role or a withdrawal there.
 */
export function placeHolderChoice(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const isFreshStem = freshNeutralStems(ctx);
  for (const { event, side, opposingSide: holdingSide, place } of gainsFromOpposingSide(ctx)) {
    const holders = dedupeForces(
      event.forces
        .filter((f) => !f.alleged && HOLDING_ROLES.has(f.role))
        .map((f) => ({ force: ctx.forceById.get(f.force)! }))
        // A whole army or coalition is what anyone would pick for "who held the town": only a named unit or group is asked.
        .filter(({ force }) => force.side === holdingSide && force.kind !== "side" && kindClass(force) !== "person" && kindClass(force) !== "umbrella"),
    ).map((e) => e.force);
    if (holders.length === 0 || holders.some((f) => echoesPlace(f, place))) continue;
    // The place changing hands, or the holders attacking it, within the window would fit a second story.
    const nearby = eventsNearby(ctx, event, place.id, FIGHT_WINDOW_DAYS);
    if (campConflict(ctx, nearby, side, "attacking") || campConflict(ctx, nearby, holdingSide, "defending")) continue;
    const selectMany = holders.length >= 2;
    const qid = questionId("place-holder-choice", [event.id]);
    const rng = rngFor(ctx, qid);
    const wrong = neutralDistractors(ctx, index, rng, event, place, holders, side, holders.length > 2 ? 2 : 3);
    if (!enoughDistractors(wrong)) continue;
    // A capture known only from the captors' claim is asked as a claim (review P7).
    const claimed = restsOnClaim(ctx, event);
    // The scene as a sentence, then the question: "By 12 January 2013, al-Rami had fallen. Which force had been holding it?"
    const by = "qualifier" in event.date && event.date.qualifier === "by";
    // A claim keeps the stem neutral about who made it (the side would give the holders away).
    const fell = claimed ? `one side claimed to have taken ${placeInSentence(place)}` : `${placeInSentence(place)} ${by ? "had fallen" : "fell"}`;
    const scene = `${capitalise(datePhrase(event.date))}, ${fell}.`;
    const prompt = selectMany
      ? `${scene} Which of these had been holding it? Select all that apply.`
      : `${scene} Which force had been holding it?`;
    if (!isFreshStem(prompt)) continue;
    out.push(
      forceChoice(qid, rng, holders, allDistractors(wrong), {
        template: "place-holder-choice",
        prompt,
        ...eventChoiceFeedback(ctx, index, event, wrong, place, `${capitalise(listNames(holders))} held ${placeInSentence(place)} until ${sideInSentence(side)} ${claimed ? "claimed to have taken" : "took"} it.`),
        refs: refs({ events: [event.id], places: [place.id], forces: holders.map((f) => f.id) }),
        difficulty: keysDifficulty(holders),
      }),
    );
  }
  return out;
}
