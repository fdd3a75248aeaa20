import { describe, expect, it } from "vitest";
import { frameView, inView } from "./map-view";

describe("frameView", () => {
  const map = { width: 600, height: 520 };

  it("frames every point with the map's proportions", () => {
    const points: [number, number][] = [
      [100, 120],
      [180, 300],
      [140, 200],
    ];
    const view = frameView(points, map);
    for (const p of points) expect(inView(view, p)).toBe(true);
    expect((view.x1 - view.x0) / (view.y1 - view.y0)).toBeCloseTo(600 / 520, 6);
    expect(view.zoom).toBeCloseTo((view.x1 - view.x0) / 600, 6);
    expect(inView(view, [400, 120])).toBe(false);
  });

  it("keeps a minimum size around a single place, and shows the whole map when there is none", () => {
    const one = frameView([[300, 260]], map);
    expect(one.x1 - one.x0).toBeGreaterThanOrEqual(160);
    expect(frameView([], map)).toEqual({ x0: 0, y0: 0, x1: 600, y1: 520, zoom: 1 });
  });
});
