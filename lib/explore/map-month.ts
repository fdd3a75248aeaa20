/**
 * The map for one month: who held each contested place, the month's events at
 * their places, and the roads as lines in map pixels. Server only (the
 * projection reads the map data from disk).
 */
import "server-only";
import type { KnowledgeBase } from "../content/load";
import { formatDate } from "../content/dates";
import { projectToMap } from "../map/governorate-map";
import { eventsInMonth, holderInMonth, mapMonths, monthLabel, type MonthControl } from "./control-month";
import { roadLines } from "./roads";
import { bestSetByEvent, type SetLink } from "./study-links";

export interface MonthEvent {
  id: string;
  title: string;
  dateText: string;
  /** Places of the event, by id. */
  places: string[];
  set: SetLink | null;
}

export interface MapRoad {
  id: string;
  label: string;
  /** Map pixels, in order along the road. */
  points: [number, number][];
  /** The towns it is drawn through, for the legend and screen readers. */
  through: string[];
}

export interface MapMonth {
  month: string;
  label: string;
  months: { value: string; label: string }[];
  previous: string | null;
  next: string | null;
  /** Per contested place (by id): what the documents state for the month. */
  control: Map<string, MonthControl>;
  events: MonthEvent[];
  roads: MapRoad[];
}

/** The month to show when the address names none or an unknown one: the one with the most events. */
export function defaultMapMonth(kb: KnowledgeBase): string {
  const months = mapMonths(kb);
  return months.reduce((best, m) => (eventsInMonth(kb, m).length > eventsInMonth(kb, best).length ? m : best), months[0]!);
}

export function mapMonth(kb: KnowledgeBase, month: string): MapMonth {
  const months = mapMonths(kb);
  const at = months.indexOf(month);
  const sets = bestSetByEvent(kb);
  return {
    month,
    label: monthLabel(month),
    months: months.map((m) => ({ value: m, label: monthLabel(m) })),
    previous: months[at - 1] ?? null,
    next: at >= 0 ? (months[at + 1] ?? null) : null,
    control: new Map(kb.control.map((c) => [c.place, holderInMonth(c.periods, month)])),
    events: eventsInMonth(kb, month).map((e) => ({
      id: e.id,
      title: e.title,
      dateText: formatDate(e.date),
      places: e.places,
      set: sets.get(e.id) ?? null,
    })),
    roads: roadLines(kb).map((r) => ({
      id: r.id,
      label: r.label,
      points: r.stops.map((s) => projectToMap(s.lon, s.lat)).filter((p): p is [number, number] => p !== null),
      through: r.stops.map((s) => s.name),
    })),
  };
}

/** Document titles by file name, for showing citations (never the file name itself). */
export function sourceTitles(kb: KnowledgeBase): Record<string, string> {
  return Object.fromEntries(kb.sources.map((s) => [s.file, s.title]));
}
