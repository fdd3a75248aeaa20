import { describe, expect, it } from "vitest";
import { governorateMap, projectToMap } from "./governorate-map";
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
});
