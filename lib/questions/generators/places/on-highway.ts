/** on-highway-choice: which town lies on the M5 (or M4); distractors are more than 12 km from the whole road. */
import { geoDistance, geoInterpolate } from "d3-geo";
import type { LoadedPlace } from "../../../content/load";
import { EARTH_RADIUS_KM } from "../../geo";
import { listInSentence } from "../../../text/list-in-sentence";
import { capitalize, choiceQuestion, clampDifficulty, mentionsAny, mergeCitations, namesOf, questionId, refs, rngFor, subjectName, type GeneratorContext, type QuestionDraft } from "../context";
import { PlaceIndex, chooseDistractors, hasTopic, kindClass, placeCitations, placeContext, placeOption } from "./shared";

// ---------------------------------------------------------------------------
// Highways and border crossings

interface Highway {
  /** "M5" */
  code: string;
  /** "the M5, the Damascus–Aleppo highway" */
  label: string;
  waypoints: LoadedPlace[];
  /** Points every ~2 km along the waypoints, for distance checks between them. */
  track: [number, number][];
}

/** Highways known by their waypoints (highway points whose aliases carry the road's code). */
function highways(index: PlaceIndex): Highway[] {
  const out: Highway[] = [];
  for (const code of ["M5", "M4"]) {
    const waypoints = index.places.filter((p) => p.kind === "highway-point" && p.coordinates && p.aliases.includes(code));
    if (waypoints.length === 0) continue;
    // The long name most of its waypoints give ("Damascus–Aleppo highway"); junctions list both roads'.
    const longNames = waypoints.flatMap((w) => w.aliases.filter((a) => /–.*highway$/.test(a)));
    const longName = [...new Set(longNames)].sort(
      (a, b) => longNames.filter((n) => n === b).length - longNames.filter((n) => n === a).length || a.localeCompare(b),
    )[0];
    // The roads run roughly along one axis here: order the waypoints along the longer span.
    const lats = waypoints.map((w) => w.coordinates!.lat);
    const lons = waypoints.map((w) => w.coordinates!.lon);
    const alongLat = Math.max(...lats) - Math.min(...lats) >= Math.max(...lons) - Math.min(...lons);
    const ordered = [...waypoints].sort((a, b) =>
      alongLat ? a.coordinates!.lat - b.coordinates!.lat : a.coordinates!.lon - b.coordinates!.lon,
    );
    const track: [number, number][] = [];
    ordered.forEach((w, i) => {
      const here: [number, number] = [w.coordinates!.lon, w.coordinates!.lat];
      const next = ordered[i + 1];
      if (!next) {
        track.push(here);
        return;
      }
      const there: [number, number] = [next.coordinates!.lon, next.coordinates!.lat];
      const steps = Math.max(1, Math.ceil((geoDistance(here, there) * EARTH_RADIUS_KM) / 2));
      const between = geoInterpolate(here, there);
      for (let s = 0; s < steps; s++) track.push(between(s / steps));
    });
    out.push({ code, label: longName ? `the ${code}, the ${longName}` : `the ${code} highway`, waypoints: ordered, track });
  }
  return out;
}

function distanceToHighwayKm(place: LoadedPlace, highway: Highway): number | null {
  if (!place.coordinates) return null;
  const here: [number, number] = [place.coordinates.lon, place.coordinates.lat];
  // Find the nearest track point with a flat approximation (fine over a few hundred km at this
  // latitude), then measure that one exactly: geoDistance for every point showed in profiles.
  const cosLat = Math.cos((place.coordinates.lat * Math.PI) / 180);
  let nearest = highway.track[0]!;
  let best = Infinity;
  for (const point of highway.track) {
    const dx = (point[0] - here[0]) * cosLat;
    const dy = point[1] - here[1];
    const flat = dx * dx + dy * dy;
    if (flat < best) [best, nearest] = [flat, point];
  }
  return geoDistance(here, nearest) * EARTH_RADIUS_KM;
}

function onHighway(place: LoadedPlace, highway: Highway): boolean {
  return place.relations.some((r) => r.kind === "on-highway" && highway.waypoints.some((w) => w.id === r.place));
}

/** The other roads a town lies on (Saraqib, where the M4 meets the M5, is on both). */
function otherRoadsOf(place: LoadedPlace, all: readonly Highway[], highway: Highway): Highway[] {
  return all.filter((h) => h.code !== highway.code && onHighway(place, h));
}

/**
 * Towns a cited relation puts on the road. A town on two of the roads is left out while the road has
 * others: knowing the other road would answer the question. When it is the road's only town, it is
 * asked with towns of the other road among the distractors (below), so that knowledge does not help.
 */
function keysOnHighway(index: PlaceIndex, all: readonly Highway[], highway: Highway): LoadedPlace[] {
  const towns = index.places.filter((p) => kindClass(p.kind) === "settlement" && onHighway(p, highway));
  const onlyThisRoad = towns.filter((p) => otherRoadsOf(p, all, highway).length === 0);
  return onlyThisRoad.length > 0 ? onlyThisRoad : towns;
}

export function onHighwayChoice(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const all = highways(index);
  for (const highway of all) {
    const waypointIds = new Set(highway.waypoints.map((w) => w.id));
    const onRoad = (p: LoadedPlace) => p.relations.some((r) => r.kind === "on-highway" && waypointIds.has(r.place));
    const towns = index.places.filter((p) => kindClass(p.kind) === "settlement");
    for (const town of keysOnHighway(index, all, highway)) {
      if (!hasTopic(index, [town.id])) continue;
      const qid = questionId("on-highway-choice", [town.id, highway.code]);
      const rng = rngFor(ctx, qid);
      const prompt = `Which of these towns lies on ${highway.label}?`;
      if (mentionsAny(prompt, namesOf(town))) continue;
      // Clearly off the road (more than 12 km from it) yet in the same part of Syria.
      const candidates = towns.filter((p) => {
        if (onRoad(p) || mentionsAny(prompt, namesOf(p))) return false;
        const d = distanceToHighwayKm(p, highway);
        return d !== null && d > 12 && d <= 60;
      });
      // A junction town's question offers towns of its other road first: "on the M5" must not give "on the M4".
      const otherRoads = otherRoadsOf(town, all, highway);
      const onOtherRoad = candidates.filter((p) => otherRoads.some((h) => onHighway(p, h)));
      const distractors = chooseDistractors(
        rng,
        [
          onOtherRoad,
          candidates.filter((p) => p.governorate === town.governorate && p.kind !== "village"),
          candidates.filter((p) => p.kind !== "village"),
          candidates,
        ],
        [town],
        3,
      );
      if (otherRoads.length > 0 && !distractors.some((d) => onOtherRoad.includes(d))) continue;
      if (distractors.length < 3) continue;
      const relation = town.relations.find((r) => r.kind === "on-highway" && waypointIds.has(r.place))!;
      const context = placeContext(index, town);
      out.push(
        choiceQuestion(qid, rng, "places", [placeOption(town)], distractors.map(placeOption), {
          template: "on-highway-choice",
          prompt,
          explanation: `${capitalize(subjectName(town))} lies on the ${highway.code}; ${listInSentence(distractors.map(subjectName))} lie well away from it.${
            context ? ` ${context.sentence}` : ""
          }`,
          sources: mergeCitations(relation.citations, placeCitations(index, town), context?.citations ?? []),
          refs: refs({ places: [town.id] }),
          difficulty: clampDifficulty(town.kind === "city" ? 1 : 2),
        }),
      );
    }
  }
  return out;
}
