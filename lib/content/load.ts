import { z } from "zod";
import type { ContentModule } from "./module";
import * as schemas from "./schema";
import type { Citation, Event, StudySet } from "./schema";
import { placeFromGazetteer } from "./gazetteer";
import type { GazetteerRow } from "./schema";
import { startMonth } from "./dates";
import { validateKnowledgeBase, type Problem } from "./validate";
import { validateBigPicture } from "./validate-big-picture";

export type { Governorate, KnowledgeBase, LoadedPlace, LoadedPlaceNote, LoadedStudySet } from "./knowledge-base";
import type { Governorate, KnowledgeBase, LoadedPlace, LoadedPlaceNote, LoadedStudySet } from "./knowledge-base";

export interface KnowledgeBaseInput {
  sources: z.input<typeof schemas.SourceSchema>[];
  forces: z.input<typeof schemas.ForceSchema>[];
  claimants: z.input<typeof schemas.ClaimantSchema>[];
  studySets: z.input<typeof schemas.StudySetSchema>[];
  /** Content folders, by name (e.g. "002-idlib-clashes"), in a stable order. */
  modules: { name: string; module: ContentModule }[];
  gazetteer: GazetteerRow[];
  /** Governorates for gazetteer rows that leave the column empty. */
  governorateFill?: Partial<Record<string, Governorate>>;
  bigPicture?: {
    campaigns: z.input<typeof schemas.CampaignSchema>[];
    reasonings: z.input<typeof schemas.ReasoningSchema>[];
    control: z.input<typeof schemas.ControlRecordSchema>[];
    roadStops?: z.input<typeof schemas.RoadStopSchema>[];
  };
}

/** Case-insensitive de-duplication, keeping the first spelling; drops entries equal to `exclude`. */
export function dedupeAliases(aliases: string[], exclude?: string): string[] {
  const seen = new Set<string>();
  if (exclude) seen.add(exclude.trim().toLowerCase());
  const out: string[] = [];
  for (const a of aliases) {
    const t = a.trim();
    const key = t.toLowerCase();
    if (t === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

function dedupeCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.doc}#${c.section}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Does an event match a study set's rules? (`docs`: any cited doc; otherwise every non-empty list of tags/places/months.) */
export function matchesStudySet(event: Event, set: Pick<StudySet, "match">): boolean {
  const m = set.match;
  if (!m) return false;
  if (m.docs.length > 0 && event.citations.some((c) => m.docs.includes(c.doc))) return true;
  const hasRule = m.tags.length > 0 || m.places.length > 0 || m.months.length > 0;
  if (!hasRule) return false;
  if (m.tags.length > 0 && !event.tags.some((t) => m.tags.includes(t))) return false;
  if (m.places.length > 0 && !event.places.some((p) => m.places.includes(p))) return false;
  if (m.months.length > 0 && !m.months.includes(startMonth(event.date))) return false;
  return true;
}

/** Explicit members first, then matched events in knowledge-base order, without repeats. */
export function resolveStudySet(set: StudySet, events: Event[]): string[] {
  const ids = [...set.events];
  const seen = new Set(ids);
  for (const e of events) {
    if (!seen.has(e.id) && matchesStudySet(e, set)) {
      ids.push(e.id);
      seen.add(e.id);
    }
  }
  return ids;
}

function idOf(x: unknown): string {
  return typeof x === "object" && x !== null && "id" in x && typeof (x as { id: unknown }).id === "string"
    ? (x as { id: string }).id
    : "?";
}

/**
 * Parses every input with its schema, turns gazetteer rows into places,
 * merges place notes, resolves study sets, then validates. Never throws on
 * bad content: every problem is returned.
 */
export function buildKnowledgeBase(input: KnowledgeBaseInput): {
  kb: KnowledgeBase;
  /** Errors: the knowledge base must not be used while there are any. */
  problems: Problem[];
  /** Printed by the content check, never fatal. */
  warnings: Problem[];
} {
  const problems: Problem[] = [];

  function parseAll<S extends z.ZodType>(
    schema: S,
    entity: Problem["entity"],
    items: { origin: string; value: unknown }[],
  ): (z.infer<S> & { __origin: string })[] {
    const out: (z.infer<S> & { __origin: string })[] = [];
    for (const { origin, value } of items) {
      const r = schema.safeParse(value);
      if (r.success) out.push({ ...(r.data as object), __origin: origin } as z.infer<S> & { __origin: string });
      else
        for (const issue of r.error.issues)
          problems.push({
            entity,
            id: idOf(value),
            message: `[${origin}] schema: ${issue.path.join(".") || "(root)"}: ${issue.message}`,
          });
    }
    return out;
  }

  const fromCore = <T>(xs: T[]) => xs.map((value) => ({ origin: "core", value }));
  const fromModules = <K extends keyof ContentModule>(key: K) =>
    input.modules.flatMap(({ name, module }) => (module[key] ?? []).map((value: unknown) => ({ origin: name, value })));

  const strip = <T extends { __origin: string }>(x: T): Omit<T, "__origin"> => {
    const rest: Partial<T> = { ...x };
    delete rest.__origin;
    return rest as Omit<T, "__origin">;
  };

  const sources = parseAll(schemas.SourceSchema, "source", fromCore(input.sources)).map(strip);
  const forces = parseAll(schemas.ForceSchema, "force", [...fromCore(input.forces), ...fromModules("forces")]).map(strip);
  const claimants = parseAll(schemas.ClaimantSchema, "claimant", [...fromCore(input.claimants), ...fromModules("claimants")]).map(strip);
  const events = parseAll(schemas.EventSchema, "event", fromModules("events")).map(strip);
  const figures = parseAll(schemas.FigureSchema, "figure", fromModules("figures")).map(strip);
  const discrepancies = parseAll(schemas.DiscrepancySchema, "discrepancy", fromModules("discrepancies")).map(strip);
  const rawSets = parseAll(schemas.StudySetSchema, "study-set", [
    ...fromCore(input.studySets),
    ...fromModules("studySets"),
  ]).map(strip);
  const authoredPlaces = parseAll(schemas.PlaceSchema, "place", fromModules("places")).map(strip);
  const placeNotes: LoadedPlaceNote[] = parseAll(schemas.PlaceNoteSchema, "place-note", fromModules("placeNotes")).map(
    ({ __origin, ...note }) => ({ ...note, origin: __origin }),
  );

  // Gazetteer places first, then places authored in content folders.
  const places: LoadedPlace[] = [];
  for (const row of input.gazetteer) {
    try {
      const { place, coordinates } = placeFromGazetteer(row, input.governorateFill);
      places.push({ ...schemas.PlaceSchema.parse(place), coordinates });
    } catch (e) {
      problems.push({ entity: "place", id: row.id, message: `gazetteer: ${(e as Error).message}` });
    }
  }
  const gazetteerById = new Map(input.gazetteer.map((r) => [r.id, r]));
  for (const p of authoredPlaces) {
    // An authored place may point at a gazetteer row for its coordinates.
    const row = p.gazetteerId ? gazetteerById.get(p.gazetteerId) : undefined;
    const coordinates =
      row && row.lat !== null && row.lon !== null && row.confidence !== "unresolved"
        ? { lat: row.lat, lon: row.lon, confidence: row.confidence, source: row.source }
        : null;
    places.push({ ...p, aliases: dedupeAliases(p.aliases, p.name), coordinates });
  }

  // Merge notes into the first place with that id (unknown ids are reported by the validator).
  const placeById = new Map<string, LoadedPlace>();
  for (const p of places) if (!placeById.has(p.id)) placeById.set(p.id, p);
  for (const note of placeNotes) {
    const p = placeById.get(note.place);
    if (!p) continue;
    p.aliases = dedupeAliases([...p.aliases, ...note.aliases], p.name);
    if (note.description && !p.description) p.description = note.description;
    const relKeys = new Set(p.relations.map((r) => `${r.kind}:${r.place}`));
    for (const r of note.relations) {
      const key = `${r.kind}:${r.place}`;
      if (relKeys.has(key)) {
        const existing = p.relations.find((x) => `${x.kind}:${x.place}` === key)!;
        existing.citations = dedupeCitations([...existing.citations, ...r.citations]);
        if (existing.distanceKm === undefined && r.distanceKm !== undefined) existing.distanceKm = r.distanceKm;
      } else {
        p.relations.push({ ...r, citations: [...r.citations] });
        relKeys.add(key);
      }
    }
    p.citations = dedupeCitations([...p.citations, ...note.citations]);
  }

  const fromBigPicture = (xs: unknown[] | undefined) => (xs ?? []).map((value) => ({ origin: "big-picture", value }));
  const campaigns = parseAll(schemas.CampaignSchema, "campaign", fromBigPicture(input.bigPicture?.campaigns)).map(strip);
  const reasonings = parseAll(schemas.ReasoningSchema, "reasoning", fromBigPicture(input.bigPicture?.reasonings)).map(strip);
  const control = parseAll(schemas.ControlRecordSchema, "control", fromBigPicture(input.bigPicture?.control)).map(
    (record) => strip(record as typeof record & { id?: string }),
  );
  const roadStops = parseAll(schemas.RoadStopSchema, "road-stop", fromBigPicture(input.bigPicture?.roadStops)).map(strip);

  const studySets: LoadedStudySet[] = rawSets.map((s) => ({ ...s, events: resolveStudySet(s, events) }));

  const kb: KnowledgeBase = {
    sources,
    places,
    forces,
    claimants,
    events,
    figures,
    discrepancies,
    studySets,
    placeNotes,
    campaigns,
    reasonings,
    control,
    roadStops,
  };
  const found = [
    ...problems,
    ...validateKnowledgeBase(kb, { gazetteer: input.gazetteer }),
    ...validateBigPicture(kb),
  ];
  return {
    kb,
    problems: found.filter((p) => p.severity !== "warning"),
    warnings: found.filter((p) => p.severity === "warning"),
  };
}

/** One line per problem, grouped by entity kind, for error messages and the content check. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `- ${p.entity} ${p.id}: ${p.message}`).join("\n");
}

export class ContentValidationError extends Error {
  constructor(public readonly problems: Problem[]) {
    super(`The knowledge base has ${problems.length} problem(s):\n${formatProblems(problems)}`);
    this.name = "ContentValidationError";
  }
}
