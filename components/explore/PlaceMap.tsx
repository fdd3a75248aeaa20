import type { GovernorateMap } from "@/lib/map/governorate-map";
import type { MapPlace } from "@/lib/explore/places";
import styles from "./Explore.module.css";

/**
 * The governorates with a marker per place, as plain server-rendered SVG. The
 * view zooms to the markers shown; each marker is a link to the place's entry
 * in the list below the map, so it is reachable with Tab and has a name.
 */
export function PlaceMap({
  map,
  places,
  highlight,
}: {
  map: GovernorateMap;
  places: MapPlace[];
  /** Governorate to draw in full colour (others dimmed); none: all in full colour. */
  highlight?: string;
}) {
  const points = places.filter((p): p is MapPlace & { point: [number, number] } => p.point !== null);
  let [x0, y0, x1, y1] = [0, 0, map.width, map.height];
  if (points.length > 0) {
    const xs = points.map((p) => p.point[0]);
    const ys = points.map((p) => p.point[1]);
    const pad = 24;
    x0 = Math.min(...xs) - pad;
    x1 = Math.max(...xs) + pad;
    y0 = Math.min(...ys) - pad;
    y1 = Math.max(...ys) + pad;
    // Keep the map's proportions and a sensible minimum size.
    const aspect = map.width / map.height;
    let w = Math.max(x1 - x0, 160);
    let h = Math.max(y1 - y0, 160 / aspect);
    if (w / h > aspect) h = w / aspect;
    else w = h * aspect;
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    [x0, x1, y0, y1] = [cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2];
  }
  const zoom = (x1 - x0) / map.width;
  const r = 5.5 * zoom;
  const round = (n: number) => Math.round(n * 100) / 100;
  return (
    <div className={styles.mapWrap}>
      <svg
        className={styles.map}
        viewBox={`${round(x0)} ${round(y0)} ${round(x1 - x0)} ${round(y1 - y0)}`}
        aria-label="Map of places in Syria's governorates; each marker links to the place in the list below"
        role="group"
      >
        <g aria-hidden="true">
          {map.governorates.map((g) => (
            <path key={g.name} d={g.path} vectorEffect="non-scaling-stroke" className={!highlight || g.name === highlight ? styles.gov : styles.govDim} />
          ))}
          {map.governorates.map((g) =>
            g.labelAt[0] > x0 + 40 * zoom && g.labelAt[0] < x1 - 40 * zoom && g.labelAt[1] > y0 + 10 * zoom && g.labelAt[1] < y1 - 10 * zoom ? (
              <text
                key={g.name}
                x={g.labelAt[0]}
                y={g.labelAt[1]}
                textAnchor="middle"
                className={styles.govLabel}
                style={{ fontSize: `${13 * zoom}px` }}
              >
                {g.name}
              </text>
            ) : null,
          )}
        </g>
        {points.map((p) => (
          <a
            key={p.id}
            href={`#place-${p.id}`}
            className={`${styles.marker} ${p.approximate ? styles.approx : ""}`}
            aria-label={`${p.name}${p.approximate ? " (approximate location)" : ""}`}
          >
            <title>{`${p.name}${p.approximate ? " (approximate location)" : ""}`}</title>
            <circle cx={p.point[0]} cy={p.point[1]} r={round(r)} vectorEffect="non-scaling-stroke" />
          </a>
        ))}
      </svg>
    </div>
  );
}
