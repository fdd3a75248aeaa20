/**
 * The roads the content knows: a code its highway points carry ("M5", "M4"), or a place of kind "highway"
 * (a road the documents name only by the cities it joins). The map draws them (lib/explore/roads.ts) and
 * the content check holds road stops to them (validate-big-picture.ts).
 */
import type { LoadedPlace } from "./knowledge-base";

export interface NamedRoad {
  /** The code ("M5") or the highway place's id. */
  id: string;
  label: string;
  /** The places that stand for the road itself: its highway points, or the highway place. */
  points: ReadonlySet<string>;
}

const HIGHWAY_CODE = /^M\d+$/;

export function namedRoads(places: readonly LoadedPlace[]): NamedRoad[] {
  const highwayPoints = places.filter((p) => p.kind === "highway-point");
  const codes = [...new Set(highwayPoints.flatMap((p) => p.aliases.filter((a) => HIGHWAY_CODE.test(a))))].sort();
  return [
    ...codes.map((code) => ({
      id: code,
      label: code,
      points: new Set(highwayPoints.filter((p) => p.aliases.includes(code)).map((p) => p.id)),
    })),
    ...places.filter((p) => p.kind === "highway").map((p) => ({ id: p.id, label: p.name, points: new Set([p.id]) })),
  ];
}
