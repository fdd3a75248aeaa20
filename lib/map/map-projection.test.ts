import { describe, expect, it } from "vitest";
import { governorateMap, governoratesInView, projectToMap } from "./governorate-map";
import { lonLatToMapPoint, mapPointToLonLat } from "./map-projection";

describe("the browser's map projection", () => {
  const map = governorateMap();

  it("draws the governorates inside the map, with the content's spellings", () => {
    const names = map.governorates.map((g) => g.name);
    expect(names).toEqual(expect.arrayContaining(["Idlib", "Aleppo", "Hama", "Latakia", "Homs", "Raqqa"]));
    for (const g of map.governorates) {
      expect(g.path).toMatch(/^M/);
      expect(g.labelAt[0]).toBeGreaterThan(0);
      expect(g.labelAt[0]).toBeLessThan(map.width);
    }
  });

  it("places a town where d3-geo does, and inverts a click back to within metres", () => {
    // Maarat al-Numan
    const [lon, lat] = [36.6727, 35.6435];
    const d3Point = projectToMap(lon, lat)!;
    const ours = lonLatToMapPoint(map.projection, lon, lat);
    expect(ours.x).toBeCloseTo(d3Point[0], 6);
    expect(ours.y).toBeCloseTo(d3Point[1], 6);
    const back = mapPointToLonLat(map.projection, ours.x, ours.y);
    expect(back.lon).toBeCloseTo(lon, 6);
    expect(back.lat).toBeCloseTo(lat, 6);
  });

  it("puts Aleppo north-east of Idlib on screen", () => {
    const idlib = lonLatToMapPoint(map.projection, 36.63, 35.93);
    const aleppo = lonLatToMapPoint(map.projection, 37.16, 36.2);
    expect(aleppo.x).toBeGreaterThan(idlib.x);
    expect(aleppo.y).toBeLessThan(idlib.y);
  });

  it("cuts the outlines to a framed view: far governorates left out, the rest no larger than the view", () => {
    const idlib = lonLatToMapPoint(map.projection, 36.63, 35.93);
    const aleppo = lonLatToMapPoint(map.projection, 37.16, 36.2);
    const view = { x0: idlib.x - 40, y0: aleppo.y - 40, x1: aleppo.x + 40, y1: idlib.y + 40 };
    const shown = governoratesInView(view);
    const names = shown.map((g) => g.name);
    expect(names).toEqual(expect.arrayContaining(["Idlib", "Aleppo"]));
    expect(names).not.toContain("Daraa");
    expect(names).not.toContain("Deir ez-Zor");
    const margin = Math.max(view.x1 - view.x0, view.y1 - view.y0) * 0.05 + 0.1;
    for (const g of shown) {
      const numbers = g.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(view.x0 - margin);
      expect(Math.max(...xs)).toBeLessThanOrEqual(view.x1 + margin);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(view.y0 - margin);
      expect(Math.max(...ys)).toBeLessThanOrEqual(view.y1 + margin);
      // The label stays at the whole governorate's centre, as on the full map.
      expect(g.labelAt).toEqual(map.governorates.find((whole) => whole.name === g.name)!.labelAt);
    }
    const pathBytes = (gs: { path: string }[]) => gs.reduce((sum, g) => sum + g.path.length, 0);
    expect(pathBytes(shown)).toBeLessThan(pathBytes(map.governorates) / 2);
  });
});
