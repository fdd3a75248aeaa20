/**
 * The map's read model: places with coordinates projected into the
 * governorate map, and for each place the events at it. Server only (the
 * projection reads the map data from disk).
 */
import "server-only";
import type { KnowledgeBase } from "../content/load";
import { dateSortKey, formatDate } from "../content/dates";
import { projectToMap } from "../map/governorate-map";
import { bestSetForPlace, type SetLink } from "./study-links";

export interface MapPlace {
  id: string;
  name: string;
  arabic: string | null;
  governorate: string;
  kind: string;
  /** How the map draws it: crossings and bases have their own symbols; highway points are drawn as the road. */
  symbol: MapSymbol;
  /** The documents say who held it at some time (content's control-over-time data). */
  contested: boolean;
  /** Map pixels; null when the place has no coordinates. */
  point: [number, number] | null;
  /** The coordinates are an estimate from a description, not a dataset match. */
  approximate: boolean;
  events: { id: string; dateText: string; title: string }[];
  set: SetLink | null;
}

export type MapSymbol = "place" | "crossing" | "base" | "road";

const SYMBOL_BY_KIND: Partial<Record<string, MapSymbol>> = {
  "border-crossing": "crossing",
  "military-base": "base",
  airbase: "base",
  "highway-point": "road",
  highway: "road",
};

export const PLACE_KIND_LABELS: Record<string, string> = {
  "military-base": "military base",
  "border-crossing": "border crossing",
  "highway-point": "point on a highway",
};

/** Every place, by name; `governorate` narrows the list. */
export function mapPlaces(kb: KnowledgeBase, governorate?: string): MapPlace[] {
  const eventsAt = new Map<string, KnowledgeBase["events"]>();
  for (const e of kb.events) for (const p of e.places) eventsAt.set(p, [...(eventsAt.get(p) ?? []), e]);
  const contested = new Set(kb.control.map((c) => c.place));
  return kb.places
    .filter((p) => !governorate || p.governorate === governorate)
    .map((p) => {
      const events = [...(eventsAt.get(p.id) ?? [])].sort((a, b) =>
        dateSortKey(a.date) < dateSortKey(b.date) ? -1 : dateSortKey(a.date) > dateSortKey(b.date) ? 1 : 0,
      );
      const c = p.coordinates;
      return {
        id: p.id,
        name: p.name,
        arabic: p.arabic ?? null,
        governorate: p.governorate,
        kind: PLACE_KIND_LABELS[p.kind] ?? p.kind,
        symbol: SYMBOL_BY_KIND[p.kind] ?? "place",
        contested: contested.has(p.id),
        point: c ? projectToMap(c.lon, c.lat) : null,
        approximate: c?.confidence === "approximate-by-description",
        events: events.map((e) => ({ id: e.id, dateText: formatDate(e.date), title: e.title })),
        set: bestSetForPlace(
          kb,
          p.id,
          events.map((e) => e.id),
        ),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}

/** Governorates that have at least one place, for the filter. */
export function placeGovernorates(kb: KnowledgeBase): string[] {
  return [...new Set(kb.places.map((p) => p.governorate))].sort();
}
