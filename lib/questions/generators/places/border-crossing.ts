/**
 * border-crossing-choice and border-crossing-typed: which place is a crossing
 * into Turkey. The typed form blanks the name out of an event title and is
 * kept out of the bank (see generateGapQuestions in index.ts).
 */
import type { LoadedPlace } from "../../../content/load";
import { formatDate } from "../../../content/dates";
import { listInSentence } from "../../../text/list-in-sentence";
import { capitalize, choiceQuestion, mergeCitations, namesOf, questionId, refs, rngFor, subjectName, type GeneratorContext, type QuestionDraft } from "../context";
import { LocatedEvent, PlaceIndex, chooseDistractors, closelyRelated, hasAmbiguousRival, hasTopic, kindClass, kindSentence, placeCitations, placeContext, placeOption, replaceName, reveals, shownGapTitle, tidyGap } from "./shared";

/** "Bab al-Hawa" for "Bab al-Hawa border crossing": the option must not say "crossing". */
function crossingShortName(place: LoadedPlace): string {
  const short = place.name.replace(/\s+(border\s+)?crossing$/i, "");
  return short.length > 0 ? short : place.name;
}

/** Latitude margin that keeps distractor towns well inland of the Turkish border. */
const INLAND_MARGIN_DEG = 0.25;

export function borderCrossingChoice(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const crossings = index.places.filter((p) => p.kind === "border-crossing");
  // Towns that host a crossing in the events ("Jarabulus crossing") are never distractors.
  const crossingTowns = new Set(
    index.events.filter((e) => e.tags.includes("border-crossing")).flatMap((e) => e.places),
  );
  for (const crossing of crossings) {
    if (!crossing.coordinates || !hasTopic(index, [crossing.id])) continue;
    const qid = questionId("border-crossing-choice", [crossing.id]);
    const rng = rngFor(ctx, qid);
    const candidates = index.places.filter(
      (p) =>
        kindClass(p.kind) === "settlement" &&
        p.kind !== "village" &&
        p.governorate === crossing.governorate &&
        !crossingTowns.has(p.id) &&
        !closelyRelated(p, crossing) &&
        p.coordinates !== null &&
        // Well south of the crossing, so certainly not on the border.
        p.coordinates.lat <= crossing.coordinates!.lat - INLAND_MARGIN_DEG,
    );
    const distractors = chooseDistractors(rng, [candidates], [crossing], 3);
    if (distractors.length < 3) continue;
    const context = placeContext(index, crossing);
    // The kind is the point of this question, so "X is a border crossing" is not a repetition here.
    const fallback = { sentence: kindSentence(crossing) };
    out.push(
      choiceQuestion(qid, rng, "places", [{ key: crossing.id, text: crossingShortName(crossing) }], distractors.map(placeOption), {
        template: "border-crossing-choice",
        prompt: "Which of these is a crossing on the border with Turkey?",
        explanation: `${(context ?? fallback).sentence} ${capitalize(listInSentence(distractors.map(subjectName)))} are inland, away from the border.`,
        sources: mergeCitations(placeCitations(index, crossing), context?.citations ?? []),
        refs: refs({ places: [crossing.id] }),
        difficulty: 1,
      }),
    );
  }
  return out;
}

/** The title with the place's name replaced by a gap ("About 60 soldiers defect at ___ with tanks"), or null. */
function titleWithGap(title: string, place: LoadedPlace): string | null {
  // Longest names first, so "Bab al-Hawa border crossing" is blanked whole.
  for (const name of [...namesOf(place)].sort((a, b) => b.length - a.length || a.localeCompare(b))) {
    const gapped = replaceName(title, name, "___");
    if (gapped !== null) return gapped;
  }
  return null;
}

/**
 * "Fill the gap" with a border crossing's name, from events whose title names
 * it. The prompt gives no governorate (source 002 misplaces the crossings), so
 * the gap must fit no other crossing or border town: no other such place in
 * the event, and none that would make the gapped title true for another event.
 */
export function borderCrossingTyped(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const crossings = index.places.filter((p) => p.kind === "border-crossing");
  const crossingTowns = new Set(index.events.filter((e) => e.tags.includes("border-crossing")).flatMap((e) => e.places));
  for (const crossing of crossings) {
    for (const event of index.eventsByPlace.get(crossing.id) ?? []) {
      const named = titleWithGap(event.title, crossing);
      const gapped = named === null ? null : tidyGap(named, crossing);
      const shown = shownGapTitle(ctx, event.title, crossing);
      if (!gapped || !shown) continue;
      // Only another crossing, or a town with one, could fill a gap the prompt calls a crossing.
      const located: LocatedEvent = { event, place: crossing, label: gapped, gapped: shown };
      if (hasAmbiguousRival(ctx, index, located, (rival) => rival.kind === "border-crossing" || crossingTowns.has(rival.id))) continue;
      const label = event.alternativeDates.length > 0 ? gapped : `${gapped} (${formatDate(event.date)})`;
      const prompt = `Name the crossing on the Turkish border that fills the gap: ${label}`;
      if (reveals(ctx, prompt, crossing)) continue;
      const qid = questionId("border-crossing-typed", [crossing.id, event.id]);
      const shortName = crossingShortName(crossing);
      out.push({
        id: qid,
        category: "places",
        type: "typed",
        template: "border-crossing-typed",
        prompt,
        answer: { text: shortName },
        accept: [...new Set([shortName, ...namesOf(crossing)])],
        explanation: `${event.title}. ${event.summary}`,
        sources: mergeCitations(event.citations),
        refs: refs({ events: [event.id], places: [crossing.id] }),
        difficulty: 2,
      });
    }
  }
  return out;
}
