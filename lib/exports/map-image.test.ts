import { describe, expect, it } from "vitest";
import { projectToMap } from "../map/governorate-map";
import { greatCircleKm } from "../questions/geo";
import { governorateMapSvg, mapCircle } from "./map-image";

describe("the QTI map's full-credit circle", () => {
  it("reaches, in pixels of the shipped map, the points that many km away in any direction", () => {
    const place = { lat: 36.2, lon: 37.15 }; // Aleppo
    const circle = mapCircle(place.lat, place.lon, 20)!;
    expect(circle.radius).toBeGreaterThan(5);
    // Points 20 km east and south, found by walking until the great-circle distance reaches 20 km.
    for (const [dLat, dLon] of [
      [0, 1],
      [-1, 0],
    ] as const) {
      let step = 0;
      while (greatCircleKm(place, { lat: place.lat + dLat * step, lon: place.lon + dLon * step }) < 20) step += 0.0005;
      const [x, y] = projectToMap(place.lon + dLon * step, place.lat + dLat * step)!;
      expect(Math.hypot(x - circle.x, y - circle.y)).toBeCloseTo(circle.radius, -0.5);
    }
  });

  it("refuses a place the map does not show, and the map is an SVG of the governorates", () => {
    expect(mapCircle(48.85, 2.35, 10)).toBeNull();
    const svg = governorateMapSvg();
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg/);
    expect(svg).toContain("<title>Aleppo</title>");
  });
});
