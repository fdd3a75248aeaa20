/**
 * event-sides-true-false: whether a force was on the attacking side in the fighting around a place on a date.
 * One statement per event: "the FSA attacked" and "the army defended" are one claim asked twice (review 4,
 * item 2). A gain known only from one side's claim is not asked here: place-captor-true-false asks it as that
 * side's claim ("The Free Syrian Army claimed to have taken control of Salqin…"), naming who claimed it.
 */
import { clampDifficulty, mergeCitations, questionId, refs, rngFor, trueOrFalsePrompt, type GeneratorContext, type QuestionDraft } from "../context";
import { FIGHT_WINDOW_DAYS, campConflict, eventCamps, eventsById, eventsNearby, inSentence, kindClass, neutralPlace, placeDate, placeInSentence, restsOnClaim, stemIsNeutral, wasOrWere } from "./shared";

// ---------------------------------------------------------------------------
// 10. "In the fighting around P (date), X was on the attacking/defending side." (true/false)

export function eventSidesTrueFalse(ctx: GeneratorContext): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const prompts = new Set<string>();
  for (const event of eventsById(ctx)) {
    const camps = eventCamps(ctx, event);
    // Both camps must exist, or "the defending side" would mean nothing.
    if (!camps || camps.attackSide === null || camps.defenceSide === null) continue;
    const place = neutralPlace(ctx, event);
    if (!place) continue;
    if (restsOnClaim(ctx, event)) continue;
    // Another fight nearby with the camps swapped (the army attacking where it had defended) makes the stem arguable.
    const nearby = eventsNearby(ctx, event, place.id, FIGHT_WINDOW_DAYS);
    if (campConflict(ctx, nearby, camps.attackSide, "attacking") || campConflict(ctx, nearby, camps.defenceSide, "defending")) continue;
    const asked = [
      ...camps.attackers.map((a) => ({ force: a.force, camp: "attacking" as const })),
      ...camps.defenders.map((d) => ({ force: d.force, camp: "defending" as const })),
    ].filter((a) => kindClass(a.force) !== "person");
    // Which camp's force is named varies from event to event, so the statements do not all name the attackers;
    // the order comes from the question ids, not the seed, so a new seed changes no id.
    const candidates = asked
      .map((a) => ({ ...a, qid: questionId("event-sides-true-false", [event.id, a.force.id]) }))
      .sort((a, b) => (a.qid < b.qid ? -1 : a.qid > b.qid ? 1 : 0));
    for (const { force, camp, qid } of candidates) {
      const rng = rngFor(ctx, qid);
      const statementTrue = rng.int(0, 1) === 1;
      const otherCamp = camp === "attacking" ? "defending" : "attacking";
      const stated = statementTrue ? camp : otherCamp;
      const prompt = trueOrFalsePrompt(`in the fighting around ${placeDate(place, event)}, ${inSentence(force)} ${wasOrWere([force])} on the ${stated} side.`);
      // The stem names its force (and so its side) by design; nothing else in it may name a camp.
      if (!stemIsNeutral(ctx, prompt, [force]) || prompts.has(prompt)) continue;
      prompts.add(prompt);
      out.push({
        id: qid,
        category: "forces",
        type: "true-false",
        template: "event-sides-true-false",
        prompt,
        answer: { value: statementTrue },
        explanation: `${statementTrue ? "True" : "False"}: ${inSentence(force)} ${wasOrWere([force])} on the ${camp} side around ${placeInSentence(place)}. ${event.summary}`,
        sources: mergeCitations(event.citations),
        refs: refs({ events: [event.id], places: [place.id], forces: [force.id] }),
        difficulty: clampDifficulty(kindClass(force) === "umbrella" ? 1 : 2),
      });
      break;
    }
  }
  return out;
}
