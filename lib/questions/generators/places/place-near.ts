/**
 * place-near-choice: what lies near a place (within 15 km on the map). Distractors lie at a middling
 * distance (20–45 km, and at least 10 km further than the key), from the same governorate where
 * possible: plausible, but clearly not "near". A key far from everything else would be the only
 * unfamiliar name on offer; one with no map position cannot be checked at all.
 */
import type { LoadedPlace } from "../../../content/load";
import type { Citation } from "../../../content/schema";
import { listInSentence } from "../../../text/list-in-sentence";
import { choiceQuestion, mergeCitations, questionId, refs, rngFor, subjectName, type GeneratorContext, type QuestionDraft } from "../context";
import { PlaceIndex, byProminence, chooseDistractors, closelyRelated, distanceKm, hasTopic, kindClass, mentionsPlaceNames, placeCitations, placeContext, placeNames, placeOption, reveals, subjectNameAtStart } from "./shared";

/** "Near" answers lie within this distance of the reference, by coordinates. */
export const NEAR_MAX_KM = 15;

/** "Not near" distractors lie at least this far away, and at least `NEAR_GAP_KM` further than the key. */
export const NOT_NEAR_MIN_KM = 20;

/** ...and no further than this: a distractor in another corner of Syria gives the key away. */
export const NOT_NEAR_MAX_KM = 45;

export const NEAR_GAP_KM = 10;

/** At most this many "what lies near X?" questions per reference place (the most prominent subjects). */
const MAX_PER_REFERENCE = 3;

interface NearFact {
  subject: LoadedPlace;
  reference: LoadedPlace;
  apartKm: number;
  /** The documents' own distance, when they give one. */
  statedKm?: number;
  citations: Citation[];
}

/** Cited "near" relations that the map backs, once per pair, both places located. */
function nearFacts(ctx: GeneratorContext, index: PlaceIndex): NearFact[] {
  const facts: NearFact[] = [];
  const seen = new Set<string>();
  for (const subject of index.places) {
    for (const r of subject.relations) {
      if (r.kind !== "near") continue;
      const reference = ctx.placeById.get(r.place);
      if (!reference) continue;
      if (kindClass(subject.kind) === "line" || kindClass(reference.kind) === "line") continue;
      const pairKey = [subject.id, reference.id].sort().join("|");
      if (seen.has(pairKey)) continue;
      seen.add(pairKey);
      const apartKm = distanceKm(subject, reference);
      if (apartKm === null || apartKm > NEAR_MAX_KM) continue;
      facts.push({ subject, reference, apartKm, statedKm: r.distanceKm, citations: r.citations });
    }
  }
  return facts;
}

export function placeNearChoice(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const askedPerReference = new Map<string, number>();
  // Two subjects with the same description ("site of an army checkpoint on the edge of the Wadi Deif
  // camp") would make two questions with one explanation: ask the first.
  const usedDescriptions = new Set<string>();
  const prominence = byProminence(index);
  const facts = nearFacts(ctx, index).sort((a, b) => a.reference.id.localeCompare(b.reference.id) || prominence(a.subject, b.subject));
  for (const { subject, reference, apartKm, statedKm, citations } of facts) {
    const prompt = `Which of these places lies near ${subjectName(reference)}?`;
    // "Army base near Darat Izza" would answer itself.
    if (reveals(ctx, prompt, subject) || mentionsPlaceNames(subject.name, placeNames(reference))) continue;
    if (!hasTopic(index, [subject.id, reference.id])) continue;
    if ((askedPerReference.get(reference.id) ?? 0) >= MAX_PER_REFERENCE) continue;
    const descriptionKey = subject.description ? `${reference.id}|${subject.description}` : undefined;
    if (descriptionKey && usedDescriptions.has(descriptionKey)) continue;
    const qid = questionId("place-near-choice", [subject.id, reference.id]);
    const rng = rngFor(ctx, qid);
    const cls = kindClass(subject.kind);
    // The gap counts from the documents' distance too, when it is the larger ("about 17 km").
    const minKm = Math.max(NOT_NEAR_MIN_KM, Math.max(apartKm, statedKm ?? 0) + NEAR_GAP_KM);
    const candidates = index.places.filter((p) => {
      if (p.id === subject.id || p.id === reference.id || closelyRelated(p, reference)) return false;
      if (kindClass(p.kind) !== "settlement" && kindClass(p.kind) !== "base") return false;
      if (mentionsPlaceNames(prompt, placeNames(p))) return false;
      const d = distanceKm(p, reference);
      return d !== null && d >= minKm && d <= NOT_NEAR_MAX_KM;
    });
    const sameClass = candidates.filter((p) => kindClass(p.kind) === cls);
    const sameGovernorate = (list: LoadedPlace[]) => list.filter((p) => p.governorate === reference.governorate);
    const distractors = chooseDistractors(rng, [sameGovernorate(sameClass), sameClass, sameGovernorate(candidates), candidates], [subject, reference], 3);
    if (distractors.length < 2) continue;
    askedPerReference.set(reference.id, (askedPerReference.get(reference.id) ?? 0) + 1);
    if (descriptionKey) usedDescriptions.add(descriptionKey);
    const nearest = Math.min(...distractors.map((d) => distanceKm(d, reference)!));
    // The documents' distance where they give one; else the map's, rounded.
    const apart = statedKm ?? Math.max(1, Math.round(apartKm));
    const context = placeContext(index, subject);
    const explanation = [
      `${subjectNameAtStart(subject)} lies about ${apart} km from ${subjectName(reference)}; ${listInSentence(distractors.map(subjectName))} are each more than ${Math.floor(nearest / 5) * 5} km away.`,
      context?.sentence ?? "",
    ].filter((s) => s !== "").join(" ");
    out.push(
      choiceQuestion(qid, rng, "places", [placeOption(subject)], distractors.map(placeOption), {
        template: "place-near-choice",
        prompt,
        explanation,
        sources: mergeCitations(citations, placeCitations(index, subject), context?.citations ?? []),
        refs: refs({ places: [subject.id, reference.id] }),
        difficulty: 3,
      }),
    );
  }
  return out;
}
