import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../content/load-knowledge-base";
import { orderAlongRoad, roadLines } from "./roads";

describe("roads on the map", () => {
  const kb = loadKnowledgeBase();

  it("draws the M5 from south to north through the towns the documents put on it", () => {
    const m5 = roadLines(kb).find((r) => r.id === "M5")!;
    expect(m5.label).toBe("M5");
    expect(m5.stops.map((s) => s.id)).toEqual(["hama", "khan-shaykhun", "maarat-al-numan", "saraqib", "aleppo"]);
    const lats = m5.stops.map((s) => s.lat);
    expect([...lats].sort((a, b) => a - b)).toEqual(lats);
  });

  it("draws a road only when at least two of its towns have coordinates", () => {
    const ids = roadLines(kb).map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(["M5", "idlib-aleppo-highway", "hama-idlib-highway"]));
    // The documents put only Saraqib on the M4.
    expect(ids).not.toContain("M4");
  });

  it("orders a mainly east–west road by longitude", () => {
    const stops = [
      { id: "east", name: "East", lon: 37.2, lat: 36.2 },
      { id: "west", name: "West", lon: 35.8, lat: 35.5 },
      { id: "middle", name: "Middle", lon: 36.6, lat: 35.8 },
    ];
    expect(orderAlongRoad(stops).map((s) => s.id)).toEqual(["west", "middle", "east"]);
  });
});
