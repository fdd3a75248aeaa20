import { governorateContains, type GovernorateMap } from "@/lib/map/governorate-map";
import type { MapPlace } from "@/lib/explore/places";
import type { MonthControl } from "@/lib/explore/control-month";
import type { MapRoad } from "@/lib/explore/map-month";
import { HOLDER_LABELS } from "@/lib/explore/labels";
import { placeAreaLabel, placeLabels } from "@/lib/explore/label-placement";
import { inView, type MapView } from "@/lib/explore/map-view";
import styles from "./Explore.module.css";

/** The governorate names' letter-spacing in Explore.module.css (.govLabel), in em: their width depends on it. */
const GOVERNORATE_LABEL_SPACING = 0.12;

type Point = [number, number];
type LocatedPlace = MapPlace & { point: Point };

const round = (n: number) => Math.round(n * 100) / 100;

/** The middle of a road's longest straight stretch, where its name has most room. */
function roadLabelAt(points: Point[]): Point {
  const length = (i: number) => Math.hypot(points[i + 1]![0] - points[i]![0], points[i + 1]![1] - points[i]![1]);
  let longest = 0;
  for (let i = 1; i < points.length - 1; i++) if (length(i) > length(longest)) longest = i;
  const [a, b] = [points[longest]!, points[longest + 1]!];
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

/** The fill class and the letter a marker gets for what the documents state that month. */
function holderLook(control: MonthControl | undefined): { className: string; letter: string } {
  if (!control) return { className: styles.uncontested!, letter: "" };
  if (!control.holder) return { className: styles.notStated!, letter: "?" };
  return { className: styles[`held-${control.holder}`] ?? "", letter: HOLDER_LABELS[control.holder].letter };
}

/** What a marker's tooltip and description say about the month. */
function monthNote(control: MonthControl | undefined, events: number): string {
  const parts: string[] = [];
  if (control?.holder) {
    parts.push(`${control.state === "changed" ? "changed hands, last held by" : "held by"} ${HOLDER_LABELS[control.holder].inSentence}`);
  } else if (control) parts.push("holder not stated");
  if (events > 0) parts.push(`${events} ${events === 1 ? "event" : "events"} this month`);
  return parts.join("; ");
}

function MarkerShape({ place, r, letter, letterSize }: { place: LocatedPlace; r: number; letter: string; letterSize: number }) {
  const [x, y] = place.point;
  const shape =
    place.symbol === "crossing" ? (
      <rect x={round(x - r)} y={round(y - r)} width={round(2 * r)} height={round(2 * r)} />
    ) : place.symbol === "base" ? (
      <path d={`M${round(x)},${round(y - r * 1.35)}L${round(x + r * 1.25)},${round(y + r)}L${round(x - r * 1.25)},${round(y + r)}Z`} />
    ) : (
      <circle cx={round(x)} cy={round(y)} r={round(r)} />
    );
  return (
    <>
      {shape}
      {letter && (
        <text x={round(x)} y={round(y + (place.symbol === "base" ? r * 0.25 : 0))} className={styles.markerLetter} style={{ fontSize: `${round(letterSize)}px` }}>
          {letter}
        </text>
      )}
    </>
  );
}

/**
 * The governorates with the Turkish border, the roads and a marker per place,
 * as plain server-rendered SVG. Each marker's shape says what the place is
 * (town, crossing, base), its colour and letter who held it in the month shown.
 * Each marker links to the place's entry in the
 * list of places, so it is reachable with Tab and has a name.
 */
export function PlaceMap({
  map,
  places,
  view,
  highlight,
  control,
  eventsAt,
  roads,
  border,
  monthLabel,
  placeHref,
}: {
  map: GovernorateMap;
  places: MapPlace[];
  /** The rectangle shown; places outside it are left to the list. */
  view: MapView;
  /** Governorate to draw in full colour (others dimmed); none: all in full colour. */
  highlight?: string;
  /** What the documents state for the month, per contested place id. */
  control: ReadonlyMap<string, MonthControl>;
  /** Number of the month's events at each place id. */
  eventsAt: ReadonlyMap<string, number>;
  roads: MapRoad[];
  /** SVG path of the Turkish border. */
  border: string;
  monthLabel: string;
  /** Where a marker leads: the place's entry in the list of places for the same month. */
  placeHref: (placeId: string) => string;
}) {
  // Highway points are where the roads are drawn through, not places of their own on the map.
  const points = places.filter((p): p is LocatedPlace => p.point !== null && p.symbol !== "road" && inView(view, p.point));
  const { x0, y0, x1, y1, zoom } = view;
  const r = 5.5 * zoom;
  const fontSize = 10 * zoom;
  // Marker letters and event counts share one size, as labels and governorate names share another: each size and
  // weight of text is a font the browser looks up before the first paint (see the type scale in globals.css).
  const markerTextSize = r;

  // Road names go first so they are never crowded out; then places the documents say most about.
  const labels = placeLabels(
    [
      ...roads.map((road) => {
        const [x, y] = roadLabelAt(road.points);
        return { id: `road:${road.id}`, text: road.label, x, y, priority: 1000 };
      }),
      ...points.map((p) => ({
        id: p.id,
        text: p.name,
        x: p.point[0],
        y: p.point[1],
        priority: (control.has(p.id) ? 100 : 0) + (eventsAt.get(p.id) ?? 0) * 10 + p.events.length,
      })),
    ],
    { fontSize, markerRadius: r * 1.3, bounds: { x0, y0, x1, y1 } },
  );

  // Governorate names go where no marker or place name is, near the middle of their governorate: at the
  // centroid itself Idlib's name ran over the towns south of Idlib city.
  const taken = [
    ...points.map((p) => ({ x0: p.point[0] - r * 1.6, y0: p.point[1] - r * 1.6, x1: p.point[0] + r * 1.6, y1: p.point[1] + r * 1.6 })),
    ...labels.map((l) => l.box),
  ];
  const governorateLabels = map.governorates.flatMap((g) => {
    const spot = placeAreaLabel(g.name, g.labelAt, {
      fontSize,
      letterSpacing: GOVERNORATE_LABEL_SPACING,
      avoid: taken,
      bounds: { x0: x0 + 4 * zoom, y0: y0 + 4 * zoom, x1: x1 - 4 * zoom, y1: y1 - 4 * zoom },
      reach: 40 * zoom,
      inside: (point) => governorateContains(g.name, point),
    });
    if (!spot) return [];
    taken.push(spot.box);
    return [{ name: g.name, x: spot.x, y: spot.y }];
  });

  return (
    <div className={styles.mapWrap}>
      <svg
        className={styles.map}
        viewBox={`${round(x0)} ${round(y0)} ${round(x1 - x0)} ${round(y1 - y0)}`}
        aria-label={`Map of places in ${monthLabel}: each marker links to the place in the list of places, which says the same in words`}
        role="group"
      >
        <g aria-hidden="true">
          {map.governorates.map((g) => (
            <path key={g.name} d={g.path} vectorEffect="non-scaling-stroke" className={!highlight || g.name === highlight ? styles.gov : styles.govDim} />
          ))}
          {governorateLabels.map((g) => (
            <text
              key={g.name}
              x={round(g.x)}
              y={round(g.y)}
              textAnchor="middle"
              dominantBaseline="central"
              className={styles.govLabel}
              style={{ fontSize: `${round(fontSize)}px` }}
            >
              {g.name}
            </text>
          ))}
          <path d={border} vectorEffect="non-scaling-stroke" className={styles.border} />
          {roads.map((road) => (
            <polyline
              key={road.id}
              points={road.points.map((p) => `${round(p[0])},${round(p[1])}`).join(" ")}
              vectorEffect="non-scaling-stroke"
              className={road.id === "M5" ? styles.mainRoad : styles.road}
            />
          ))}
        </g>
        {points.map((p) => {
          const look = holderLook(control.get(p.id));
          const events = eventsAt.get(p.id) ?? 0;
          const note = monthNote(control.get(p.id), events);
          const name = `${p.name}${p.approximate ? " (approximate location)" : ""}`;
          const radius = control.has(p.id) || p.symbol !== "place" ? r : r * 0.6;
          return (
            <a key={p.id} href={placeHref(p.id)} className={`${styles.marker} ${look.className}`} aria-label={name}>
              <title>{note ? `${name}: ${note}` : name}</title>
              {p.approximate && <circle cx={round(p.point[0])} cy={round(p.point[1])} r={round(radius * 1.7)} className={styles.approxHalo} />}
              {control.get(p.id)?.state === "changed" && (
                <circle cx={round(p.point[0])} cy={round(p.point[1])} r={round(radius * 1.45)} className={styles.changedRing} />
              )}
              <MarkerShape place={p} r={radius} letter={look.letter} letterSize={markerTextSize} />
              {events > 0 && (
                <g className={styles.eventBadge}>
                  <circle cx={round(p.point[0] + radius)} cy={round(p.point[1] - radius)} r={round(r * 0.7)} />
                  <text x={round(p.point[0] + radius)} y={round(p.point[1] - radius)} style={{ fontSize: `${round(markerTextSize)}px` }}>
                    {events}
                  </text>
                </g>
              )}
            </a>
          );
        })}
        <g aria-hidden="true">
          {labels.map((l) => (
            <text
              key={l.id}
              x={round(l.x)}
              y={round(l.y)}
              textAnchor={l.anchor}
              className={l.id.startsWith("road:") ? styles.roadLabel : styles.placeLabel}
              style={{ fontSize: `${round(fontSize)}px` }}
            >
              {l.text}
            </text>
          ))}
        </g>
      </svg>
    </div>
  );
}
