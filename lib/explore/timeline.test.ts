import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../content/load-knowledge-base";
import { dateSortKey } from "../content/dates";
import { buildTimeline, timelineEntryHref, timelineExtentOf, timelineFilterOptions } from "./timeline";
import { mapMonths } from "./control-month";
import { eraOf } from "./timeline-eras";
import { parseTimelineView, viewDays } from "./timeline-zoom";

const kb = loadKnowledgeBase();

describe("buildTimeline", () => {
  it("lists every event once, in date order, grouped by era then month", () => {
    const { eras, count } = buildTimeline(kb);
    expect(count).toBe(kb.events.length);
    expect(eras.map((e) => e.era)).toEqual(["background", "main", "epilogue"]);
    const events = eras.flatMap((e) => e.months.flatMap((m) => m.events));
    expect(new Set(events.map((e) => e.id)).size).toBe(kb.events.length);
    const keys = events.map((e) => dateSortKey(kb.events.find((x) => x.id === e.id)!.date));
    expect([...keys].sort()).toEqual(keys);
    const months = eras.flatMap((e) => e.months.map((m) => m.month));
    expect(new Set(months).size).toBe(months.length);
    expect(eras[1]!.months[0]!.label).toBe("June 2012");
  });

  it("links an event's places to the map's list of places in the event's month, or the default month before the map starts", () => {
    const onTheMap = new Set(mapMonths(kb));
    const { eras } = buildTimeline(kb);
    const checked = { inMonth: 0, byDefault: 0 };
    for (const month of eras.flatMap((e) => e.months))
      for (const event of month.events)
        for (const place of event.places) {
          if (onTheMap.has(month.month)) {
            expect(place.href).toBe(`/student/map/places?month=${month.month}#place-${place.id}`);
            checked.inMonth++;
          } else {
            expect(place.href).toBe(`/student/map/places#place-${place.id}`);
            checked.byDefault++;
          }
        }
    expect(checked.inMonth).toBeGreaterThan(100);
    expect(checked.byDefault).toBeGreaterThan(0);
  });

  it("filters by place and by force, and both at once", () => {
    const atMaarat = buildTimeline(kb, { place: "maarat-al-numan" });
    const all = atMaarat.eras.flatMap((e) => e.months.flatMap((m) => m.events));
    expect(all.length).toBe(kb.events.filter((e) => e.places.includes("maarat-al-numan")).length);
    expect(all.every((e) => e.places.some((p) => p.id === "maarat-al-numan"))).toBe(true);

    const force = kb.events.find((e) => e.places.includes("maarat-al-numan"))!.forces[0]!.force;
    const both = buildTimeline(kb, { place: "maarat-al-numan", force });
    expect(both.count).toBe(
      kb.events.filter((e) => e.places.includes("maarat-al-numan") && e.forces.some((f) => f.force === force)).length,
    );
    expect(both.count).toBeLessThanOrEqual(atMaarat.count);
  });

  it("keeps only events whose dates reach into a stretch of days, long ranges that began earlier included", () => {
    const october = buildTimeline(kb, { within: { start: "2012-10-01", end: "2012-10-31" } });
    const ids = october.eras.flatMap((e) => e.months.flatMap((m) => m.events.map((x) => x.id)));
    expect(ids).toContain("2012-10-08-rebels-launch-offensive-on-maarat-al-numan");
    expect(ids).toContain("2012-06-03-to-2013-04-18-idlib-governorate-clashes");
    expect(ids).not.toContain("2012-06-25-car-bomb-at-idlib-city-checkpoint");
    expect(october.count).toBe(ids.length);
    expect(october.count).toBeLessThan(buildTimeline(kb).count);
  });

  it("writes dates at their precision and shows other dates a source gives", () => {
    const events = buildTimeline(kb).eras.flatMap((e) => e.months.flatMap((m) => m.events));
    const disputed = events.find((e) => e.otherDates.length > 0)!;
    expect(disputed.otherDates[0]!.dateText).toMatch(/\d{4}/);
    expect(events.some((e) => /^(early|mid|late|by|around) /.test(e.dateText))).toBe(true);
    expect(events.every((e) => e.citations.length > 0 && e.citations.every((c) => !c.title.endsWith(".txt")))).toBe(true);
  });

  it("links events to a battle or theme set before the category sets", () => {
    const events = buildTimeline(kb).eras.flatMap((e) => e.months.flatMap((m) => m.events));
    expect(events.every((e) => e.set !== null)).toBe(true);
    const group = (id: string) => kb.studySets.find((s) => s.id === id)!.group;
    for (const e of events) {
      const holders = kb.studySets.filter((s) => s.events.includes(e.id) && s.group !== "category");
      if (holders.some((s) => s.group === "battle")) expect(group(e.set!.setId)).toBe("battle");
    }
  });
});

describe("eraOf and filter options", () => {
  it.each([
    { month: "2012-05", era: "background" },
    { month: "2012-06", era: "main" },
    { month: "2013-04", era: "main" },
    { month: "2020-01", era: "epilogue" },
  ])("splits background, the June 2012 – April 2013 fighting and the epilogue: $month is $era", ({ month, era }) => {
    expect(eraOf(month)).toBe(era);
  });
  it("offers only places and forces that occur in events, sorted by name", () => {
    const { places, forces } = timelineFilterOptions(kb);
    expect(places.length).toBeGreaterThan(10);
    expect(places.map((p) => p.name)).toEqual([...places.map((p) => p.name)].sort((a, b) => a.localeCompare(b, "en")));
    expect(forces.every((f) => kb.events.some((e) => e.forces.some((x) => x.force === f.id)))).toBe(true);
  });

  it("links each event to the view of the month it starts in, whose list holds its entry", () => {
    expect(timelineEntryHref(kb, "2012-10-08-rebels-launch-offensive-on-maarat-al-numan")).toBe(
      "/student/timeline?view=2012-10#event-2012-10-08-rebels-launch-offensive-on-maarat-al-numan",
    );
    const extent = timelineExtentOf(kb);
    for (const event of kb.events) {
      const href = new URL(timelineEntryHref(kb, event.id), "http://app.test");
      const view = parseTimelineView(href.searchParams.get("view") ?? undefined, extent);
      expect(view?.level, event.id).toBe("month");
      const shown = buildTimeline(kb, { within: viewDays(view!) }).eras.flatMap((e) => e.months.flatMap((m) => m.events));
      expect(shown.map((e) => e.id), event.id).toContain(event.id);
    }
  });
});
