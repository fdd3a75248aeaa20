/**
 * Where each event goes on the timeline chart: its lane (governorate or outcome), its shape (a point for a
 * known day, a bar over the days a month, part of a month or a range may fall on), its x-extent on an axis
 * that skips the empty years between eras, and the row inside its lane so no two marks overlap. Pure, so the
 * chart component only draws what this returns.
 */
import { MONTH_ABBREVIATIONS, monthLabel } from "../taxonomy";
import type { TimelineEvent, TimelineWhen } from "./timeline";
import { ERA_ORDER, type Era } from "./timeline-eras";
import { addMonths, monthFirstDay, monthLastDay, viewSegments, type TimelineExtent, type TimelineView } from "./timeline-zoom";

export type LaneScheme = "place" | "outcome";

interface LaneDefinition {
  key: string;
  label: string;
}

/** Lanes that teach: where the fighting was, or who gained from it. */
export const LANE_SCHEMES: Record<LaneScheme, { label: string; lanes: readonly LaneDefinition[] }> = {
  place: {
    label: "By governorate",
    lanes: [
      { key: "Idlib", label: "Idlib governorate" },
      { key: "Aleppo", label: "Aleppo governorate" },
      { key: "other", label: "Elsewhere, both governorates, or no place named" },
    ],
  },
  outcome: {
    label: "By outcome",
    lanes: [
      { key: "rebel-gain", label: "Rebel gains" },
      { key: "government-gain", label: "Government gains" },
      { key: "other", label: "Other outcomes (Kurdish gains, repelled attacks, losses, reports)" },
    ],
  },
};

export function isLaneScheme(value: string | undefined): value is LaneScheme {
  return value === "place" || value === "outcome";
}

type LaneInput = Pick<TimelineEvent, "governorates" | "outcomeId">;

/** An event's lane: a governorate only when every place it names is in that one governorate. */
export function laneOf(event: LaneInput, scheme: LaneScheme): string {
  if (scheme === "outcome") {
    return event.outcomeId === "rebel-gain" || event.outcomeId === "government-gain" ? event.outcomeId : "other";
  }
  // "multiple" marks roads and regions that cross governorates; they do not move an event out of one.
  const named = [...new Set(event.governorates.filter((g) => g !== "multiple"))];
  return named.length === 1 && (named[0] === "Idlib" || named[0] === "Aleppo") ? named[0] : "other";
}

/** A mark's accessible name: the title and the date as the sources give it, with any other date they give. */
export function markName(event: Pick<TimelineEvent, "title" | "dateText" | "approximateDate" | "otherDates">): string {
  const parts = [`${event.title}, ${event.dateText}`];
  if (event.approximateDate) parts.push("dated by its place in the account");
  if (event.otherDates.length > 0) parts.push(`date disputed, also given as ${event.otherDates.map((d) => d.dateText).join(" or ")}`);
  return parts.join("; ");
}

export type MarkShape = "point" | "span";

export function shapeOf(when: TimelineWhen): MarkShape {
  return when.knownDay ? "point" : "span";
}

/* Geometry, in SVG user units (the chart is drawn 1:1 at its full width). */
export const CHART_WIDTH = 880;
const PAD_X = 14;
const BREAK_GAP = 30;
const AXIS_Y = 46;
const LANE_LABEL = 22;
/** The least width and height of a mark's link, in CSS px: the tap target size WCAG 2.5.8 asks for. */
export const TARGET_SIZE = 24;
/** One row per target, so the targets of marks in neighbouring rows never overlap. */
export const ROW_HEIGHT = TARGET_SIZE;
const LANE_PAD = 8;
export const POINT_RADIUS = 5;
const MIN_BAR = 6;
/** How far a "runs on" arrowhead reaches past its bar's end. */
const ARROW_REACH = 6;
/** Room around the drawn shapes inside a mark's target. */
const TARGET_PAD = 2;
/** Between two targets in one row: enough that rounding never makes them touch. */
const MARK_GAP = 1;
const LABEL_ROOM = 46;

export interface ChartSegment {
  from: string;
  to: string;
  x0: number;
  x1: number;
}

export interface ChartTick {
  x: number;
  label?: string;
  /** A month starts here (a longer tick); otherwise a day inside a month. */
  major: boolean;
}

export interface ChartEra {
  era: Era;
  label: string;
  x0: number;
  x1: number;
}

export interface ChartLane {
  key: string;
  label: string;
  /** Top of the lane's band. */
  y: number;
  height: number;
  count: number;
}

export interface ChartDateMark {
  shape: MarkShape;
  /** A point's centre is x0 (= x1); a bar runs from x0 to x1. */
  x0: number;
  x1: number;
  /** "by" dates: any time up to the bar's right end. */
  openStart: boolean;
  /** The date runs on beyond the view on that side. */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

export interface ChartMark {
  id: string;
  name: string;
  lane: string;
  row: number;
  /** The row's centre line. */
  y: number;
  date: ChartDateMark;
  disputed: boolean;
  /** The other dates a source gives, where they fall inside the view. */
  others: ChartDateMark[];
  /** The link's target across the row: every shape with a little room, at least TARGET_SIZE wide. */
  target: { x0: number; x1: number };
}

export interface ChartLayout {
  width: number;
  height: number;
  axisY: number;
  segments: ChartSegment[];
  ticks: ChartTick[];
  eras: ChartEra[];
  /** x of era changes inside a stretch (June 2012), drawn as a line across the lanes. */
  eraLines: number[];
  /** Where the axis skips months with no events, and which months ("May 2013 – December 2018"). */
  breaks: { x: number; skipped: string }[];
  lanes: ChartLane[];
  marks: ChartMark[];
}

const ERA_SHORT: Record<Era, string> = {
  background: "Background",
  main: "June 2012 – April 2013",
  epilogue: "Epilogue",
};

const MS_PER_DAY = 86_400_000;

function dayNumber(day: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** Stretches of days side by side, with a gap where the axis breaks; one scale for all. */
function placeSegments(stretches: { from: string; to: string }[]) {
  const spans = stretches.map((s) => ({ ...s, first: dayNumber(monthFirstDay(s.from)), last: dayNumber(monthLastDay(s.to)) }));
  const days = spans.reduce((sum, s) => sum + s.last - s.first + 1, 0);
  const perDay = (CHART_WIDTH - 2 * PAD_X - BREAK_GAP * (spans.length - 1)) / days;
  let x = PAD_X;
  const placed = spans.map((s) => {
    const x0 = x;
    x += (s.last - s.first + 1) * perDay;
    const seg = { ...s, x0, x1: x };
    x += BREAK_GAP;
    return seg;
  });
  return { placed, perDay };
}

type PlacedSegment = ReturnType<typeof placeSegments>["placed"][number];

/** A date as drawn: clipped to the stretch it starts in (or the first one after it), or null when out of view. */
function placeDate(when: TimelineWhen, segments: PlacedSegment[], perDay: number): ChartDateMark | null {
  const start = dayNumber(when.start);
  const end = dayNumber(when.end);
  const seg = segments.find((s) => end >= s.first && start <= s.last);
  if (!seg) return null;
  const from = Math.max(start, seg.first);
  const to = Math.min(end, seg.last);
  const x = (n: number) => seg.x0 + (n - seg.first) * perDay;
  const common = { openStart: when.openStart, continuesBefore: start < seg.first, continuesAfter: end > seg.last };
  if (shapeOf(when) === "point") {
    const centre = x(from) + perDay / 2;
    return { shape: "point", x0: centre, x1: centre, ...common };
  }
  const x0 = x(from);
  const x1 = Math.max(x(to + 1), x0 + MIN_BAR);
  return { shape: "span", x0, x1: Math.min(x1, seg.x1 + MIN_BAR), ...common };
}

/** What a date draws: a point's circle, or a bar with any arrowheads past its ends. */
function extentOf(mark: ChartDateMark): [number, number] {
  if (mark.shape === "point") return [mark.x0 - POINT_RADIUS, mark.x1 + POINT_RADIUS];
  return [mark.x0 - (mark.continuesBefore ? ARROW_REACH + 1 : 0), mark.x1 + (mark.continuesAfter ? ARROW_REACH + 1 : 0)];
}

/** A mark's target: its shapes with a little room, widened about their middle to at least TARGET_SIZE. */
export function targetOf([x0, x1]: readonly [number, number]): { x0: number; x1: number } {
  const middle = (x0 + x1) / 2;
  // A quarter pixel over on each side, so rounding the drawn rectangle never takes it under the size.
  const half = TARGET_SIZE / 2 + 0.25;
  const from = Math.min(x0 - TARGET_PAD, middle - half);
  const to = Math.max(x1 + TARGET_PAD, middle + half);
  // Slid back inside the chart at its edges: a target the SVG clips would be smaller than it looks.
  const shift = from < 0 ? -from : to > CHART_WIDTH ? CHART_WIDTH - to : 0;
  return { x0: Math.max(0, from + shift), x1: Math.min(CHART_WIDTH, to + shift) };
}

/** First-fit packing: each mark goes in the lowest row whose last mark ends before it begins. */
export function packRows(extents: readonly [number, number][], gap = MARK_GAP): number[] {
  const order = extents.map((e, i) => ({ e, i })).sort((a, b) => a.e[0] - b.e[0] || a.i - b.i);
  const rowEnds: number[] = [];
  const rows = new Array<number>(extents.length);
  for (const { e, i } of order) {
    let row = rowEnds.findIndex((end) => end + gap <= e[0]);
    if (row < 0) row = rowEnds.push(-Infinity) - 1;
    rowEnds[row] = e[1];
    rows[i] = row;
  }
  return rows;
}

function ticksFor(segments: PlacedSegment[], perDay: number): ChartTick[] {
  const ticks: ChartTick[] = [];
  let lastLabelX = -Infinity;
  for (const seg of segments) {
    const x = (day: string) => seg.x0 + (dayNumber(day) - seg.first) * perDay;
    for (let month = seg.from; month <= seg.to; month = addMonths(month, 1)) {
      const [year, m] = month.split("-").map(Number) as [number, number];
      const abbreviation = MONTH_ABBREVIATIONS[m - 1]!;
      const first = month === seg.from;
      // Wide views name years, middling ones months, close ones days too.
      const wanted =
        perDay < 1.2 ? (first ? `${abbreviation} ${year}` : m === 1 ? String(year) : undefined) : m === 1 || first ? `${abbreviation} ${year}` : abbreviation;
      const monthX = x(monthFirstDay(month));
      const label = wanted !== undefined && monthX - lastLabelX >= LABEL_ROOM ? wanted : undefined;
      if (label) lastLabelX = monthX;
      ticks.push({ x: monthX, major: true, label });
      if (perDay < 5) continue;
      // Days: every day in a month view (numbered every fifth), weekly in a quarter; none crowding the next month.
      const lastDay = Number(monthLastDay(month).slice(8));
      const step = perDay >= 20 ? 1 : 7;
      for (let d = 1 + step; d <= lastDay; d += step) {
        const numbered = (step === 7 || d % 5 === 0) && d <= lastDay - 5;
        ticks.push({ x: x(`${month}-${String(d).padStart(2, "0")}`), major: false, label: numbered ? String(d) : undefined });
      }
    }
  }
  return ticks;
}

function erasFor(segments: PlacedSegment[], perDay: number, extent: TimelineExtent): { eras: ChartEra[]; eraLines: number[] } {
  const eras: ChartEra[] = [];
  const eraLines: number[] = [];
  for (const era of ERA_ORDER) {
    const first = dayNumber(monthFirstDay(extent[era].from));
    const last = dayNumber(monthLastDay(extent[era].to));
    for (const seg of segments) {
      const from = Math.max(first, seg.first);
      const to = Math.min(last, seg.last);
      if (from > to) continue;
      const x0 = seg.x0 + (from - seg.first) * perDay;
      eras.push({ era, label: ERA_SHORT[era], x0, x1: seg.x0 + (to + 1 - seg.first) * perDay });
      if (from > seg.first) eraLines.push(x0);
    }
  }
  return { eras, eraLines };
}

type ChartInput = Pick<TimelineEvent, "id" | "title" | "dateText" | "approximateDate" | "otherDates" | "when" | "governorates" | "outcomeId">;

/** The whole chart for a view: stretches, ticks, eras, lanes and every event in view packed into rows. */
export function layoutTimelineChart(
  events: readonly ChartInput[],
  view: TimelineView,
  extent: TimelineExtent,
  scheme: LaneScheme,
): ChartLayout {
  const { placed, perDay } = placeSegments(viewSegments(view, extent));
  const segments = placed.map(({ from, to, x0, x1 }) => ({ from, to, x0, x1 }));
  const inView = events.flatMap((event) => {
    const date = placeDate(event.when, placed, perDay);
    if (!date) return [];
    const others = event.otherDates.flatMap((d) => placeDate(d.when, placed, perDay) ?? []);
    const extents = [date, ...others].map(extentOf);
    const x0 = Math.min(...extents.map((e) => e[0]));
    const x1 = Math.max(...extents.map((e) => e[1]));
    return [{ event, date, others, lane: laneOf(event, scheme), target: targetOf([x0, x1]) }];
  });

  const lanes: ChartLane[] = [];
  const marks: ChartMark[] = [];
  let y = AXIS_Y + 8;
  for (const lane of LANE_SCHEMES[scheme].lanes) {
    const members = inView.filter((m) => m.lane === lane.key);
    // Packed by target, not by shape, so no two links in a lane overlap or crowd each other.
    const rows = packRows(members.map((m) => [m.target.x0, m.target.x1] as [number, number]));
    const rowCount = Math.max(1, ...rows.map((r) => r + 1));
    const height = LANE_LABEL + rowCount * ROW_HEIGHT + LANE_PAD;
    members.forEach((m, i) => {
      const row = rows[i]!;
      marks.push({
        id: m.event.id,
        name: markName(m.event),
        lane: lane.key,
        row,
        y: y + LANE_LABEL + row * ROW_HEIGHT + ROW_HEIGHT / 2,
        date: m.date,
        disputed: m.event.otherDates.length > 0,
        others: m.others,
        target: m.target,
      });
    });
    lanes.push({ key: lane.key, label: lane.label, y, height, count: members.length });
    y += height;
  }
  return {
    width: CHART_WIDTH,
    height: y + 4,
    axisY: AXIS_Y,
    segments,
    ticks: ticksFor(placed, perDay),
    ...erasFor(placed, perDay, extent),
    breaks: placed.slice(1).map((seg, i) => ({
      x: (placed[i]!.x1 + seg.x0) / 2,
      skipped: `${monthLabel(addMonths(placed[i]!.to, 1))} – ${monthLabel(addMonths(seg.from, -1))}`,
    })),
    lanes,
    marks,
  };
}
