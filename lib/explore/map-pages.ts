/**
 * What the map's two views share: the map itself (`/student/map`) and the list of places
 * (`/student/map/places`), for one month and, optionally, one governorate. Both read the same query, so a
 * student can switch between them and keep their month and filter.
 */
import type { KnowledgeBase } from "@/lib/content/load";
import { governorateMap, type GovernorateMap } from "@/lib/map/governorate-map";
import type { MonthControl } from "./control-month";
import { defaultMapMonth, mapMonth, type MapMonth } from "./map-month";
import type { MapQuery } from "./map-links";
import { frameView, inView, type MapView } from "./map-view";
import { mapPlaces, placeGovernorates, type MapPlace } from "./places";

/** The fighting the app teaches was in these two: the full map frames them, and the list holds the rest. */
const FRAMED_GOVERNORATES = new Set(["Idlib", "Aleppo"]);

export interface MapPageData {
  query: MapQuery;
  governorates: string[];
  view: MapMonth;
  places: MapPlace[];
  map: GovernorateMap;
  /** The part of the map shown: Idlib and Aleppo, or the chosen governorate. */
  frame: MapView;
  /** How many places the frame draws. */
  onMap: number;
  /** The month's events at each place id. */
  eventsAt: Map<string, number>;
  /** Contested places by what the documents state for the month. */
  counts: { government: number; rebels: number; notStated: number };
  /** Places the month says something about (a holder, stated or not, or an event): listed in full. */
  featured: MapPlace[];
  /** The rest, one line each. */
  quiet: MapPlace[];
}

function firstParam(raw: string | string[] | undefined): string | undefined {
  return (Array.isArray(raw) ? raw[0] : raw)?.trim() || undefined;
}

/** The month and governorate a request asks for; null when either is unknown (the page answers 404). */
export function mapPageData(kb: KnowledgeBase, params: Record<string, string | string[] | undefined>): MapPageData | null {
  const governorate = firstParam(params.governorate);
  const governorates = placeGovernorates(kb);
  if (governorate && !governorates.includes(governorate)) return null;
  const month = firstParam(params.month) ?? defaultMapMonth(kb);
  const view = mapMonth(kb, month);
  if (!view.months.some((m) => m.value === month)) return null;

  const places = mapPlaces(kb, governorate);
  const map = governorateMap();
  const drawn = places.filter((p) => p.point !== null && p.symbol !== "road");
  const frame = frameView(
    drawn.filter((p) => governorate || FRAMED_GOVERNORATES.has(p.governorate)).map((p) => p.point!),
    map,
  );
  const eventsAt = new Map<string, number>();
  for (const e of view.events) for (const p of e.places) eventsAt.set(p, (eventsAt.get(p) ?? 0) + 1);
  const contested = places.filter((p) => view.control.has(p.id));
  const count = (state: (c: MonthControl) => boolean) => contested.filter((p) => state(view.control.get(p.id)!)).length;
  const saysSomething = (p: MapPlace) => view.control.has(p.id) || (eventsAt.get(p.id) ?? 0) > 0;
  return {
    query: { governorate, month },
    governorates,
    view,
    places,
    map,
    frame,
    onMap: drawn.filter((p) => inView(frame, p.point!)).length,
    eventsAt,
    counts: {
      government: count((c) => c.holder === "government"),
      rebels: count((c) => c.holder === "rebels"),
      notStated: count((c) => c.holder === null),
    },
    featured: places.filter(saysSomething),
    quiet: places.filter((p) => !saysSomething(p)),
  };
}
