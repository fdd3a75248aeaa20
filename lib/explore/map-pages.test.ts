import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import { MAP_PATH, mapHref, PLACE_LIST_PATH, placeEntryHref } from "./map-links";
import { mapPageData } from "./map-pages";

describe("the map's two views", () => {
  const kb = loadKnowledgeBase();

  it("answers an unknown month or governorate with nothing, so the page can say 404", () => {
    expect(mapPageData(kb, { month: "1999-01" })).toBeNull();
    expect(mapPageData(kb, { month: "2012-10", governorate: "Atlantis" })).toBeNull();
  });

  it("lists every place once: in full when the month gives a holder or an event, else in one line", () => {
    const data = mapPageData(kb, { month: "2012-10" })!;
    const listed = [...data.featured, ...data.quiet].map((p) => p.id);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual(data.places.map((p) => p.id).sort());
    // Maarat al-Numan changed hands that month; it is listed in full.
    expect(data.featured.map((p) => p.id)).toContain("maarat-al-numan");
    for (const p of data.quiet) {
      expect(data.view.control.has(p.id)).toBe(false);
      expect(data.eventsAt.get(p.id) ?? 0).toBe(0);
    }
    const contested = data.places.filter((p) => data.view.control.has(p.id)).length;
    expect(data.counts.government + data.counts.rebels + data.counts.notStated).toBeLessThanOrEqual(contested);
  });

  it("keeps one governorate's places and the month when switching views", () => {
    const data = mapPageData(kb, { month: "2012-10", governorate: "Idlib" })!;
    expect(data.places.length).toBeGreaterThan(0);
    expect(data.places.every((p) => p.governorate === "Idlib")).toBe(true);
    expect(mapHref(PLACE_LIST_PATH, data.query, "place-maarat-al-numan")).toBe(
      "/student/map/places?governorate=Idlib&month=2012-10#place-maarat-al-numan",
    );
    expect(mapHref(MAP_PATH, { month: "2013-01" })).toBe("/student/map?month=2013-01");
    expect(placeEntryHref("taftanaz-airbase", "2013-01")).toBe("/student/map/places?month=2013-01#place-taftanaz-airbase");
    expect(placeEntryHref("taftanaz-airbase", undefined)).toBe("/student/map/places#place-taftanaz-airbase");
  });

  it("shows the busiest month when none is asked for", () => {
    const data = mapPageData(kb, {})!;
    expect(data.query.governorate).toBeUndefined();
    const busiest = data.view.events.length;
    for (const { value } of data.view.months) expect(mapPageData(kb, { month: value })!.view.events.length).toBeLessThanOrEqual(busiest);
  });
});
