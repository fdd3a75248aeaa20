import { describe, expect, it } from "vitest";
import {
  addMonths,
  neighbourViews,
  parseTimelineView,
  timelineExtent,
  timelineHref,
  viewSegments,
  zoomInChoices,
  zoomOutTrail,
  type TimelineExtent,
} from "./timeline-zoom";

const extent: TimelineExtent = {
  background: { from: "2011-04", to: "2012-05" },
  main: { from: "2012-06", to: "2013-04" },
  epilogue: { from: "2019-01", to: "2020-01" },
};

const view = (id: string) => parseTimelineView(id, extent)!;

describe("timelineExtent", () => {
  it("runs the background from the first event and the epilogue to the last day any event reaches", () => {
    const got = timelineExtent([
      { start: "2011-04-20", end: "2011-04-20" },
      { start: "2012-04-14", end: "2012-06-02" },
      { start: "2012-10-01", end: "2013-04-20" },
      { start: "2019-12-01", end: "2020-01-29" },
    ]);
    expect(got).toEqual({
      background: { from: "2011-04", to: "2012-05" },
      main: { from: "2012-06", to: "2013-04" },
      epilogue: { from: "2019-12", to: "2020-01" },
    });
  });
});

describe("parseTimelineView", () => {
  it.each([
    { query: undefined, level: "whole", label: "Whole timeline", from: "2011-04", to: "2020-01" },
    { query: "all", level: "whole", label: "Whole timeline", from: "2011-04", to: "2020-01" },
    { query: "main", level: "era", label: "June 2012 – April 2013", from: "2012-06", to: "2013-04" },
    { query: "2012-Q3", level: "quarter", label: "July – September 2012", from: "2012-07", to: "2012-09" },
    { query: "2012-10", level: "month", label: "October 2012", from: "2012-10", to: "2012-10" },
  ])("$query is the $level view of $label", ({ query, level, label, from, to }) => {
    expect(parseTimelineView(query, extent)).toMatchObject({ level, label, from, to });
  });

  it.each([
    { query: "2015-03", why: "a month in the empty years" },
    { query: "2016-Q1", why: "a quarter in the empty years" },
    { query: "2012-13", why: "no such month" },
    { query: "2012-Q5", why: "no such quarter" },
    { query: "later", why: "no such era" },
  ])("refuses $query ($why)", ({ query }) => {
    expect(parseTimelineView(query, extent)).toBeNull();
  });
});

describe("zooming", () => {
  it.each([
    { id: "all", trail: [], inside: ["background", "main", "epilogue"] },
    { id: "main", trail: ["all"], inside: ["2012-Q2", "2012-Q3", "2012-Q4", "2013-Q1", "2013-Q2"] },
    { id: "2012-Q3", trail: ["all", "main"], inside: ["2012-07", "2012-08", "2012-09"] },
    { id: "2012-Q2", trail: ["all", "background"], inside: ["2012-04", "2012-05", "2012-06"] },
    { id: "2013-Q2", trail: ["all", "main"], inside: ["2013-04"] },
    { id: "2012-10", trail: ["all", "main", "2012-Q4"], inside: [] },
    { id: "2012-06", trail: ["all", "main", "2012-Q2"], inside: [] },
  ])("$id zooms out through $trail and in to $inside", ({ id, trail, inside }) => {
    expect(zoomOutTrail(view(id), extent).map((v) => v.id)).toEqual(trail);
    expect(zoomInChoices(view(id), extent).map((v) => v.id)).toEqual(inside);
  });

  it.each([
    { id: "all", previous: undefined, next: undefined },
    { id: "background", previous: undefined, next: "main" },
    { id: "2012-Q3", previous: "2012-Q2", next: "2012-Q4" },
    { id: "2013-Q2", previous: "2013-Q1", next: "2019-Q1" },
    { id: "2013-04", previous: "2013-03", next: "2019-01" },
    { id: "2020-01", previous: "2019-12", next: undefined },
  ])("steps from $id back to $previous and on to $next, over the empty years", ({ id, previous, next }) => {
    const got = neighbourViews(view(id), extent);
    expect(got.previous?.id).toBe(previous);
    expect(got.next?.id).toBe(next);
  });

  it("breaks the whole view's axis only where eras do not touch", () => {
    expect(viewSegments(view("all"), extent)).toEqual([
      { from: "2011-04", to: "2013-04" },
      { from: "2019-01", to: "2020-01" },
    ]);
    expect(viewSegments(view("2012-Q2"), extent)).toEqual([{ from: "2012-04", to: "2012-06" }]);
  });
});

describe("timelineHref and addMonths", () => {
  it.each([
    { query: {}, href: "/student/timeline" },
    { query: { view: "all", lanes: "place" }, href: "/student/timeline" },
    { query: { view: "2012-10", lanes: "outcome" }, href: "/student/timeline?view=2012-10&lanes=outcome" },
    { query: { view: "main", place: "maarat-al-numan", force: "rebels" }, href: "/student/timeline?view=main&place=maarat-al-numan&force=rebels" },
  ])("writes $query as $href", ({ query, href }) => {
    expect(timelineHref(query)).toBe(href);
  });
  it.each([
    { month: "2012-12", n: 1, result: "2013-01" },
    { month: "2012-01", n: -1, result: "2011-12" },
    { month: "2013-04", n: 69, result: "2019-01" },
  ])("$month plus $n months is $result", ({ month, n, result }) => {
    expect(addMonths(month, n)).toBe(result);
  });
});
