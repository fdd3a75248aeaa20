/**
 * place-map-pin: mark a named place on the map; radii by kind of place. A place is pinned only when no
 * more prominent pinned place lies within its full-credit radius: otherwise a click on the well-known
 * town (Maarat al-Numan) would earn full marks for the village on its edge (Deir Sharqi, 5 km away).
 */
import type { LoadedPlace } from "../../../content/load";
import { greatCircleKm } from "../../geo";
import type { MapPinQuestion } from "../../types";
import { clampDifficulty, mergeCitations, questionId, refs, type GeneratorContext, type QuestionDraft } from "../context";
import { PlaceIndex, byProminence, hasTopic, kindClass, mapPositionNote, pinAnswer, placeCitations, placeContext, placePhrase } from "./shared";

interface Pin {
  place: LoadedPlace;
  answer: MapPinQuestion["answer"];
}

/**
 * The places worth pinning, most prominent first, each kept only when every place kept before it lies
 * outside its full-credit radius. Of two minor places close together, the one the content names more wins.
 */
export function distinctPins(index: PlaceIndex): Pin[] {
  const candidates: Pin[] = [];
  for (const place of index.places) {
    const answer = pinAnswer(place);
    if (answer && hasTopic(index, [place.id])) candidates.push({ place, answer });
  }
  const kept: Pin[] = [];
  const prominence = byProminence(index);
  for (const pin of candidates.sort((a, b) => prominence(a.place, b.place))) {
    const shadowed = kept.some((k) => greatCircleKm(k.answer, pin.answer) < pin.answer.fullCreditKm);
    if (!shadowed) kept.push(pin);
  }
  return kept;
}

export function placeMapPin(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const pins = new Set(distinctPins(index).map((p) => p.place.id));
  for (const place of index.places) {
    if (!pins.has(place.id)) continue;
    const answer = pinAnswer(place)!;
    const context = placeContext(index, place);
    const sources = mergeCitations(placeCitations(index, place), context?.citations ?? []);
    if (sources.length === 0) continue;
    const qid = questionId("place-map-pin", [place.id]);
    out.push({
      id: qid,
      category: "places",
      type: "map-pin",
      template: "place-map-pin",
      prompt: `Mark ${placePhrase(place)} on the map.`,
      answer,
      explanation: [context?.sentence ?? "", mapPositionNote(place)].filter((s) => s !== "").join(" "),
      sources,
      refs: refs({ places: [place.id] }),
      difficulty: clampDifficulty(place.kind === "city" ? 1 : place.kind === "town" || kindClass(place.kind) !== "settlement" ? 2 : 3),
    });
  }
  return out;
}
