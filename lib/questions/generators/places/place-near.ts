/** place-near-choice: what lies near a place (within 15 km); distractors are 35 km away or more. */
import { choiceQuestion, mergeCitations, questionId, refs, rngFor, subjectName, type GeneratorContext, type QuestionDraft } from "../context";
import { PlaceIndex, chooseDistractors, closelyRelated, descriptionCitations, distanceKm, hasTopic, kindClass, kindSentence, mentionsPlaceNames, placeCitations, placeNames, placeOption, reveals, subjectNameAtStart } from "./shared";

// ---------------------------------------------------------------------------
// Near and part-of

/** "Near" answers lie within this distance of the reference, by coordinates. */
const NEAR_MAX_KM = 15;

/** "Not near" distractors lie at least this far away: a wide gap, so no option is borderline. */
const NOT_NEAR_MIN_KM = 35;

export function placeNearChoice(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const seen = new Set<string>();
  for (const subject of index.places) {
    for (const r of subject.relations) {
      if (r.kind !== "near") continue;
      const reference = ctx.placeById.get(r.place);
      if (!reference || !reference.coordinates) continue;
      if (kindClass(subject.kind) === "line" || kindClass(reference.kind) === "line") continue;
      const pairKey = [subject.id, reference.id].sort().join("|");
      if (seen.has(pairKey)) continue;
      seen.add(pairKey);
      // The map must back "near" (the documents' own distance when either place is unlocated).
      const apart = distanceKm(subject, reference) ?? r.distanceKm;
      if (apart !== undefined && apart > NEAR_MAX_KM) continue;
      const prompt = `Which of these places lies near ${subjectName(reference)}?`;
      // "Army base near Darat Izza" would answer itself.
      if (reveals(ctx, prompt, subject) || mentionsPlaceNames(subject.name, placeNames(reference))) continue;
      if (!hasTopic(index, [subject.id, reference.id])) continue;
      const qid = questionId("place-near-choice", [subject.id, reference.id]);
      const rng = rngFor(ctx, qid);
      const cls = kindClass(subject.kind);
      const candidates = index.places.filter((p) => {
        if (p.id === subject.id || p.id === reference.id || closelyRelated(p, reference)) return false;
        if (mentionsPlaceNames(prompt, placeNames(p))) return false;
        const d = distanceKm(p, reference);
        return d !== null && d >= NOT_NEAR_MIN_KM && d <= 90;
      });
      const sameClass = candidates.filter((p) => kindClass(p.kind) === cls);
      const distractors = chooseDistractors(
        rng,
        [sameClass.filter((p) => p.governorate === reference.governorate), sameClass],
        [subject, reference],
        3,
      );
      if (distractors.length < 2) continue;
      const distance = r.distanceKm ? ` (about ${r.distanceKm} km away)` : "";
      out.push(
        choiceQuestion(qid, rng, "places", [placeOption(subject)], distractors.map(placeOption), {
          template: "place-near-choice",
          prompt,
          explanation: `${subjectNameAtStart(subject)} lies near ${subjectName(reference)}${distance}; the other places are at least ${NOT_NEAR_MIN_KM} km away by the project gazetteer's coordinates. ${
            subject.description ?? kindSentence(subject)
          }`,
          sources: mergeCitations(r.citations, placeCitations(index, subject), descriptionCitations(index, subject)),
          refs: refs({ places: [subject.id, reference.id] }),
          difficulty: 3,
        }),
      );
    }
  }
  return out;
}
