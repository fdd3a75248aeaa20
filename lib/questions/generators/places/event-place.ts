/**
 * event-place-choice and event-place-typed: where an event happened, when its
 * title does not name the place. Distractors are places of the same kind, at
 * least 10 km away, that no part of the event mentions.
 */
import type { LoadedPlace } from "../../../content/load";
import type { Event } from "../../../content/schema";
import { choiceQuestion, clampDifficulty, mentionsAny, mergeCitations, namesOf, questionId, refs, rngFor, type GeneratorContext, type QuestionDraft } from "../context";
import { LocatedEvent, PlaceIndex, ambiguousPlaces, atPlace, chooseDistractors, eventLabel, eventPlaceCandidates, hasAmbiguousRival, isTownBaseOrCrossing, kindClass, namesPartOf, placeOption, sceneHiding, settlementAsked } from "./shared";

/**
 * "On 21 December 2011, a student was killed at protests at the university. In
 * which town or city did this happen?"; the quoted headline when the event has
 * no clause that keeps the place hidden. A district or building named in the
 * event is not the answer: then the stem asks for the town or city.
 */
function whereStem(ctx: GeneratorContext, event: Event, place: LoadedPlace): string {
  const asked = namesPartOf(ctx, event, place) ? `In which ${settlementAsked(place)} did this happen` : "Where did this happen";
  const scene = sceneHiding(ctx, event, place);
  return scene ? `${scene} ${asked}?` : `${asked}: ${eventLabel(event)}?`;
}

function typedWhereStem(ctx: GeneratorContext, event: Event, place: LoadedPlace): string {
  const asked = `Type the name of the ${namesPartOf(ctx, event, place) ? settlementAsked(place) : "place"}`;
  const scene = sceneHiding(ctx, event, place);
  return scene ? `${scene} ${asked} where it happened.` : `${asked} where this happened: ${eventLabel(event)}.`;
}

export function eventPlaceChoice(ctx: GeneratorContext, index: PlaceIndex, located: readonly LocatedEvent[]): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const { event, place, gapped } of located) {
    const qid = questionId("event-place-choice", [event.id]);
    const rng = rngFor(ctx, qid);
    // Nothing that would make the title true for some event (the same title elsewhere, the same action that month).
    const ambiguous = ambiguousPlaces(ctx, index, event, gapped, place);
    const candidates = eventPlaceCandidates(ctx, index, [event], [place]).filter((c) => !ambiguous.has(c.id));
    // Only the key's own kind class (town for a town, base for a base): the stem's wording may imply one.
    const sameClass = candidates.filter((c) => kindClass(c.kind) === kindClass(place.kind));
    const tiers = [
      sameClass.filter((c) => c.governorate === place.governorate && c.kind === place.kind),
      sameClass.filter((c) => c.governorate === place.governorate),
      sameClass,
    ];
    const distractors = chooseDistractors(rng, tiers, [place], 3);
    if (distractors.length < 3) continue;
    out.push(
      choiceQuestion(qid, rng, "places", [placeOption(place)], distractors.map(placeOption), {
        template: "event-place-choice",
        prompt: whereStem(ctx, event, place),
        explanation: `This happened ${atPlace(place)}. ${event.summary}`,
        // The fact "this happened at X" comes from the event alone.
        sources: mergeCitations(event.citations),
        refs: refs({ events: [event.id], places: [place.id] }),
        difficulty: clampDifficulty(place.kind === "city" ? 1 : place.kind === "village" || kindClass(place.kind) === "site" ? 3 : 2),
      }),
    );
  }
  return out;
}

export function eventPlaceTyped(ctx: GeneratorContext, index: PlaceIndex, locatedEvents: readonly LocatedEvent[]): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const located of locatedEvents) {
    const { event, place } = located;
    if (!isTownBaseOrCrossing(place)) continue;
    // A typed answer has no options to rule out look-alikes: skip when another place would fit.
    if (hasAmbiguousRival(ctx, index, located)) continue;
    // "Type the place" needs one answer: no second town, base or crossing in the event.
    const rivals = event.places
      .filter((id) => id !== place.id)
      .map((id) => ctx.placeById.get(id))
      .filter((p): p is LoadedPlace => p !== undefined && isTownBaseOrCrossing(p));
    if (rivals.length > 0) continue;
    const qid = questionId("event-place-typed", [event.id]);
    const prompt = typedWhereStem(ctx, event, place);
    const accept = namesOf(place);
    if (mentionsAny(prompt, accept)) continue;
    out.push({
      id: qid,
      category: "places",
      type: "typed",
      template: "event-place-typed",
      prompt,
      answer: { text: place.name },
      accept,
      explanation: `This happened ${atPlace(place)}. ${event.summary}`,
      sources: mergeCitations(event.citations),
      refs: refs({ events: [event.id], places: [place.id] }),
      difficulty: clampDifficulty(place.kind === "city" ? 2 : 3),
    });
  }
  return out;
}
