/** operation-participants-choice: which groups took part in the attack that took a town (select all). */
import { dateInterval } from "../../../content/dates";
import { questionId, refs, rngFor, type GeneratorContext, type QuestionDraft } from "../context";
import { FIGHT_WINDOW_DAYS, ForceIndex, allDistractors, capitalise, dedupeForces, echoesPlace, enoughDistractors, eventsNearby, forceChoice, kindClass, listNames, neutralDistractors, otherCaptureNearby, placeDate, placeInSentence, restsOnClaim, gainsFromOpposingSide, eventChoiceFeedback, freshNeutralStems } from "./shared";

// ---------------------------------------------------------------------------
// 14. Which groups took part in the operation? (multiple choice, select many)

/** Most named participants offered at once: the rest of the options are distractors. */
const MAX_PARTICIPANT_OPTIONS = 3;

/**
 * "The offensive that took P": naming the outcome, not the side, tells which
 * camp is meant, so no force of the other camp (which may have counter-attacked
 * in the same days) can be read as taking part in it.
 */
export function operationParticipantsChoice(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const isFreshStem = freshNeutralStems(ctx);
  for (const { event, side, opposingSide, camps, place } of gainsFromOpposingSide(ctx)) {
    // The attack roles of the camp, plus forces of that side the documents say took part.
    const participants = dedupeForces([
      ...camps.attackers,
      ...event.forces
        .filter((f) => !f.alleged && f.role === "took-part")
        .map((f) => ({ force: ctx.forceById.get(f.force)! }))
        .filter(({ force }) => force.side === side && force.kind !== "side"),
    ])
      .map((e) => e.force)
      .filter((f) => kindClass(f) !== "person");
    if (participants.length < 2) continue;
    // The other side's counter-attacks in the same days do not matter (they were not part of the
    // offensive that took the place); another capture nearby would fit the stem too.
    if (otherCaptureNearby(ctx, eventsNearby(ctx, event, place.id, FIGHT_WINDOW_DAYS), side, participants)) continue;
    const qid = questionId("operation-participants-choice", [event.id]);
    const rng = rngFor(ctx, qid);
    // Forces named after the place would point at themselves; a true participant may be left out of the options.
    const offered = rng.sample(
      participants.filter((f) => !echoesPlace(f, place)),
      MAX_PARTICIPANT_OPTIONS,
    );
    if (offered.length < 2) continue;
    const wrong = neutralDistractors(ctx, index, rng, event, place, participants, opposingSide, 2);
    if (!enoughDistractors(wrong)) continue;
    const interval = dateInterval(event.date);
    const operation = interval.start !== interval.end || /\boffensive\b/i.test(event.summary) ? "offensive" : "attack";
    // A capture known only from the captors' claim is asked as a claim (review P7).
    const tookIt = restsOnClaim(ctx, event) ? "claimed to have taken" : "that took";
    const prompt = `Which of these took part in the ${operation} ${tookIt} ${placeDate(place, event)}? Select all that apply.`;
    if (!isFreshStem(prompt)) continue;
    out.push(
      forceChoice(qid, rng, offered, allDistractors(wrong), {
        template: "operation-participants-choice",
        prompt,
        ...eventChoiceFeedback(ctx, index, event, wrong, place, `${capitalise(listNames(participants))} took part in the ${operation} ${tookIt} ${placeInSentence(place)}.`),
        refs: refs({ events: [event.id], places: [place.id], forces: offered.map((f) => f.id) }),
        difficulty: 3,
      }),
    );
  }
  return out;
}
