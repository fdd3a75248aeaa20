/**
 * The timeline's zoom as URL state: the whole timeline, one era, a calendar
 * quarter or one month. Each view knows its parent (zoom out), its children
 * (zoom in) and its neighbours (previous / next), so every step is a plain
 * link and the chart needs no client JavaScript. Pure and unit tested.
 */
import { MONTH_NAMES, monthLabel } from "../taxonomy";
import { daysInMonth } from "../content/dates";
import { ERA_ORDER, ERA_TITLES, MAIN_PERIOD, eraOf, type Era } from "./timeline-eras";

export type ZoomLevel = "whole" | "era" | "quarter" | "month";

export interface TimelineView {
  level: ZoomLevel;
  /** The `view` query value: "all", an era, "2012-Q3" or "2012-10". */
  id: string;
  label: string;
  /** First and last month shown, inclusive ("YYYY-MM"). */
  from: string;
  to: string;
}

/** The months each era covers in the content; the whole view breaks its axis between eras that do not touch. */
export type TimelineExtent = Record<Era, { from: string; to: string }>;

export const WHOLE_VIEW_ID = "all";

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const t = y * 12 + (m - 1) + n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, "0")}`;
}

export function monthFirstDay(month: string): string {
  return `${month}-01`;
}

export function monthLastDay(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${month}-${String(daysInMonth(y, m)).padStart(2, "0")}`;
}

/**
 * The era spans from the dates of every event (unfiltered, so the axis stays put when a filter is applied):
 * the background runs from the earliest event to the month before the main period, the epilogue from the
 * first event after it to the latest day any event reaches.
 */
export function timelineExtent(intervals: readonly { start: string; end: string }[]): TimelineExtent {
  const startMonths = intervals.map((i) => i.start.slice(0, 7)).sort();
  const endMonths = intervals.map((i) => i.end.slice(0, 7)).sort();
  const before = addMonths(MAIN_PERIOD.from, -1);
  const after = addMonths(MAIN_PERIOD.to, 1);
  const firstStart = startMonths[0] ?? MAIN_PERIOD.from;
  const lastEnd = endMonths.at(-1) ?? MAIN_PERIOD.to;
  const epilogueFrom = startMonths.find((m) => m >= after) ?? after;
  return {
    background: { from: firstStart < MAIN_PERIOD.from ? firstStart : before, to: before },
    main: { from: MAIN_PERIOD.from, to: MAIN_PERIOD.to },
    epilogue: { from: epilogueFrom, to: lastEnd > epilogueFrom ? lastEnd : epilogueFrom },
  };
}

function quarterOf(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${y}-Q${Math.ceil(m / 3)}`;
}

function quarterMonths(quarter: string): { from: string; to: string } {
  const [y, q] = quarter.split("-Q").map(Number) as [number, number];
  const from = `${y}-${String(q * 3 - 2).padStart(2, "0")}`;
  return { from, to: addMonths(from, 2) };
}

/** "July – September 2012". */
function quarterLabel(quarter: string): string {
  const { from, to } = quarterMonths(quarter);
  const name = (m: string) => MONTH_NAMES[Number(m.slice(5)) - 1];
  return `${name(from)} – ${name(to)} ${from.slice(0, 4)}`;
}

/** Every month inside an era's span, in order. */
function monthsOf(extent: TimelineExtent): string[] {
  return ERA_ORDER.flatMap((era) => {
    const out: string[] = [];
    for (let m = extent[era].from; m <= extent[era].to; m = addMonths(m, 1)) out.push(m);
    return out;
  });
}

function quartersOf(extent: TimelineExtent): string[] {
  return [...new Set(monthsOf(extent).map(quarterOf))];
}

export function wholeView(extent: TimelineExtent): TimelineView {
  return { level: "whole", id: WHOLE_VIEW_ID, label: "Whole timeline", from: extent.background.from, to: extent.epilogue.to };
}

function eraView(era: Era, extent: TimelineExtent): TimelineView {
  return { level: "era", id: era, label: ERA_TITLES[era], ...extent[era] };
}

function quarterView(quarter: string): TimelineView {
  return { level: "quarter", id: quarter, label: quarterLabel(quarter), ...quarterMonths(quarter) };
}

function monthView(month: string): TimelineView {
  return { level: "month", id: month, label: monthLabel(month), from: month, to: month };
}

/** The first and last day a view shows, for filtering events. */
export function viewDays(view: Pick<TimelineView, "from" | "to">): { start: string; end: string } {
  return { start: monthFirstDay(view.from), end: monthLastDay(view.to) };
}

/** The view a `view` query value names, or null when it names nothing the content covers (a bad link). */
export function parseTimelineView(value: string | undefined, extent: TimelineExtent): TimelineView | null {
  if (value === undefined || value === WHOLE_VIEW_ID) return wholeView(extent);
  if ((ERA_ORDER as readonly string[]).includes(value)) return eraView(value as Era, extent);
  if (/^\d{4}-Q[1-4]$/.test(value)) return quartersOf(extent).includes(value) ? quarterView(value) : null;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return monthsOf(extent).includes(value) ? monthView(value) : null;
  return null;
}

/** The era a quarter or month is filed under: that of its first month inside an era's span. */
function eraContaining(view: TimelineView, extent: TimelineExtent): Era {
  const first = monthsOf(extent).find((m) => m >= view.from && m <= view.to) ?? view.from;
  return eraOf(first);
}

/** The views above this one, widest first: the breadcrumb trail to zoom out. */
export function zoomOutTrail(view: TimelineView, extent: TimelineExtent): TimelineView[] {
  switch (view.level) {
    case "whole":
      return [];
    case "era":
      return [wholeView(extent)];
    case "quarter":
      return [wholeView(extent), eraView(eraContaining(view, extent), extent)];
    case "month":
      // The month's own era, even when its quarter straddles two (June 2012 is in the main period).
      return [wholeView(extent), eraView(eraOf(view.from), extent), quarterView(quarterOf(view.from))];
  }
}

/** The views one step closer: eras of the whole, quarters of an era, months of a quarter. */
export function zoomInChoices(view: TimelineView, extent: TimelineExtent): TimelineView[] {
  const inside = (from: string, to: string) => from <= view.to && to >= view.from;
  switch (view.level) {
    case "whole":
      return ERA_ORDER.map((era) => eraView(era, extent));
    case "era":
      return quartersOf(extent)
        .map(quarterView)
        .filter((q) => inside(q.from, q.to));
    case "quarter":
      return monthsOf(extent)
        .filter((m) => inside(m, m))
        .map(monthView);
    case "month":
      return [];
  }
}

/** The previous and next view at the same zoom; the empty years between the eras are skipped. */
export function neighbourViews(view: TimelineView, extent: TimelineExtent): { previous: TimelineView | null; next: TimelineView | null } {
  const ids =
    view.level === "era" ? [...ERA_ORDER] : view.level === "quarter" ? quartersOf(extent) : view.level === "month" ? monthsOf(extent) : [];
  const at = ids.indexOf(view.id);
  const make = (id: string | undefined) => (id === undefined ? null : parseTimelineView(id, extent));
  return at < 0 ? { previous: null, next: null } : { previous: make(ids[at - 1]), next: make(ids[at + 1]) };
}

/**
 * The stretches of time the chart draws side by side. The whole view breaks its axis between eras that do
 * not touch (the empty years after April 2013); any other view is one stretch.
 */
export function viewSegments(view: TimelineView, extent: TimelineExtent): { from: string; to: string }[] {
  if (view.level !== "whole") return [{ from: view.from, to: view.to }];
  const segments: { from: string; to: string }[] = [];
  for (const era of ERA_ORDER) {
    const last = segments.at(-1);
    if (last && addMonths(last.to, 1) >= extent[era].from) last.to = extent[era].to;
    else segments.push({ ...extent[era] });
  }
  return segments;
}

export interface TimelineQuery {
  place?: string;
  force?: string;
  view?: string;
  lanes?: string;
  /** "full": every event of a long list in full, not one line each. */
  list?: string;
}

/** The page's address for a query; defaults are left out so the plain address stays plain. */
export function timelineHref(query: TimelineQuery, hash?: string): string {
  const params = new URLSearchParams();
  if (query.view && query.view !== WHOLE_VIEW_ID) params.set("view", query.view);
  if (query.lanes && query.lanes !== "place") params.set("lanes", query.lanes);
  if (query.place) params.set("place", query.place);
  if (query.force) params.set("force", query.force);
  if (query.list === "full") params.set("list", "full");
  const search = params.toString();
  return `/student/timeline${search ? `?${search}` : ""}${hash ? `#${hash}` : ""}`;
}
