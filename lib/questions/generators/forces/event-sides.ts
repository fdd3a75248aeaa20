/** event-sides-true-false: whether a force was on the attacking side in the fighting around a place on a date. */
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
    const claimed = restsOnClaim(ctx, event);
    // Another fight nearby with the camps swapped (the army attacking where it had defended) makes the stem arguable.
    const nearby = eventsNearby(ctx, event, place.id, FIGHT_WINDOW_DAYS);
    if (campConflict(ctx, nearby, camps.attackSide, "attacking") || campConflict(ctx, nearby, camps.defenceSide, "defending")) continue;
    const asked = [
      ...camps.attackers.map((a) => ({ force: a.force, camp: "attacking" as const })),
      ...camps.defenders.map((d) => ({ force: d.force, camp: "defending" as const })),
    ].filter((a) => kindClass(a.force) !== "person");
    for (const { force, camp } of asked) {
      const qid = questionId("event-sides-true-false", [event.id, force.id]);
      const rng = rngFor(ctx, qid);
      const statementTrue = rng.int(0, 1) === 1;
      const otherCamp = camp === "attacking" ? "defending" : "attacking";
      const stated = statementTrue ? camp : otherCamp;
      // A fight known only from one side's claim is asked as that claim (review P7), without saying whose.
      const fighting = claimed
        ? `according to one side's claim about the fighting around ${placeDate(place, event)}`
        : `in the fighting around ${placeDate(place, event)}`;
      const prompt = trueOrFalsePrompt(`${fighting}, ${inSentence(force)} ${wasOrWere([force])} on the ${stated} side.`);
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
        explanation: `${statementTrue ? "True" : "False"}: ${claimed ? "by the claim, " : ""}${inSentence(force)} ${wasOrWere([force])} on the ${camp} side around ${placeInSentence(place)}. ${event.summary}`,
        sources: mergeCitations(event.citations),
        refs: refs({ events: [event.id], places: [place.id], forces: [force.id] }),
        difficulty: clampDifficulty(kindClass(force) === "umbrella" ? 1 : 2),
      });
    }
  }
  return out;
}
