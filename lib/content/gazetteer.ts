import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  GazetteerRowSchema,
  GovernorateSchema,
  PlaceKindSchema,
  type GazetteerRow,
  type Place,
} from "./schema";
import type { z } from "zod";

/** Where the gazetteer lives, relative to the repository root. */
export const GAZETTEER_PATH = "content/data/gazetteer.csv";

/**
 * Parses CSV text (RFC 4180: comma-separated, fields may be double-quoted,
 * quotes inside quoted fields doubled, CRLF or LF line ends). Returns rows of
 * fields; blank lines are skipped.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let i = 0;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const endRow = () => {
    row.push(field);
    field = "";
    if (!(row.length === 1 && row[0] === "")) rows.push(row);
    row = [];
  };
  while (i < src.length) {
    const c = src[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        continue;
      }
      field += c;
      i += 1;
      continue;
    }
    if (c === '"' && field === "") {
      inQuotes = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      endRow();
      if (c === "\r" && src[i + 1] === "\n") i += 1;
    } else {
      field += c;
    }
    i += 1;
  }
  if (inQuotes) throw new Error("CSV: unterminated quoted field");
  if (field !== "" || row.length > 0) endRow();
  return rows;
}

const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;

export function isArabicScript(s: string): boolean {
  return ARABIC_SCRIPT.test(s);
}

/** Parses gazetteer CSV text into validated rows. Throws with the line number on a bad row. */
export function parseGazetteer(text: string): GazetteerRow[] {
  const [header, ...body] = parseCsv(text);
  const expected = ["id", "name", "aliases", "kind", "governorate", "lat", "lon", "source", "confidence"];
  if (!header || header.join(",") !== expected.join(",")) {
    throw new Error(`gazetteer: expected header ${expected.join(",")}, got ${header?.join(",")}`);
  }
  return body.map((cells, n) => {
    if (cells.length !== expected.length) {
      throw new Error(`gazetteer line ${n + 2}: expected ${expected.length} fields, got ${cells.length}`);
    }
    const [id, name, aliases, kind, governorate, lat, lon, source, confidence] = cells as [
      string, string, string, string, string, string, string, string, string,
    ];
    const parsed = GazetteerRowSchema.safeParse({
      id,
      name,
      aliases: aliases.split(";").map((a) => a.trim()).filter(Boolean),
      kind,
      governorate,
      lat: lat.trim() === "" ? null : Number(lat),
      lon: lon.trim() === "" ? null : Number(lon),
      source,
      confidence,
    });
    if (!parsed.success) {
      throw new Error(`gazetteer line ${n + 2} (${id}): ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    }
    return parsed.data;
  });
}

/** Absolute path of the gazetteer: from the working directory (repo root), else relative to this file. */
export function gazetteerFile(): string {
  const fromCwd = path.join(process.cwd(), GAZETTEER_PATH);
  if (fs.existsSync(fromCwd)) return fromCwd;
  try {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const fromHere = path.join(here, "..", "..", GAZETTEER_PATH);
    if (fs.existsSync(fromHere)) return fromHere;
  } catch {
    // import.meta.url is not a file URL (bundled code): fall through.
  }
  return fromCwd;
}

export function readGazetteer(file: string = gazetteerFile()): GazetteerRow[] {
  return parseGazetteer(fs.readFileSync(file, "utf8"));
}

// ---------------------------------------------------------------------------
// Gazetteer rows as places

export interface Coordinates {
  lat: number;
  lon: number;
  confidence: GazetteerRow["confidence"];
  /** Where the point comes from, as the gazetteer states it. */
  source: string;
}

type PlaceKind = z.infer<typeof PlaceKindSchema>;
type Governorate = z.infer<typeof GovernorateSchema>;

/** Maps a gazetteer `kind` to the place kinds of the schema. */
export function placeKindFor(row: Pick<GazetteerRow, "id" | "kind">): PlaceKind {
  if (row.kind === "base") return /airbase|airport|air-base/.test(row.id) ? "airbase" : "military-base";
  if (row.kind === "airport") return "airbase";
  if (row.kind === "crossing") return "border-crossing";
  if (row.kind === "waypoint") return "highway-point";
  const parsed = PlaceKindSchema.safeParse(row.kind);
  if (parsed.success) return parsed.data;
  throw new Error(`gazetteer ${row.id}: unknown kind "${row.kind}"`);
}

/**
 * A gazetteer row as a place input, plus its coordinates (null when unresolved).
 * `governorateFill` supplies a governorate for rows that leave it empty.
 */
export function placeFromGazetteer(
  row: GazetteerRow,
  governorateFill: Partial<Record<string, Governorate>> = {},
): { place: Place; coordinates: Coordinates | null } {
  const gov = row.governorate.trim() || governorateFill[row.id];
  const governorate = GovernorateSchema.safeParse(gov);
  if (!governorate.success) {
    throw new Error(`gazetteer ${row.id}: governorate "${row.governorate}" is not one of ${GovernorateSchema.options.join(", ")} and no fill was given`);
  }
  const coordinates =
    row.lat !== null && row.lon !== null && row.confidence !== "unresolved"
      ? { lat: row.lat, lon: row.lon, confidence: row.confidence, source: row.source }
      : null;
  const arabic = row.aliases.find(isArabicScript);
  return {
    place: {
      id: row.id,
      name: row.name,
      aliases: row.aliases,
      ...(arabic ? { arabic } : {}),
      kind: placeKindFor(row),
      governorate: governorate.data,
      gazetteerId: row.id,
      mapEligible: row.confidence !== "unresolved",
      relations: [],
      citations: [],
    },
    coordinates,
  };
}
