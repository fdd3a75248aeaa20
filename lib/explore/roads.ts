/**
 * Roads for the map, as schematic lines: each runs through the towns the
 * documents put on it (place notes' "on-highway" relations, plus the towns in
 * content/big-picture/roads.ts, validated with the rest), in order along the road. Nothing here is a
 * surveyed route.
 */
import type { KnowledgeBase } from "../content/load";
import { namedRoads } from "../content/named-roads";

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
  const roads = namedRoads(kb.places);
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

