/**
 * Roads for the map, as schematic lines: each runs through the towns the
 * documents put on it (place notes' "on-highway" relations, plus the towns in
 * content/big-picture/roads.ts, validated with the rest), in order along the road. Nothing here is a
 * surveyed route.
 */
import type { KnowledgeBase } from "../content/load";

export interface RoadStop {
  id: string;
  name: string;
  lon: number;
  lat: number;
}

export interface RoadLine {
  /** The road's code ("M5") or its highway place's id. */
  id: string;
  /** Short text drawn beside the line: "M5", "Idlib–Aleppo highway". */
  label: string;
  stops: RoadStop[];
}

/**
 * Stops in order along the road: by latitude (south to north) when the road
 * spans more latitude than longitude, else by longitude (west to east).
 */
export function orderAlongRoad(stops: RoadStop[]): RoadStop[] {
  const span = (values: number[]) => Math.max(...values) - Math.min(...values);
  const northSouth = span(stops.map((s) => s.lat)) >= span(stops.map((s) => s.lon));
  return [...stops].sort((a, b) => (northSouth ? a.lat - b.lat : a.lon - b.lon));
}

/** Every road with at least two located stops. */
export function roadLines(kb: KnowledgeBase): RoadLine[] {
  const byId = new Map(kb.places.map((p) => [p.id, p]));
  // A road is a code its highway points carry ("M5", "M4") or a place of kind "highway".
  const codes = [...new Set(kb.places.filter((p) => p.kind === "highway-point").flatMap((p) => p.aliases.filter((a) => /^M\d+$/.test(a))))];
  const roads = [
    ...codes.sort().map((code) => ({
      id: code,
      label: code,
      points: new Set(kb.places.filter((p) => p.kind === "highway-point" && p.aliases.includes(code)).map((p) => p.id)),
    })),
    ...kb.places.filter((p) => p.kind === "highway").map((p) => ({ id: p.id, label: p.name, points: new Set([p.id]) })),
  ];
  return roads.flatMap((road) => {
    const onRoad = kb.places.filter(
      (p) => p.kind !== "highway-point" && p.relations.some((r) => r.kind === "on-highway" && road.points.has(r.place)),
    );
    const extra = kb.roadStops.filter((s) => s.road === road.id).map((s) => byId.get(s.place));
    const located = new Map<string, RoadStop>();
    for (const p of [...onRoad, ...extra]) {
      if (p?.coordinates) located.set(p.id, { id: p.id, name: p.name, lon: p.coordinates.lon, lat: p.coordinates.lat });
    }
    if (located.size < 2) return [];
    return [{ id: road.id, label: road.label, stops: orderAlongRoad([...located.values()]) }];
  });
}

