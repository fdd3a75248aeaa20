/**
 * Map labels that never overlap. d3 has no label placer, and the map has a
 * few dozen markers, so a greedy pass is enough: the most important places
 * choose first, each tries right, left, above and below its marker, then its
 * corners, and a label that fits nowhere is dropped (its marker and list
 * entry stay).
 */

export interface LabelRequest {
  id: string;
  text: string;
  /** The marker's centre, in map units. */
  x: number;
  y: number;
  /** Higher goes first. */
  priority: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Text anchor point (SVG `x`, `y` with dominant-baseline "middle"). */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  box: Box;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type Candidate = Omit<PlacedLabel, "id" | "text">;

/** Average glyph width of the map's sans-serif font, as a share of the font size. */
const GLYPH_WIDTH = 0.56;

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Labels for as many requests as fit. `markerRadius` keeps labels off every
 * marker (not only their own); `bounds` keeps them inside the visible map.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  { fontSize, markerRadius, bounds }: { fontSize: number; markerRadius: number; bounds: Box },
): PlacedLabel[] {
  const markers: Box[] = requests.map((r) => ({
    x0: r.x - markerRadius,
    y0: r.y - markerRadius,
    x1: r.x + markerRadius,
    y1: r.y + markerRadius,
  }));
  const placed: PlacedLabel[] = [];
  const order = [...requests].sort((a, b) => b.priority - a.priority || a.text.localeCompare(b.text, "en"));
  for (const r of order) {
    const width = r.text.length * GLYPH_WIDTH * fontSize;
    const half = fontSize / 2;
    const gap = markerRadius + fontSize * 0.25;
    const at = (x: number, y: number, anchor: Candidate["anchor"]): Candidate => {
      const x0 = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
      return { x, y, anchor, box: { x0, y0: y - half, x1: x0 + width, y1: y + half } };
    };
    const above = r.y - gap - half;
    const below = r.y + gap + half;
    // Right, left, above, below; then the corners (text starting or ending over the marker), for crowded spots.
    const candidates: Candidate[] = [
      at(r.x + gap, r.y, "start"),
      at(r.x - gap, r.y, "end"),
      at(r.x, above, "middle"),
      at(r.x, below, "middle"),
      at(r.x + gap / 2, above, "start"),
      at(r.x + gap / 2, below, "start"),
      at(r.x - gap / 2, above, "end"),
      at(r.x - gap / 2, below, "end"),
    ];
    const fits = candidates.find(
      (c) =>
        c.box.x0 >= bounds.x0 &&
        c.box.x1 <= bounds.x1 &&
        c.box.y0 >= bounds.y0 &&
        c.box.y1 <= bounds.y1 &&
        !placed.some((p) => boxesOverlap(p.box, c.box)) &&
        !markers.some((m) => boxesOverlap(m, c.box)),
    );
    if (fits) placed.push({ id: r.id, text: r.text, ...fits });
  }
  return placed;
}

/**
 * A label for an area (a governorate's name) near `at`, clear of every box in `avoid`: the spot nearest `at`
 * on a grid of half-line steps, up to `reach` away, that keeps the whole label inside `bounds` and its centre
 * where `inside` allows. Null when none fits: the area's outline still shows it, and a name over the markers
 * it belongs to would hide them.
 */
export function placeAreaLabel(
  text: string,
  at: [number, number],
  {
    fontSize,
    letterSpacing = 0,
    avoid,
    bounds,
    reach,
    inside = () => true,
  }: {
    fontSize: number;
    /** Extra space after each letter, as a share of the font size (CSS letter-spacing in em). */
    letterSpacing?: number;
    avoid: readonly Box[];
    bounds: Box;
    reach: number;
    inside?: (point: [number, number]) => boolean;
  },
): { x: number; y: number; box: Box } | null {
  // Capitals run wider than the average glyph.
  const width = text.length * (GLYPH_WIDTH * 1.2 + letterSpacing) * fontSize;
  const step = fontSize / 2;
  const steps = Math.floor(reach / step);
  const offsets: [number, number][] = [];
  for (let i = -steps; i <= steps; i++) for (let j = -steps; j <= steps; j++) offsets.push([i * step, j * step]);
  // Nearest first; ties go to sideways moves, which keep the name on the area's middle line.
  offsets.sort((a, b) => Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1]) || Math.abs(a[1]) - Math.abs(b[1]) || a[0] - b[0] || a[1] - b[1]);
  for (const [dx, dy] of offsets) {
    const x = at[0] + dx;
    const y = at[1] + dy;
    const box = { x0: x - width / 2, y0: y - fontSize / 2, x1: x + width / 2, y1: y + fontSize / 2 };
    if (box.x0 < bounds.x0 || box.x1 > bounds.x1 || box.y0 < bounds.y0 || box.y1 > bounds.y1) continue;
    if (avoid.some((b) => boxesOverlap(b, box)) || !inside([x, y])) continue;
    return { x, y, box };
  }
  return null;
}
