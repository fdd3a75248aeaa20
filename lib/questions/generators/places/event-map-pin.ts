/** event-map-pin: mark on the map where an event happened, graded by distance. */
import type { LoadedPlace } from "../../../content/load";
import { clampDifficulty, mergeCitations, questionId, refs, type GeneratorContext, type QuestionDraft } from "../context";
import { LocatedEvent, PlaceIndex, askedPlace, atPlace, distanceKm, eventLabel, happenedAwayFrom, hasAmbiguousRival, isTownBaseOrCrossing, kindClass, mapPositionNote, namesPartOf, pinAnswer, reveals, sceneHiding, settlementAsked } from "./shared";

export function eventMapPin(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const event of index.events) {
    const place = askedPlace(ctx, event);
    const answer = place ? pinAnswer(place) : null;
    if (!place || !answer) continue;
    const asked = namesPartOf(ctx, event, place) ? `On the map, mark the ${settlementAsked(place)} where` : "On the map, mark where";
    const scene = sceneHiding(ctx, event, place);
    const prompt = scene ? `${scene} ${asked} it happened.` : `${asked} this happened: ${eventLabel(event)}.`;
    if (reveals(ctx, prompt, place) || happenedAwayFrom(event, place)) continue;
    // A rival inside the partial-credit circle would earn the same credit: only farther ones count.
    const located: LocatedEvent = { event, place, label: eventLabel(event), gapped: event.title };
    const farRival = (rival: LoadedPlace) =>
      isTownBaseOrCrossing(rival) && (distanceKm(rival, place) ?? Infinity) > answer.partialCreditKm;
    if (hasAmbiguousRival(ctx, index, located, farRival)) continue;
    // Every other point-like place of the event must fall inside the partial-credit circle.
    const spread = event.places
      .map((id) => ctx.placeById.get(id))
      .filter((p): p is LoadedPlace => p !== undefined && kindClass(p.kind) !== "line" && kindClass(p.kind) !== "area")
      .some((p) => (distanceKm(place, p) ?? 0) > answer.partialCreditKm);
    if (spread) continue;
    const qid = questionId("event-map-pin", [event.id]);

    out.push({
      id: qid,
      category: "places",
      type: "map-pin",
      template: "event-map-pin",
      prompt,
      answer,
      explanation: [`This happened ${atPlace(place)}.`, event.summary, mapPositionNote(place)].filter((s) => s !== "").join(" "),
      // The event says where it happened; the pin's position is the gazetteer's (approximate ones are flagged).
      sources: mergeCitations(event.citations),
      refs: refs({ events: [event.id], places: [place.id] }),
      difficulty: clampDifficulty(place.kind === "city" ? 2 : 3),
    });
  }
  return out;
}
