/** on-highway-choice: which town lies on the M5 (or M4); distractors are more than 12 km from the whole road. */
import { geoDistance, geoInterpolate } from "d3-geo";
import type { LoadedPlace } from "../../../content/load";
import { EARTH_RADIUS_KM } from "../../geo";
import { listInSentence } from "../../../text/list-in-sentence";
import { capitalize, choiceQuestion, clampDifficulty, mentionsAny, mergeCitations, namesOf, questionId, refs, rngFor, subjectName, type GeneratorContext, type QuestionDraft } from "../context";
import { PlaceIndex, chooseDistractors, descriptionCitations, hasTopic, kindClass, placeCitations, placeOption } from "./shared";

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

export function onHighwayChoice(ctx: GeneratorContext, index: PlaceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const highway of highways(index)) {
    const waypointIds = new Set(highway.waypoints.map((w) => w.id));
    const onRoad = (p: LoadedPlace) => p.relations.some((r) => r.kind === "on-highway" && waypointIds.has(r.place));
    const towns = index.places.filter((p) => kindClass(p.kind) === "settlement");
    for (const town of towns.filter(onRoad)) {
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
      const distractors = chooseDistractors(
        rng,
        [candidates.filter((p) => p.governorate === town.governorate && p.kind !== "village"), candidates.filter((p) => p.kind !== "village"), candidates],
        [town],
        3,
      );
      if (distractors.length < 3) continue;
      const relation = town.relations.find((r) => r.kind === "on-highway" && waypointIds.has(r.place))!;
      out.push(
        choiceQuestion(qid, rng, "places", [placeOption(town)], distractors.map(placeOption), {
          template: "on-highway-choice",
          prompt,
          explanation: `${capitalize(subjectName(town))} lies on the ${highway.code}; ${listInSentence(distractors.map(subjectName))} lie well away from it.${
            town.description ? ` ${town.description}` : ""
          }`,
          sources: mergeCitations(relation.citations, placeCitations(index, town), descriptionCitations(index, town)),
          refs: refs({ places: [town.id] }),
          difficulty: clampDifficulty(town.kind === "city" ? 1 : 2),
        }),
      );
    }
  }
  return out;
}
