import { describe, expect, it } from "vitest";
import { governorateContains, governorateMap } from "../map/governorate-map";
import { boxesOverlap, placeAreaLabel, placeLabels, type LabelRequest } from "./label-placement";

const bounds = { x0: 0, y0: 0, x1: 300, y1: 200 };
const options = { fontSize: 10, markerRadius: 4, bounds };

/** A deterministic scatter of points, dense enough that many labels must give way. */
function scatter(n: number): LabelRequest[] {
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    text: `Place ${"x".repeat(i % 9)}`,
    x: 10 + next() * 280,
    y: 10 + next() * 180,
    priority: i % 4,
  }));
}

describe("placeLabels", () => {
  it("never lets two labels overlap, nor a label cover any marker, and keeps labels on the map", () => {
    const requests = scatter(60);
    const placed = placeLabels(requests, options);
    expect(placed.length).toBeGreaterThan(5);
    expect(placed.length).toBeLessThan(requests.length);
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(boxesOverlap(a.box, b.box)).toBe(false);
      for (const r of requests) {
        expect(boxesOverlap(a.box, { x0: r.x - 4, y0: r.y - 4, x1: r.x + 4, y1: r.y + 4 })).toBe(false);
      }
      expect(a.box.x0).toBeGreaterThanOrEqual(0);
      expect(a.box.x1).toBeLessThanOrEqual(300);
    }
  });

  it("puts a lone label to the right of its marker, and moves it left at the map's right edge", () => {
    const [right] = placeLabels([{ id: "a", text: "Idlib", x: 100, y: 100, priority: 0 }], options);
    expect(right).toMatchObject({ anchor: "start" });
    expect(right!.x).toBeGreaterThan(100);
    const [left] = placeLabels([{ id: "b", text: "Aleppo", x: 295, y: 100, priority: 0 }], options);
    expect(left).toMatchObject({ anchor: "end" });
    expect(left!.x).toBeLessThan(295);
  });

  it("lets the more important of two crowded places label first", () => {
    const crowded: LabelRequest[] = [
      { id: "minor", text: "Minor village", x: 150, y: 100, priority: 0 },
      { id: "major", text: "Major town", x: 152, y: 101, priority: 5 },
    ];
    const placed = placeLabels(crowded, { ...options, markerRadius: 0.5 });
    expect(placed[0]!.id).toBe("major");
    expect(placed[0]!.anchor).toBe("start");
  });
});

describe("placeAreaLabel", () => {
  const area = { fontSize: 10, bounds, reach: 40 };

  it("stays at the given point when nothing is in the way", () => {
    expect(placeAreaLabel("IDLIB", [150, 100], { ...area, avoid: [] })).toMatchObject({ x: 150, y: 100 });
  });

  it("moves to the nearest clear spot, covering none of the boxes to avoid", () => {
    const markers = [
      { x0: 140, y0: 95, x1: 150, y1: 105 },
      { x0: 155, y0: 92, x1: 165, y1: 102 },
    ];
    const spot = placeAreaLabel("Idlib", [150, 100], { ...area, avoid: markers })!;
    expect(spot).not.toBeNull();
    for (const m of markers) expect(boxesOverlap(spot.box, m)).toBe(false);
    // The nearest clear spot: one step of half a line above or below the crowded middle.
    expect(Math.hypot(spot.x - 150, spot.y - 100)).toBeLessThanOrEqual(15);
  });

  it("keeps the label inside the bounds and the area, or gives it up", () => {
    const leftHalf = ([x]: [number, number]) => x < 100;
    const spot = placeAreaLabel("Aleppo", [110, 100], { ...area, avoid: [], inside: leftHalf })!;
    expect(spot.x).toBeLessThan(100);
    expect(spot.box.x0).toBeGreaterThanOrEqual(0);
    const walled = [{ x0: 0, y0: 0, x1: 300, y1: 200 }];
    expect(placeAreaLabel("Aleppo", [150, 100], { ...area, avoid: walled })).toBeNull();
  });

  it("knows which governorate a map point lies in", () => {
    const idlib = governorateMap().governorates.find((g) => g.name === "Idlib")!;
    expect(governorateContains("Idlib", idlib.labelAt)).toBe(true);
    expect(governorateContains("Aleppo", idlib.labelAt)).toBe(false);
  });
});
