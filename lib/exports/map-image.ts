/**
 * The static map shipped in QTI packages for map-pin questions: the app's governorate map
 * (lib/map/governorate-map.ts, the same d3-geo Mercator fitted to 600 × 520) as one SVG file, and
 * a full-credit radius turned from kilometres into pixels of that image with the same projection.
 */
import { EARTH_RADIUS_KM } from "../questions/geo";
import { governorateMap, MAP_HEIGHT, MAP_WIDTH, projectToMap } from "../map/governorate-map";
import { xmlAttr, xmlText } from "./xml";

export const MAP_IMAGE_WIDTH = MAP_WIDTH;
export const MAP_IMAGE_HEIGHT = MAP_HEIGHT;

export function governorateMapSvg(): string {
  const map = governorateMap();
  const shapes = map.governorates
    .map((g) => `<path d="${xmlAttr(g.path)}" fill="#eef2e6" stroke="#5d6b57" stroke-width="1"><title>${xmlText(g.name)}</title></path>`)
    .join("\n");
  const labels = map.governorates
    .map((g) => `<text x="${g.labelAt[0]}" y="${g.labelAt[1]}" font-family="sans-serif" font-size="11" text-anchor="middle" fill="#333">${xmlText(g.name)}</text>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${map.width}" height="${map.height}" viewBox="0 0 ${map.width} ${map.height}" role="img" aria-label="Map of Syria's governorates">
<rect width="100%" height="100%" fill="#cfe3f0"/>
${shapes}
${labels}
</svg>
`;
}

/**
 * A point on the image, and a radius in pixels: the distance on the image between the place and
 * the point `km` due north of it (Mercator stretches north–south and east–west alike at a point).
 */
export function mapCircle(lat: number, lon: number, km: number): { x: number; y: number; radius: number } | null {
  const centre = projectToMap(lon, lat);
  const northLat = lat + (km / EARTH_RADIUS_KM) * (180 / Math.PI);
  const north = projectToMap(lon, northLat);
  if (!centre || !north) return null;
  const [x, y] = centre;
  if (x < 0 || y < 0 || x > MAP_IMAGE_WIDTH || y > MAP_IMAGE_HEIGHT) return null;
  return { x: Math.round(x), y: Math.round(y), radius: Math.max(1, Math.round(Math.hypot(north[0] - x, north[1] - y))) };
}
