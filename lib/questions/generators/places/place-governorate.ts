/**
 * place-governorate-choice and place-governorate-true-false: which governorate
 * a place is in, asked once per place, for places the unit comes back to;
 * true/false only for the tempting mistake.
 */
import type { LoadedPlace } from "../../../content/load";
import { GovernorateSchema } from "../../../content/schema";
import { capitalize, choiceQuestion, clampDifficulty, escapeRegExp, mentionsAny, mergeCitations, namesOf, questionId, refs, rngFor, documentLabel, subjectName, trueOrFalsePrompt, type GeneratorContext, type QuestionDraft } from "../context";
import { Governorate, PlaceIndex, byProminence, distanceKm, hasTopic, isTownBaseOrCrossing, kindClass, mentionsPlaceNames, pickTiered, placeCitations, placeContext, placeNames, revealingNames, subjectNameAtStart } from "./shared";

/** Governorates that share a border, used for plausible false statements. */
const NEIGHBOURING_GOVERNORATES: Partial<Record<Governorate, Governorate[]>> = {
  Idlib: ["Aleppo", "Hama", "Latakia"],
  Aleppo: ["Idlib", "Raqqa", "Hama"],
  Hama: ["Idlib", "Homs", "Latakia", "Aleppo"],
  Latakia: ["Idlib", "Hama"],
  Damascus: ["Rif Dimashq"],
  Homs: ["Hama", "Rif Dimashq"],
  Raqqa: ["Aleppo", "Hama"],
  "Rif Dimashq": ["Damascus", "Homs"],
};

/** Governorates offered as options after the ones the content uses. */
const EXTRA_GOVERNORATES: Governorate[] = ["Raqqa", "Homs", "Latakia", "Hama", "Aleppo", "Idlib"];

function governorateLabel(governorate: Governorate): string {
  return `${governorate} governorate`;
}

/** The governorate a source document is about: named in its title, or that of the places its title names. */
function documentGovernorate(ctx: GeneratorContext, file: string): Governorate | undefined {
  const title = ctx.sourceByFile.get(file)?.title ?? "";
  const named = GovernorateSchema.options.find((g) => g !== "multiple" && new RegExp(`\\b${escapeRegExp(g)} governorate\\b`, "i").test(title));
  if (named) return named;
  const governorates = new Set(
    ctx.kb.places
      .filter((p) => p.governorate !== "multiple" && ["settlement", "base"].includes(kindClass(p.kind)) && mentionsPlaceNames(title, placeNames(p)))
      .map((p) => p.governorate),
  );
  return governorates.size === 1 ? [...governorates][0] : undefined;
}

/**
 * The governorate of the documents that cite the place, when every one of them is about the same other
 * governorate: the tempting mistake (Qalaat al-Madiq, in Hama, is known from the Idlib article).
 */
function documentsGovernorate(ctx: GeneratorContext, index: PlaceIndex, place: LoadedPlace): { doc: string; governorate: Governorate } | undefined {
  const docs = [...new Set(placeCitations(index, place).map((c) => c.doc))];
  const about = docs.map((doc) => ({ doc, governorate: documentGovernorate(ctx, doc) }));
  if (about.length === 0 || about.some((a) => a.governorate === undefined || a.governorate === place.governorate)) return undefined;
  return about[0] as { doc: string; governorate: Governorate };
}

/**
 * "It appears in the encyclopedia article “Idlib Governorate clashes…”, which is about Idlib governorate": said when
 * every document citing the place is about another governorate, since the
 * context would point a learner the wrong way (Qalaat al-Madiq, in Hama).
 */
function otherGovernorateNote(ctx: GeneratorContext, index: PlaceIndex, place: LoadedPlace): string {
  const about = documentsGovernorate(ctx, index, place);
  return about ? ` It appears in ${documentLabel(ctx, about.doc)}, which is about ${governorateLabel(about.governorate)}.` : "";
}

/**
 * The wrong governorate a student is most likely to pick: that of the documents telling the place's
 * story, else the neighbouring governorate of the nearest place the content locates outside the
 * place's own (Tell Salhab, in Hama, sits near the Idlib border: "Idlib", not "Latakia").
 */
function temptingGovernorate(ctx: GeneratorContext, index: PlaceIndex, place: LoadedPlace): Governorate | undefined {
  const fromDocuments = documentsGovernorate(ctx, index, place)?.governorate;
  if (fromDocuments) return fromDocuments;
  const neighbours = NEIGHBOURING_GOVERNORATES[place.governorate] ?? [];
  const nearest = index.places
    .filter((p) => neighbours.includes(p.governorate) && kindClass(p.kind) === "settlement")
    .map((p) => ({ p, d: distanceKm(p, place) }))
    .filter((x): x is { p: LoadedPlace; d: number } => x.d !== null)
    .sort((a, b) => a.d - b.d || a.p.id.localeCompare(b.p.id))[0];
  return nearest?.p.governorate ?? neighbours[0];
}

/** A place within this distance of a more prominent place asked about, in the same governorate, is its satellite. */
const SATELLITE_KM = 10;

/**
 * Settlements, bases and crossings with a single governorate that is backed by
 * a located position, or by a cited relation to a place in the same governorate
 * (some governorates of unlocated places are only inferred).
 */
function governorateSubjects(ctx: GeneratorContext, index: PlaceIndex): LoadedPlace[] {
  const backedByRelation = (place: LoadedPlace) =>
    place.relations.some((r) => r.kind !== "borders" && ctx.placeById.get(r.place)?.governorate === place.governorate);
  return index.places.filter((place) => {
    if (!isTownBaseOrCrossing(place)) return false;
    if (place.governorate === "multiple" || (!place.coordinates && !backedByRelation(place))) return false;
    // "In which governorate is Idlib?" answers itself; so does "Taftanaz airbase" once Taftanaz is known.
    if (mentionsAny(place.name, [place.governorate])) return false;
    if (revealingNames(ctx, place).length > namesOf(place).length) return false;
    // A village named once in passing is trivia: ask the governorate of places the unit comes back to,
    // or of places whose governorate is a tempting mistake (below).
    const namedOnce = ctx.kb.events.filter((e) => e.places.includes(place.id)).length < 2;
    if (namedOnce && !governorateIsTempting(ctx, index, place)) return false;
    return hasTopic(index, [place.id]);
  });
}

/**
 * The places a governorate question asks about: `governorateSubjects`, minus the satellites of a more
 * prominent place already asked (the bases and villages on the edge of Maarat al-Numan share its
 * governorate, which the titles of the documents about them give away).
 */
function askedGovernorateSubjects(ctx: GeneratorContext, index: PlaceIndex): LoadedPlace[] {
  const kept: LoadedPlace[] = [];
  for (const place of governorateSubjects(ctx, index).sort(byProminence(index))) {
    const satellite = kept.some((k) => {
      const d = distanceKm(k, place);
      return k.governorate === place.governorate && d !== null && d < SATELLITE_KM;
    });
    if (!satellite || governorateIsTempting(ctx, index, place)) kept.push(place);
  }
  return kept.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * True/false is kept for the tempting mistake: a place the documents mention while telling another
 * governorate's story (Qalaat al-Madiq, in Hama, appears in the Idlib article). Every other place is
 * asked once, as a choice, not twice.
 */
function governorateIsTempting(ctx: GeneratorContext, index: PlaceIndex, place: LoadedPlace): boolean {
  return otherGovernorateNote(ctx, index, place) !== "";
}

/** Governorates in the order the content uses them most, then the extras. */
function governorateOrder(ctx: GeneratorContext): Governorate[] {
  const counts = new Map<Governorate, number>();
  for (const p of ctx.kb.places) if (p.governorate !== "multiple") counts.set(p.governorate, (counts.get(p.governorate) ?? 0) + 1);
  const used = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
  return [...new Set([...used, ...EXTRA_GOVERNORATES])];
}

/**
 * No document states a governorate: it comes from where the place lies. The explanation gives it, the
 * note on a misleading document, and one sentence on what the place means in the unit.
 */
function governorateExplanation(ctx: GeneratorContext, index: PlaceIndex, place: LoadedPlace): string {
  const context = placeContext(index, place, { afterNamingIt: true });
  return `${capitalize(subjectNameAtStart(place))} is in ${governorateLabel(place.governorate)}.${otherGovernorateNote(ctx, index, place)}${context ? ` ${context.sentence}` : ""}`;
}

function governorateSources(index: PlaceIndex, place: LoadedPlace) {
  return mergeCitations(placeCitations(index, place), placeContext(index, place)?.citations ?? []);
}

export function placeGovernorateChoice(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const order = governorateOrder(ctx);
  const out: QuestionDraft[] = [];
  for (const place of askedGovernorateSubjects(ctx, index).filter((p) => !governorateIsTempting(ctx, index, p))) {
    const qid = questionId("place-governorate-choice", [place.id]);
    const rng = rngFor(ctx, qid);
    const others = order.filter((g) => g !== place.governorate && g !== "multiple");
    // Neighbours first (plausible), then the governorates the content uses most.
    const neighbours = NEIGHBOURING_GOVERNORATES[place.governorate] ?? [];
    const wrong = pickTiered(rng, [neighbours.filter((g) => others.includes(g)), others.slice(0, 4), others], 3);
    if (wrong.length < 3) continue;
    const governorateOption = (g: Governorate) => ({ key: `governorate:${g}`, text: governorateLabel(g) });
    out.push(
      choiceQuestion(qid, rng, "places", [governorateOption(place.governorate)], wrong.map(governorateOption), {
        template: "place-governorate-choice",
        prompt: `In which governorate is ${subjectName(place)}?`,
        explanation: governorateExplanation(ctx, index, place),
        sources: governorateSources(index, place),
        refs: refs({ places: [place.id] }),
        difficulty: clampDifficulty(place.kind === "city" ? 1 : place.kind === "village" ? 3 : 2),
      }),
    );
  }
  return out;
}

export function placeGovernorateTrueFalse(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const place of askedGovernorateSubjects(ctx, index).filter((p) => governorateIsTempting(ctx, index, p))) {
    const qid = questionId("place-governorate-true-false", [place.id]);
    const rng = rngFor(ctx, qid);
    const tempting = temptingGovernorate(ctx, index, place);
    const statementTrue = tempting === undefined || rng.int(0, 1) === 1;
    const stated = statementTrue ? place.governorate : tempting;
    out.push({
      id: qid,
      category: "places",
      type: "true-false",
      template: "place-governorate-true-false",
      prompt: trueOrFalsePrompt(`${subjectName(place)} is in ${governorateLabel(stated)}.`),
      answer: { value: statementTrue },
      explanation: `${statementTrue ? "True" : "False"}: ${governorateExplanation(ctx, index, place)}`,
      sources: governorateSources(index, place),
      refs: refs({ places: [place.id] }),
      difficulty: clampDifficulty(place.kind === "city" ? 1 : 2),
    });
  }
  return out;
}
