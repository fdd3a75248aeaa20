/** place-captor-choice and place-captor-true-false: who took control of a town on a date; claims are asked as claims. */
import type { Event, Force, Side } from "../../../content/schema";
import type { LoadedPlace } from "../../../content/load";
import { dateInterval, intervalsOverlap } from "../../../content/dates";
import { clampDifficulty, mergeCitations, questionId, refs, rngFor, trueOrFalsePrompt, type GeneratorContext, type QuestionDraft } from "../context";
import { CAPTURE_WINDOW_DAYS, ForceIndex, allDistractors, capitalise, dedupeForces, distractorCitations, distractorNote, echoesPlace, enoughDistractors, eventsById, eventsNearby, forceChoice, inSentence, keysDifficulty, kindClass, listNames, neutralDistractors, neutralGain, otherCaptureNearby, placeDate, placeInSentence, restsOnClaim, stemIsNeutral, eventChoiceFeedback, freshNeutralStems } from "./shared";

/**
 * A capture told neutrally: the named forces that took the place, the other
 * civil-war side (where the wrong options come from), and where. Null unless
 * the documents plainly name who took a settlement or crossing, and no other
 * capture at that place within the window could be confused with it.
 */
interface Capture {
  event: Event;
  place: LoadedPlace;
  opposingSide: Side;
  captors: Force[];
}

/** A campaign's territory change at the same place, crediting named groups, on a date that overlaps the event's. */
function askedByCampaignCaptor(ctx: GeneratorContext, event: Event, place: LoadedPlace): boolean {
  const when = dateInterval(event.date);
  return ctx.kb.campaigns.some((campaign) =>
    campaign.territory.some(
      (change) =>
        change.place === place.id &&
        change.change !== "held" &&
        change.forces.length > 0 &&
        change.date !== undefined &&
        intervalsOverlap(dateInterval(change.date), when),
    ),
  );
}

function captureOf(ctx: GeneratorContext, event: Event): Capture | null {
  const gain = neutralGain(ctx, event);
  if (!gain) return null;
  const { side, opposingSide, place } = gain;
  // "Who took control of Deir Sharqi (by 28 January 2020)?": a "by" date reaches back without
  // limit, and the other side may well have taken the place at some earlier time.
  if (dateInterval(event.date).openStart) return null;
  const entries = event.forces.filter((f) => f.role === "captured" || f.role === "retook");
  // An alleged captor, or a captor of the other side, leaves "who took it" open.
  if (entries.some((f) => f.alleged || ctx.forceById.get(f.force)?.side !== side)) return null;
  const captors = dedupeForces(
    entries
      .map((f) => ({ force: ctx.forceById.get(f.force)! }))
      .filter(({ force }) => force.kind !== "side" && kindClass(force) !== "person"),
  ).map((e) => e.force);
  if (captors.length === 0 || captors.some((f) => echoesPlace(f, place))) return null;
  // campaign-captor already asks who took it, within its campaign: one claim, one question (decision 021).
  if (askedByCampaignCaptor(ctx, event, place)) return null;
  // Another capture nearby, by any other named force or by the other side, makes the stem fit two stories.
  if (otherCaptureNearby(ctx, eventsNearby(ctx, event, place.id, CAPTURE_WINDOW_DAYS), side, captors)) return null;
  return { event, place, opposingSide, captors };
}

/** "took", or "claimed to have taken" when the capture rests on a claim (review P7). */
function tookControl(ctx: GeneratorContext, event: Event): string {
  return restsOnClaim(ctx, event) ? "claimed to have taken" : "took";
}

function capturesOf(ctx: GeneratorContext): Capture[] {
  return eventsById(ctx)
    .map((e) => captureOf(ctx, e))
    .filter((c): c is Capture => c !== null);
}

// ---------------------------------------------------------------------------
// 11. Who took control of the place? (multiple choice)

export function placeCaptorChoice(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const isFreshStem = freshNeutralStems(ctx);
  for (const { event, place, opposingSide, captors } of capturesOf(ctx)) {
    const selectMany = captors.length >= 2;
    const qid = questionId("place-captor-choice", [event.id]);
    const rng = rngFor(ctx, qid);
    const wrong = neutralDistractors(ctx, index, rng, event, place, captors, opposingSide, captors.length > 2 ? 2 : 3);
    if (!enoughDistractors(wrong)) continue;
    const took = tookControl(ctx, event);
    const prompt = `Who ${took} control of ${placeDate(place, event)}?${selectMany ? " Select all that apply." : ""}`;
    if (!isFreshStem(prompt)) continue;
    out.push(
      forceChoice(qid, rng, captors, allDistractors(wrong), {
        template: "place-captor-choice",
        prompt,
        ...eventChoiceFeedback(ctx, index, event, wrong, place, `${capitalise(listNames(captors))} ${took} control of ${placeInSentence(place)}.`),
        refs: refs({ events: [event.id], places: [place.id], forces: captors.map((f) => f.id) }),
        difficulty: keysDifficulty(captors),
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------
// 12. "X took control of P (date)." (true/false)

export function placeCaptorTrueFalse(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const { event, place, opposingSide, captors } of capturesOf(ctx)) {
    const took = tookControl(ctx, event);
    for (const captor of captors) {
      const qid = questionId("place-captor-true-false", [event.id, captor.id]);
      const rng = rngFor(ctx, qid);
      // The false statement names a same-side force that was certainly elsewhere: a force of the
      // other side would make it trivially false (review P3), and any other same-side force might
      // have been there unrecorded. With none, the true statement is asked.
      const wrongSet =
        rng.int(0, 1) === 1 ? undefined : neutralDistractors(ctx, index, rng, event, place, captors, opposingSide, 1, true);
      const wrong = wrongSet?.elsewhere[0];
      const stated = wrong ?? captor;
      const prompt = trueOrFalsePrompt(`${inSentence(stated)} ${took} control of ${placeDate(place, event)}.`);
      if (!stemIsNeutral(ctx, prompt, [stated])) continue;
      const takers = `${listNames(captors)} ${took} control of ${placeInSentence(place)}`;
      out.push({
        id: qid,
        category: "forces",
        type: "true-false",
        template: "place-captor-true-false",
        prompt,
        answer: { value: wrong === undefined },
        explanation:
          wrong === undefined
            ? `True: ${takers}. ${event.summary}`
            : `False: ${takers}. ${distractorNote(ctx, index, wrongSet!, place)} ${event.summary}`,
        sources: mergeCitations(event.citations, ...(wrongSet ? distractorCitations(index, wrongSet) : [])),
        refs: refs({ events: [event.id], places: [place.id], forces: [captor.id] }),
        difficulty: clampDifficulty(kindClass(captor) === "umbrella" ? 1 : 2),
      });
    }
  }
  return out;
}
