/** place-map-pin: mark a named place on the map; radii by kind of place. */
import { clampDifficulty, mergeCitations, questionId, refs, type GeneratorContext, type QuestionDraft } from "../context";
import { PlaceIndex, descriptionCitations, hasTopic, kindClass, kindSentence, mapPositionNote, pinAnswer, placeCitations, placePhrase } from "./shared";

// ---------------------------------------------------------------------------
// Where is it? (map pins, governorates)

export function placeMapPin(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const place of index.places) {
    const answer = pinAnswer(place);
    if (!answer || !hasTopic(index, [place.id])) continue;
    const sources = mergeCitations(placeCitations(index, place), descriptionCitations(index, place));
    if (sources.length === 0) continue;
    const qid = questionId("place-map-pin", [place.id]);
    out.push({
      id: qid,
      category: "places",
      type: "map-pin",
      template: "place-map-pin",
      prompt: `Mark ${placePhrase(place)} on the map.`,
      answer,
      explanation: `${place.description ?? kindSentence(place)} ${mapPositionNote(place)}`,
      sources,
      refs: refs({ places: [place.id] }),
      difficulty: clampDifficulty(place.kind === "city" ? 1 : place.kind === "town" || kindClass(place.kind) !== "settlement" ? 2 : 3),
    });
  }
  return out;
}
