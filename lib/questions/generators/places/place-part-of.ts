/** place-part-of-choice: which town a district or building belongs to. */
import { choiceQuestion, mergeCitations, namesOf, questionId, refs, rngFor, type GeneratorContext, type QuestionDraft } from "../context";
import { PlaceIndex, chooseDistractors, closelyRelated, distanceKm, hasTopic, kindClass, mentionsPlaceNames, placeCitations, placeContext, placeNames, placeOption, sharesName } from "./shared";

export function placePartOfChoice(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const subject of index.places) {
    for (const r of subject.relations) {
      if (r.kind !== "part-of") continue;
      const parent = ctx.placeById.get(r.place);
      if (!parent || !parent.coordinates || kindClass(parent.kind) !== "settlement") continue;
      // A town or village is not part of another town: "part of Jisr al-Shughur" there means its
      // district, and "which town or city?" would assert something the documents do not say.
      if (kindClass(subject.kind) === "settlement") continue;
      // The subject's own name often contains the town ("al-Dira (Idlib)"): use a name that does not.
      const display = namesOf(subject).find((n) => !mentionsPlaceNames(n, placeNames(parent)) && !/\p{Script=Arabic}/u.test(n));
      if (!display) continue;
      const prompt =
        subject.kind === "building"
          ? `In which town or city is the ${display.replace(/^the\s+/i, "")}?`
          : `${display.charAt(0).toUpperCase()}${display.slice(1)} is part of which town or city?`;
      if (mentionsPlaceNames(prompt, placeNames(parent))) continue;
      if (!hasTopic(index, [subject.id, parent.id])) continue;
      const qid = questionId("place-part-of-choice", [subject.id, parent.id]);
      const rng = rngFor(ctx, qid);
      const candidates = index.places.filter((p) => {
        if (kindClass(p.kind) !== "settlement" || p.kind === "village" || p.id === parent.id) return false;
        if (closelyRelated(p, subject) || sharesName(p, parent)) return false;
        const d = distanceKm(p, parent);
        return d !== null && d > 25;
      });
      const distractors = chooseDistractors(
        rng,
        [candidates.filter((p) => p.governorate === parent.governorate && p.kind === parent.kind), candidates.filter((p) => p.governorate === parent.governorate), candidates],
        [parent],
        3,
      );
      if (distractors.length < 3) continue;
      const context = placeContext(index, subject, { afterNamingIt: true });
      out.push(
        choiceQuestion(qid, rng, "places", [placeOption(parent)], distractors.map(placeOption), {
          template: "place-part-of-choice",
          prompt,
          explanation: `${
            subject.kind === "building" ? `The ${display.replace(/^the\s+/i, "")} is in` : `${display.charAt(0).toUpperCase()}${display.slice(1)} is part of`
          } ${parent.name}.${context ? ` ${context.sentence}` : ""}`,
          sources: mergeCitations(r.citations, placeCitations(index, subject), context?.citations ?? []),
          refs: refs({ places: [subject.id, parent.id] }),
          difficulty: 2,
        }),
      );
    }
  }
  return out;
}
