/** The part of the map a page shows: a rectangle in map pixels around the places it frames. */
import type { Box } from "./label-placement";

export interface MapView extends Box {
  /** Map units per pixel of the full map's width: sizes of markers and text scale with it. */
  zoom: number;
}

/**
 * A view around the points, padded, with the map's proportions and a minimum
 * size so that a single place is not blown up to fill the frame.
 */
export function frameView(points: readonly (readonly [number, number])[], map: { width: number; height: number }): MapView {
  if (points.length === 0) return { x0: 0, y0: 0, x1: map.width, y1: map.height, zoom: 1 };
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const pad = 24;
  const aspect = map.width / map.height;
  let w = Math.max(Math.max(...xs) - Math.min(...xs) + 2 * pad, 160);
  let h = Math.max(Math.max(...ys) - Math.min(...ys) + 2 * pad, 160 / aspect);
  if (w / h > aspect) h = w / aspect;
  else w = h * aspect;
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  return { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2, zoom: w / map.width };
}

export function inView(view: Box, point: readonly [number, number]): boolean {
  return point[0] >= view.x0 && point[0] <= view.x1 && point[1] >= view.y0 && point[1] <= view.y1;
}
