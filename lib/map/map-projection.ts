/**
 * The browser's half of the map: d3-geo's Mercator (no rotation, no centre
 * shift, as `fitExtent` leaves it) reduced to its scale and translation, and
 * its inverse. Shipping d3-geo for two formulas would add ~15 KB to every map
 * question. map-projection.test.ts checks the forward formula against d3-geo
 * itself and the inverse by a round trip.
 */
export interface MercatorParams {
  scale: number;
  translateX: number;
  translateY: number;
}

const DEGREES = 180 / Math.PI;

export function mapPointToLonLat(p: MercatorParams, x: number, y: number): { lon: number; lat: number } {
  const lambda = (x - p.translateX) / p.scale;
  const phi = 2 * Math.atan(Math.exp((p.translateY - y) / p.scale)) - Math.PI / 2;
  return { lon: lambda * DEGREES, lat: phi * DEGREES };
}

export function lonLatToMapPoint(p: MercatorParams, lon: number, lat: number): { x: number; y: number } {
  const lambda = lon / DEGREES;
  const phi = lat / DEGREES;
  return { x: p.translateX + p.scale * lambda, y: p.translateY - p.scale * Math.log(Math.tan(Math.PI / 4 + phi / 2)) };
}
