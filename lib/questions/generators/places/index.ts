/**
 * Places questions: where events happened, where places are (map pins,
 * governorates, directions, highways, border crossings) and what lies near
 * what.
 *
 * Honesty rules:
 * - "Where did this happen?" questions are asked only when neither the event's
 *   title nor its date gives the place away (its own names, the place it is
 *   part of, or a town its name contains: "Taftanaz" gives away "Taftanaz airbase").
 * - A distractor is never one of the event's places, never contains or lies
 *   inside the answer, is not mentioned in the event, and (when both have
 *   coordinates) lies at least 10 km from the answer.
 * - Geometric claims made only by distractors ("not east of", "not on the M5",
 *   "far from") are checked against gazetteer coordinates with wide margins;
 *   claims made by correct answers always come from cited relations, and for
 *   directions and "near" the coordinates must agree too.
 * - A question about places alone is kept only when one of its places is
 *   named by an event or listed by a study set, so it belongs to a topic.
 * - No premise or stem may fit a second option: for every event, the places
 *   that would make its (gapped) title true for ANY event are collected (same
 *   title once the place is blanked out, or the same kind of action by the
 *   same side at a time the dates shown cannot tell apart), and none of them
 *   but the key is offered; typed and map questions are skipped when one of
 *   them is another town, base or crossing.
 * - "Where did it happen?" skips events that happened some distance from the
 *   place ("10 km south of the town", "outside", "near"): the key would only
 *   be approximately true.
 * - Event-place questions cite only the event (the fact "this happened at X"
 *   comes from it); questions about places alone cite the place and its
 *   relations. Coordinates and governorates come from the project gazetteer
 *   (content/data/README.md); explanations do not name it to students, but
 *   say when a map position is only approximate.
 * - A map pin is not asked for a place within the full-credit radius of a
 *   more prominent pinned place: a click on the town would earn full marks.
 * - Each fact is asked once: a direction asked as a choice is not also asked
 *   as true/false; a governorate is not asked for the satellites of a town.
 * - Directions must agree with the coordinates (bearing within 45 degrees of
 *   the direction); "not north" distractors lie in the opposite half-plane and
 *   are never places a document groups with the correct ones.
 * - No article stands before a gap ("FSA attacks the ___" would rule out every
 *   town): the whole noun phrase is blanked. A matching question offers only
 *   towns or only facilities (bases, crossings); a choice question only places
 *   of the key's own kind class.
 * - An explanation ends with one sentence on what the place means in the unit
 *   (its description as a sentence, else the first event there), citing the
 *   document it comes from; never a bare "X is a village in Idlib governorate".
 */
import { questionId, type GeneratorContext, type QuestionDraft } from "../context";
import { buildIndex, locatableEvents } from "./shared";
import { eventPlaceChoice, eventPlaceTyped } from "./event-place";
import { eventMapPin } from "./event-map-pin";
import { gappedEvents, eventPlaceMatching } from "./event-place-matching";
import { placeMapPin } from "./place-map-pin";
import { placeGovernorateChoice, placeGovernorateTrueFalse } from "./place-governorate";
import { placeDirectionTrueFalse, placeDirectionChoice } from "./place-direction";
import { onHighwayChoice } from "./on-highway";
import { borderCrossingChoice, borderCrossingTyped } from "./border-crossing";
import { placeNearChoice } from "./place-near";
import { placePartOfChoice } from "./place-part-of";

/**
 * The fill-the-gap templates (border-crossing-typed, event-place-matching) blank a
 * name out of an event title ("Soldiers defect with tanks at ___"). A gap reads as
 * a template leftover to students, so the bank no longer asks them; they stay
 * here, tested, until they are reworded without a gap.
 */
export function generateGapQuestions(ctx: GeneratorContext): QuestionDraft[] {
  const index = buildIndex(ctx);
  return [...borderCrossingTyped(ctx, index), ...eventPlaceMatching(ctx, index, gappedEvents(ctx, index))];
}

/**
 * "Where did this happen?" once per event: as a map pin, typed and a choice it would ask one claim three
 * times. Recall comes first: a map pin or the typed name, alternating by a hash of the event's id (so an
 * event's question does not change when others are added); a choice only when neither can be asked.
 */
function oneWherePerEvent(questions: readonly QuestionDraft[]): QuestionDraft[] {
  const byEvent = new Map<string, QuestionDraft[]>();
  for (const q of questions) byEvent.set(q.refs.events[0]!, [...(byEvent.get(q.refs.events[0]!) ?? []), q]);
  return [...byEvent].flatMap(([eventId, asked]) => {
    const recall = parseInt(questionId("event-where", [eventId]).slice(-6), 16) % 2 === 0
      ? ["event-map-pin", "event-place-typed"]
      : ["event-place-typed", "event-map-pin"];
    const template = [...recall, "event-place-choice"].find((t) => asked.some((q) => q.template === t));
    return asked.filter((q) => q.template === template);
  });
}

export function generatePlaceQuestions(ctx: GeneratorContext): QuestionDraft[] {
  const index = buildIndex(ctx);
  const located = locatableEvents(ctx, index);
  return [
    ...oneWherePerEvent([...eventPlaceChoice(ctx, index, located), ...eventPlaceTyped(ctx, index, located), ...eventMapPin(ctx, index)]),
    ...placeMapPin(ctx, index),
    ...placeGovernorateChoice(ctx, index),
    ...placeGovernorateTrueFalse(ctx, index),
    ...placeDirectionTrueFalse(ctx, index),
    ...placeDirectionChoice(ctx, index),
    ...onHighwayChoice(ctx, index),
    ...borderCrossingChoice(ctx, index),
    // Fill-the-gap templates are kept out of the bank: see generateGapQuestions.
    ...placeNearChoice(ctx, index),
    ...placePartOfChoice(ctx, index),
  ];
}
