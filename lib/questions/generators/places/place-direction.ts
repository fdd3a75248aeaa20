/**
 * place-direction-true-false and place-direction-choice: north, south, east or
 * west of a reference place, from the documents' relations, when the
 * coordinates agree; "not north" distractors lie in the opposite half.
 */
import type { LoadedPlace } from "../../../content/load";
import { type Citation } from "../../../content/schema";
import { listInSentence } from "../../../text/list-in-sentence";
import { byId, capitalize, choiceQuestion, clampDifficulty, mergeCitations, questionId, refs, rngFor, subjectName, trueOrFalsePrompt, type GeneratorContext, type QuestionDraft } from "../context";
import { PlaceIndex, chooseDistractors, closelyRelated, distanceKm, hasTopic, kindClass, placeContext, placeOption, sharesName, subjectNameAtStart } from "./shared";

type Direction = "north" | "south" | "east" | "west";

type DirectionRelation = "north-of" | "south-of" | "east-of" | "west-of";

const DIRECTION_OF: Record<DirectionRelation, Direction> = {
  "north-of": "north",
  "south-of": "south",
  "east-of": "east",
  "west-of": "west",
};

const OPPOSITE: Record<Direction, Direction> = { north: "south", south: "north", east: "west", west: "east" };

const DIRECTIONS: Direction[] = ["north", "south", "east", "west"];

/** How far (degrees) a distractor must lie on the wrong side to be "clearly not" in a direction. */
const CLEAR_MARGIN_DEG = 0.05;

// ---------------------------------------------------------------------------
// Directions (true/false and choice)

interface DirectionFact {
  subject: LoadedPlace;
  direction: Direction;
  reference: LoadedPlace;
  distanceKm?: number;
  citations: Citation[];
}

const DIRECTION_BEARING: Record<Direction, number> = { north: 0, east: 90, south: 180, west: 270 };

/** Initial great-circle bearing (degrees clockwise from north) from `from` to `to`, or null without coordinates. */
function bearingDeg(from: LoadedPlace, to: LoadedPlace): number | null {
  if (!from.coordinates || !to.coordinates) return null;
  const rad = Math.PI / 180;
  const [lat1, lat2] = [from.coordinates.lat * rad, to.coordinates.lat * rad];
  const dLon = (to.coordinates.lon - from.coordinates.lon) * rad;
  const y = Math.sin(dLon) * Math.cos(lat2);
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon);
  return (Math.atan2(y, x) / rad + 360) % 360;
}

const COMPASS_POINTS = ["north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"];

/**
 * The nearest of eight compass points from `reference` to `place`: a wrong option is "to the south-west", not
 * "west" because it lies a little west of a town 35 km to its north.
 */
export function compassPoint(reference: LoadedPlace, place: LoadedPlace): string {
  const bearing = bearingDeg(reference, place) ?? 0;
  return COMPASS_POINTS[Math.round(bearing / 45) % 8]!;
}

/** How far (0–180 degrees) the bearing from `reference` to `place` is from the direction, or null without coordinates. */
function offDirectionDeg(place: LoadedPlace, direction: Direction, reference: LoadedPlace): number | null {
  const bearing = bearingDeg(reference, place);
  if (bearing === null) return null;
  const diff = Math.abs(bearing - DIRECTION_BEARING[direction]) % 360;
  return diff > 180 ? 360 - diff : diff;
}

/**
 * Does the map confirm that `a` lies `direction` of `b`? Both need coordinates
 * and the bearing must be within 45 degrees of the direction: "al-Bab lies
 * north of Aleppo" (bearing 59 degrees) is dropped, whatever the document says.
 */
function coordinatesAgree(a: LoadedPlace, direction: Direction, b: LoadedPlace): boolean {
  const off = offDirectionDeg(a, direction, b);
  return off !== null && off <= 45;
}

/** Cited direction relations, once per pair and axis, skipping any the map contradicts. */
function directionFacts(ctx: GeneratorContext, index: PlaceIndex): DirectionFact[] {
  const facts: DirectionFact[] = [];
  const seen = new Set<string>();
  for (const subject of index.places) {
    for (const r of subject.relations) {
      if (r.kind !== "north-of" && r.kind !== "south-of" && r.kind !== "east-of" && r.kind !== "west-of") continue;
      const reference = ctx.placeById.get(r.place);
      if (!reference) continue;
      const direction = DIRECTION_OF[r.kind];
      const axis = direction === "north" || direction === "south" ? "ns" : "ew";
      const key = [subject.id, reference.id].sort().join("|") + `|${axis}`;
      if (seen.has(key) || !coordinatesAgree(subject, direction, reference)) continue;
      seen.add(key);
      facts.push({ subject, direction, reference, distanceKm: r.distanceKm, citations: r.citations });
    }
  }
  return facts;
}

function directionSentence(fact: DirectionFact): string {
  const distance = fact.distanceKm ? `, about ${fact.distanceKm} km away` : "";
  return `${subjectNameAtStart(fact.subject)} lies ${fact.direction} of ${subjectName(fact.reference)}${distance}.`;
}

/**
 * True/false asks a direction only when no direction choice asks it: one fact, one question, and the
 * choice (with places to tell apart) is the better test.
 */
export function placeDirectionTrueFalse(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const factKey = (f: DirectionFact) => `${f.subject.id}|${f.direction}|${f.reference.id}`;
  const askedAsChoice = new Set(directionChoices(ctx, index).flatMap((c) => c.facts.map(factKey)));
  for (const fact of directionFacts(ctx, index)) {
    if (askedAsChoice.has(factKey(fact))) continue;
    if (!hasTopic(index, [fact.subject.id, fact.reference.id])) continue;
    const qid = questionId("place-direction-true-false", [fact.subject.id, fact.direction, fact.reference.id]);
    const rng = rngFor(ctx, qid);
    const statementTrue = rng.int(0, 1) === 1;
    const stated = statementTrue ? fact.direction : OPPOSITE[fact.direction];
    const context = placeContext(index, fact.subject, { afterNamingIt: true });
    out.push({
      id: qid,
      category: "places",
      type: "true-false",
      template: "place-direction-true-false",
      prompt: trueOrFalsePrompt(`${subjectName(fact.subject)} lies ${stated} of ${subjectName(fact.reference)}.`),
      answer: { value: statementTrue },
      explanation: `${statementTrue ? "True" : "False"}: ${directionSentence(fact)}${context ? ` ${context.sentence}` : ""}`,
      // The relation gives the direction; the appended context may come from another document ([110], [111]).
      sources: mergeCitations(fact.citations, context?.citations ?? []),
      refs: refs({ places: [fact.subject.id, fact.reference.id] }),
      difficulty: clampDifficulty(fact.subject.kind === "city" || fact.subject.kind === "town" ? 1 : 2),
    });
  }
  return out;
}

/**
 * Is `place` clearly not `direction` of `reference` on the map? It lies in the
 * opposite half-plane (bearing more than 90 degrees from the direction) and
 * by a safe margin along the axis.
 */
function clearlyNot(place: LoadedPlace, direction: Direction, reference: LoadedPlace): boolean {
  if (!place.coordinates || !reference.coordinates) return false;
  if ((offDirectionDeg(place, direction, reference) ?? 0) <= 90) return false;
  const dLat = place.coordinates.lat - reference.coordinates.lat;
  const dLon = place.coordinates.lon - reference.coordinates.lon;
  return {
    north: dLat <= -CLEAR_MARGIN_DEG,
    south: dLat >= CLEAR_MARGIN_DEG,
    east: dLon <= -CLEAR_MARGIN_DEG,
    west: dLon >= CLEAR_MARGIN_DEG,
  }[direction];
}

/**
 * Places a document puts `direction` of the reference, or groups with places
 * it puts there, whatever the map says: never safe as "not north" distractors.
 * (The 004 infobox lists Manbij, Jarabulus, Tell Rifaat, Anadan, Darat Izza
 * and Atarib together as "towns north of Aleppo city".) That is every place
 * with a relation of that direction to the reference (either way round) and
 * every place of an event citing a section those relations cite.
 */
function groupedInDirection(ctx: GeneratorContext, index: PlaceIndex, direction: Direction, reference: LoadedPlace): Set<string> {
  const grouped = new Set<string>();
  const sections = new Set<string>();
  const add = (placeId: string, citations: readonly Citation[]) => {
    grouped.add(placeId);
    for (const c of citations) sections.add(`${c.doc}#${c.section}`);
  };
  for (const p of index.places)
    for (const r of p.relations) {
      if (!(r.kind in DIRECTION_OF)) continue;
      const relDirection = DIRECTION_OF[r.kind as DirectionRelation];
      if (r.place === reference.id && relDirection === direction) add(p.id, r.citations);
      if (p.id === reference.id && relDirection === OPPOSITE[direction]) add(r.place, r.citations);
    }
  for (const event of index.events)
    if (event.citations.some((c) => sections.has(`${c.doc}#${c.section}`))) for (const id of event.places) grouped.add(id);
  grouped.delete(reference.id);
  return grouped;
}

/** At most this many correct places per question, so the list stays readable. */
const MAX_CORRECT_PER_DIRECTION_QUESTION = 3;

export function placeDirectionChoice(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  return directionChoices(ctx, index).map((c) => c.question);
}

/** Direction choice questions with the facts each one asks. */
function directionChoices(ctx: GeneratorContext, index: PlaceIndex): { question: QuestionDraft; facts: DirectionFact[] }[] {
  const facts = directionFacts(ctx, index);
  const out: { question: QuestionDraft; facts: DirectionFact[] }[] = [];
  const references = [...new Map(facts.map((f) => [f.reference.id, f.reference])).values()].sort(byId);
  for (const reference of references) {
    if (!reference.coordinates) continue;
    for (const direction of DIRECTIONS) {
      const matching = facts.filter((f) => f.reference.id === reference.id && f.direction === direction);
      if (matching.length === 0) continue;
      // Also facts stated the other way round: "B south of A" means A is north of B.
      const inverse = facts.filter((f) => f.subject.id === reference.id && f.direction === OPPOSITE[direction]);
      const correctPlaces = [...matching.map((f) => f.subject), ...inverse.map((f) => f.reference)].sort(byId);
      const related = new Set([...correctPlaces.map((p) => p.id), ...groupedInDirection(ctx, index, direction, reference)]);
      for (let start = 0; start < correctPlaces.length; start += MAX_CORRECT_PER_DIRECTION_QUESTION) {
        const chunk = correctPlaces.slice(start, start + MAX_CORRECT_PER_DIRECTION_QUESTION);
        const qid = questionId("place-direction-choice", [reference.id, direction, ...chunk.map((p) => p.id)]);
        const rng = rngFor(ctx, qid);
        const candidates = index.places.filter(
          (p) =>
            kindClass(p.kind) === "settlement" &&
            p.id !== reference.id &&
            !related.has(p.id) &&
            !closelyRelated(p, reference) &&
            !sharesName(p, reference) &&
            clearlyNot(p, direction, reference) &&
            (distanceKm(p, reference) ?? Infinity) <= 80,
        );
        const wanted = chunk.length === 1 ? 3 : Math.max(2, 5 - chunk.length);
        const near = candidates.filter((p) => (distanceKm(p, reference) ?? Infinity) <= 40);
        const distractors = chooseDistractors(
          rng,
          [near.filter((p) => p.governorate === reference.governorate), near, candidates],
          [...chunk, reference],
          wanted,
        );
        if (distractors.length < 2) continue;
        if (!hasTopic(index, [reference.id, ...chunk.map((p) => p.id)])) continue;
        const relevant = [...matching, ...inverse].filter((f) => chunk.some((p) => p.id === f.subject.id || p.id === f.reference.id));
        const context = chunk.length === 1 ? placeContext(index, chunk[0]!) : null;
        const question = choiceQuestion(qid, rng, "places", chunk.map(placeOption), distractors.map(placeOption), {
            template: "place-direction-choice",
            prompt:
              chunk.length > 1
                ? `Which of these places lie ${direction} of ${subjectName(reference)}? Select all that apply.`
                : `Which of these places lies ${direction} of ${subjectName(reference)}?`,
            explanation: `${capitalize(listInSentence(chunk.map(subjectName)))} ${chunk.length > 1 ? "lie" : "lies"} ${direction} of ${subjectName(reference)}; ${listInSentence(distractors.map((d, i) => `${subjectName(d)}${i === 0 ? " lies" : ""} to the ${compassPoint(reference, d)}`))}.${context ? ` ${context.sentence}` : ""}`,
            sources: mergeCitations(...relevant.map((f) => f.citations), context?.citations ?? []),
            refs: refs({ places: [reference.id, ...chunk.map((p) => p.id)] }),
            difficulty: clampDifficulty(chunk.length > 1 ? 3 : 2),
          });
        out.push({ question, facts: relevant });
      }
    }
  }
  return out;
}
