import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../content/load-knowledge-base";
import { buildTimeline, timelineExtentOf, type TimelineEvent, type TimelineWhen } from "./timeline";
import {
  POINT_RADIUS,
  ROW_HEIGHT,
  TARGET_SIZE,
  layoutTimelineChart,
  laneOf,
  markName,
  packRows,
  shapeOf,
  targetOf,
  type ChartLayout,
  type ChartMark,
} from "./timeline-layout";
import { parseTimelineView, viewDays } from "./timeline-zoom";

const kb = loadKnowledgeBase();
const extent = timelineExtentOf(kb);

function layoutOf(viewId: string, lanes: "place" | "outcome" = "place"): { layout: ChartLayout; events: TimelineEvent[] } {
  const view = parseTimelineView(viewId, extent)!;
  const events = buildTimeline(kb, { within: viewDays(view) }).eras.flatMap((e) => e.months.flatMap((m) => m.events));
  return { layout: layoutTimelineChart(events, view, extent, lanes), events };
}

const when = (start: string, end: string, knownDay = false, openStart = false): TimelineWhen => ({ start, end, knownDay, openStart });

/** A made-up event with just what the chart reads. */
function event(id: string, date: TimelineWhen, others: TimelineWhen[] = []): TimelineEvent {
  return {
    id,
    title: `Event ${id}`,
    dateText: date.start,
    when: date,
    approximateDate: false,
    otherDates: others.map((w) => ({ dateText: w.start, note: "", when: w })),
    summary: "",
    outcome: "",
    outcomeId: "inconclusive",
    governorates: ["Idlib"],
    places: [],
    forces: [],
    citations: [],
    set: null,
  };
}

describe("shapeOf: a point only for a day the sources name", () => {
  it.each([
    { date: "8 October 2012", when: when("2012-10-08", "2012-10-08", true), shape: "point" },
    { date: "October 2012", when: when("2012-10-01", "2012-10-31"), shape: "span" },
    { date: "early October 2012", when: when("2012-10-01", "2012-10-10"), shape: "span" },
    { date: "8–13 October 2012", when: when("2012-10-08", "2012-10-13"), shape: "span" },
    { date: "around 8 October 2012", when: when("2012-10-05", "2012-10-11"), shape: "span" },
    { date: "by 8 October 2012", when: when("2012-10-01", "2012-10-08", false, true), shape: "span" },
  ])("$date is drawn as a $shape", ({ when: w, shape }) => {
    expect(shapeOf(w)).toBe(shape);
  });

  it("marks the real content's day and month dates as points and spans", () => {
    const { layout, events } = layoutOf("2012-10");
    const byId = new Map(layout.marks.map((m) => [m.id, m]));
    const day = events.find((e) => e.dateText === "8 October 2012")!;
    expect(byId.get(day.id)!.date).toMatchObject({ shape: "point" });
    const range = byId.get("2012-10-08-to-13-battle-of-maarat-al-numan")!;
    expect(range.date.shape).toBe("span");
    // Six days at one month's scale: six times as wide as one day.
    const perDay = (layout.segments[0]!.x1 - layout.segments[0]!.x0) / 31;
    expect(range.date.x1 - range.date.x0).toBeCloseTo(6 * perDay, 5);
  });
});

describe("laneOf", () => {
  it.each([
    { governorates: ["Idlib"], outcome: "rebel-gain", place: "Idlib", byOutcome: "rebel-gain" },
    { governorates: ["Idlib", "multiple"], outcome: "government-gain", place: "Idlib", byOutcome: "government-gain" },
    { governorates: ["Aleppo"], outcome: "casualties", place: "Aleppo", byOutcome: "other" },
    { governorates: ["Aleppo", "Idlib"], outcome: "kurdish-gain", place: "other", byOutcome: "other" },
    { governorates: ["Damascus"], outcome: "defection", place: "other", byOutcome: "other" },
    { governorates: [], outcome: "announcement", place: "other", byOutcome: "other" },
  ] as const)("places in $governorates go to $place; outcome $outcome to $byOutcome", ({ governorates, outcome, place, byOutcome }) => {
    const e = { governorates: [...governorates], outcomeId: outcome };
    expect(laneOf(e, "place")).toBe(place);
    expect(laneOf(e, "outcome")).toBe(byOutcome);
  });
});

describe("packRows", () => {
  it.each([
    { case: "apart", extents: [[0, 10], [20, 30]], rows: [0, 0] },
    { case: "overlapping", extents: [[0, 10], [5, 15]], rows: [0, 1] },
    { case: "touching within the gap", extents: [[0, 10], [11, 20]], rows: [0, 1] },
    { case: "a long bar under two short ones", extents: [[0, 100], [10, 20], [30, 40]], rows: [0, 1, 1] },
    { case: "a freed row is reused", extents: [[0, 10], [5, 15], [14, 30]], rows: [0, 1, 0] },
    { case: "given out of order", extents: [[30, 40], [0, 35]], rows: [1, 0] },
  ])("$case: rows $rows", ({ extents, rows }) => {
    expect(packRows(extents as [number, number][], 3)).toEqual(rows);
  });

  it("never lets two marks in one lane and row overlap, in every view and lane scheme", () => {
    for (const viewId of ["all", "main", "2012-Q3", "2012-07", "2012-10"]) {
      for (const lanes of ["place", "outcome"] as const) {
        const { layout } = layoutOf(viewId, lanes);
        const rows = new Map<string, [number, number][]>();
        for (const m of layout.marks) {
          const xs = [m.date, ...m.others].flatMap((d) => [d.x0, d.x1]);
          const key = `${m.lane}/${m.row}`;
          rows.set(key, [...(rows.get(key) ?? []), [Math.min(...xs), Math.max(...xs)]]);
        }
        for (const extents of rows.values()) {
          const sorted = extents.sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < sorted.length; i++) expect(sorted[i]![0]).toBeGreaterThan(sorted[i - 1]![1]);
        }
      }
    }
  });
});

describe("mark targets", () => {
  it("gives every mark a target of at least 24 × 24 px inside the chart, covering its shapes, apart from every other", () => {
    for (const viewId of ["all", "main", "2012-Q3", "2012-06", "2012-10"]) {
      for (const lanes of ["place", "outcome"] as const) {
        const { layout } = layoutOf(viewId, lanes);
        expect(ROW_HEIGHT).toBeGreaterThanOrEqual(TARGET_SIZE);
        for (const m of layout.marks) {
          expect(m.target.x1 - m.target.x0).toBeGreaterThanOrEqual(TARGET_SIZE);
          expect(m.target.x0).toBeGreaterThanOrEqual(0);
          expect(m.target.x1).toBeLessThanOrEqual(layout.width);
          for (const d of [m.date, ...m.others]) {
            expect(m.target.x0).toBeLessThanOrEqual(d.x0 - (d.shape === "point" ? POINT_RADIUS : 0));
            expect(m.target.x1).toBeGreaterThanOrEqual(d.x1 + (d.shape === "point" ? POINT_RADIUS : 0));
          }
        }
        // Rows are a target apart, so only marks in the same lane and row could touch.
        const byRow = new Map<string, ChartMark["target"][]>();
        for (const m of layout.marks) byRow.set(`${m.lane}/${m.row}`, [...(byRow.get(`${m.lane}/${m.row}`) ?? []), m.target]);
        for (const targets of byRow.values()) {
          const sorted = targets.sort((a, b) => a.x0 - b.x0);
          for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.x0).toBeGreaterThan(sorted[i - 1]!.x1);
        }
      }
    }
  });

  it("widens a lone point's target about its centre", () => {
    expect(targetOf([100, 110])).toEqual({ x0: 92.75, x1: 117.25 });
    expect(targetOf([100, 200])).toEqual({ x0: 98, x1: 202 });
    // At the chart's edge it slides inside rather than shrink.
    expect(targetOf([-3, 7])).toEqual({ x0: 0, x1: 24.5 });
  });
});

describe("layoutTimelineChart", () => {
  it("draws every event of the whole timeline once, with the axis broken over the empty years", () => {
    const { layout, events } = layoutOf("all");
    expect(layout.marks.map((m) => m.id).sort()).toEqual(events.map((e) => e.id).sort());
    expect(layout.segments).toHaveLength(2);
    expect(layout.breaks).toEqual([{ x: expect.any(Number), skipped: "May 2013 – December 2018" }]);
    // One scale for both stretches: the wider stretch is the one with more months.
    const [a, b] = layout.segments;
    expect(a!.x1).toBeLessThan(b!.x0);
    expect((a!.x1 - a!.x0) / 25).toBeCloseTo((b!.x1 - b!.x0) / 13, 0);
    // The change from background to the main period is a line inside the first stretch.
    expect(layout.eraLines).toHaveLength(1);
    expect(layout.lanes.reduce((n, l) => n + l.count, 0)).toBe(events.length);
  });

  it("clips a long range to the view and says it runs on beyond it", () => {
    const { layout } = layoutOf("2012-10");
    const clashes = layout.marks.find((m) => m.id === "2012-06-03-to-2013-04-18-idlib-governorate-clashes")!;
    expect(clashes.date).toMatchObject({ shape: "span", continuesBefore: true, continuesAfter: true });
    expect(clashes.date.x0).toBeCloseTo(layout.segments[0]!.x0, 5);
  });

  it("draws a disputed date with the other date a source gives, both inside the view", () => {
    const e = event("a", when("2012-06-25", "2012-06-25", true), [when("2012-06-20", "2012-06-20", true)]);
    const view = parseTimelineView("2012-06", extent)!;
    const [mark] = layoutTimelineChart([e], view, extent, "place").marks;
    expect(mark!.disputed).toBe(true);
    expect(mark!.others).toHaveLength(1);
    expect(mark!.others[0]!.x0).toBeLessThan(mark!.date.x0);
    expect(mark!.name).toBe("Event a, 2012-06-25; date disputed, also given as 2012-06-20");
  });

  it("gives every lane a band, even an empty one, and stacks the lanes without gaps", () => {
    const { layout } = layoutOf("2012-10");
    expect(layout.lanes.map((l) => l.key)).toEqual(["Idlib", "Aleppo", "other"]);
    for (let i = 1; i < layout.lanes.length; i++) {
      const above = layout.lanes[i - 1]!;
      expect(layout.lanes[i]!.y).toBe(above.y + above.height);
    }
    for (const m of layout.marks) {
      const lane = layout.lanes.find((l) => l.key === m.lane)!;
      expect(m.y).toBeGreaterThan(lane.y);
      expect(m.y).toBeLessThan(lane.y + lane.height);
    }
  });

  it.each([
    { view: "all", labels: ["Apr 2011", "2012", "2013", "Jan 2019", "2020"] },
    { view: "main", labels: ["Jun 2012", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan 2013", "Feb", "Mar", "Apr"] },
    { view: "2012-Q3", labels: ["Jul 2012", "8", "15", "22", "Aug", "8", "15", "22", "Sep", "8", "15", "22"] },
    { view: "2012-10", labels: ["Oct 2012", "5", "10", "15", "20", "25"] },
  ])("labels the $view axis $labels", ({ view, labels }) => {
    expect(layoutOf(view).layout.ticks.flatMap((t) => t.label ?? [])).toEqual(labels);
  });
});

describe("markName", () => {
  it.each([
    { approximate: false, others: [], name: "Rebels take a town, 8 October 2012" },
    { approximate: true, others: [], name: "Rebels take a town, 8 October 2012; dated by its place in the account" },
    { approximate: false, others: ["3 October 2012"], name: "Rebels take a town, 8 October 2012; date disputed, also given as 3 October 2012" },
  ])("says the date as the sources give it: $name", ({ approximate, others, name }) => {
    const otherDates = others.map((dateText) => ({ dateText, note: "", when: when("2012-10-03", "2012-10-03", true) }));
    expect(markName({ title: "Rebels take a town", dateText: "8 October 2012", approximateDate: approximate, otherDates })).toBe(name);
  });
});
